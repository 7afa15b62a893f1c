/**
 * Targets: a number with a unit in a goal frame — 力争到2025年…达到30个以上,
 * 年内完成国土绿化10万亩以上, 我市将在2019年年底实现…配备率100%. The frame
 * opens the goal; every number with a unit after it in the same sentence is a
 * target, one per clause. Reported results (今年以来…同比增长15%, 累计完成…)
 * are left out: a result word in the number's clause marks it as achieved,
 * except a running total after a goal frame (确保到2025年累计建成…).
 * Units and frame words live in data/lexicons/targets.json.
 */
import type { Article, TargetMention } from '../document.js';
import type { Stage } from '../stage.js';
import type { ArticleContext } from './context.js';
import { readLexicon } from '../lexicons/load.js';
import { alternation } from '../lexicons/patterns.js';
import { TargetsLexicon } from '../lexicons/schemas.js';

let compiled:
  | { goal: RegExp; clauseGoal: RegExp; goalAfter: RegExp; numberUnit: RegExp; result: RegExp; resultInGoal: RegExp; sentenceResult: RegExp }
  | undefined;

function compile() {
  if (compiled) return compiled;
  const lex = readLexicon('targets.json', TargetsLexicon);
  compiled = {
    goal: new RegExp(`${alternation(lex.goalWords)}|${lex.goalFrames.join('|')}`),
    // “英贤计划”: a goal word that closes a quoted name is part of the name; 要求 is no goal verb.
    clauseGoal: new RegExp(`(?:${alternation(lex.clauseGoalWords)})(?![”"》求])`),
    goalAfter: new RegExp(`^(?:以上|左右)?的?(?:${alternation(lex.goalNounsAfter)})`),
    // The number must not continue a longer number (2019, 1.5) nor run into another one (“5个100”).
    numberUnit: new RegExp(`(?<![\\d.．])(\\d+(?:\\.\\d+)?)(${alternation(lex.units)})(?!\\d|(?<=个)月)(?:以上|左右|以内)?`, 'g'),
    result: new RegExp(alternation(lex.resultWords)),
    // 确保到2025年累计建成…: a running total after a goal frame in its clause is the goal's, not a result.
    resultInGoal: new RegExp(alternation(lex.resultWords.filter((w) => !lex.runningTotalWords.includes(w)))),
    sentenceResult: new RegExp(alternation(lex.sentenceResultWords)),
  };
  return compiled;
}

const DEADLINE = /年内|年底前|今年|(?<![截日])(?:到|至)(\d{4}年)|(\d{4}年(?:年底|底)?)/;
const CLAUSE_BREAK = /[，,。；;：:]/;
/** A sentence without commas would otherwise make every target's text (and node id) the whole sentence. */
const MAX_CLAUSE_SIDE = 60;

export const targetStage: Stage = { name: 'targets', requires: ['furniture', 'sentences'], assigns: ['targets'], run: recognizeTargets };

export function recognizeTargets(article: Article, ctx: ArticleContext): void {
  const { goal, clauseGoal, goalAfter, numberUnit, result, resultInGoal, sentenceResult } = compile();
  const { text } = article;
  const articleYear = article.date ? Number(article.date.slice(0, 4)) : undefined;
  const found: TargetMention[] = [];
  for (const s of article.sentences) {
    if (ctx.inFurniture(s.start)) continue;
    const sentence = text.slice(s.start, s.end);
    let frame = goal.exec(sentence);
    const deadlineMatch = DEADLINE.exec(sentence.slice(frame ? frame.index : 0));
    const deadline = deadlineMatch ? (deadlineMatch[1] ?? deadlineMatch[2] ?? deadlineMatch[0]) : null;
    if (frame && isPastYear(deadlineMatch?.[1], articleYear)) frame = null; // 到2017年…出资3000万元: history, not a goal
    const frameAt = frame ? frame.index : sentence.length;
    // Clause bounds advance with the matches (rescanning a long comma-less sentence per number was quadratic),
    // and a target's text is cut to MAX_CLAUSE_SIDE characters each side of the number.
    let scanned = 0;
    let lastBreak = 0;
    let clauseEndAt = -1;
    for (const m of sentence.matchAll(numberUnit)) {
      for (; scanned < m.index!; scanned++) if (CLAUSE_BREAK.test(sentence[scanned]!)) lastBreak = scanned + 1;
      if (clauseEndAt < m.index!) {
        const endRel = sentence.slice(m.index!).search(CLAUSE_BREAK);
        clauseEndAt = endRel < 0 ? sentence.length : m.index! + endRel;
      }
      const clauseStart = Math.max(lastBreak, m.index! - MAX_CLAUSE_SIDE);
      const clauseEnd = Math.min(clauseEndAt, m.index! + m[0].length + MAX_CLAUSE_SIDE);
      const clause = sentence.slice(clauseStart, clauseEnd);
      // A strong frame covers the rest of the sentence; a weak one only what follows it in its clause.
      const weak = clauseGoal.exec(sentence.slice(clauseStart, m.index!));
      const namedGoal = goalAfter.test(sentence.slice(m.index! + m[0].length)); // …900万人以上的任务
      if (m.index! < frameAt && !weak && !namedGoal) continue;
      if ((goal.test(sentence.slice(clauseStart, m.index!)) ? resultInGoal : result).test(clause)) continue;
      if (!frame && sentenceResult.test(sentence.slice(0, m.index!))) continue;
      const unit = m[2] === '％' ? '%' : m[2]!;
      found.push({
        text: clause,
        value: Number(m[1]),
        unit,
        deadline,
        start: s.start + clauseStart,
        end: s.start + clauseEnd,
      });
    }
  }
  article.targets = found;
}

/** A 到YYYY年 frame whose year is before the article's own year tells history. */
function isPastYear(frameYear: string | undefined, articleYear: number | undefined): boolean {
  return frameYear !== undefined && articleYear !== undefined && Number.parseInt(frameYear, 10) < articleYear;
}
