/**
 * Targets: a number with a unit in a goal frame — 力争到2025年…达到30个以上,
 * 年内完成国土绿化10万亩以上. Reported results (新增经营主体1069个, 同比增长15%)
 * have no goal frame and are left out.
 */
import type { Article, TargetMention } from '../document.js';
import type { ArticleContext } from './context.js';

const UNITS = ['万亩', '亩', '万公顷', '公顷', '亿元', '万元', '元', '万人', '人', '万户', '户', '个', '家', '所', '座', '项', '条', '公里', '千米', '万吨', '吨', '万千瓦', '千瓦', '%', '％', '万辆', '万套', '套', '次', '年'];
const GOAL = /(力争|确保|争取|目标|任务|计划|预计|年内|今年|到(\d{4})年|(\d{4})年前)/;
const NUMBER_UNIT = new RegExp(`(?<!\\d)(\\d+(?:\\.\\d+)?)(${UNITS.sort((a, b) => b.length - a.length).map((u) => u.replace('%', '%')).join('|')})(?:以上|左右|以内)?`, 'g');
const DEADLINE = /(年内|今年|到(\d{4})年|(\d{4})年(?:前|底)?)/;
/** A target's text is its clause, cut to this many characters on each side of the number: a sentence without commas would otherwise make every target (and its node id) the whole sentence, quadratic in memory. */
const MAX_CLAUSE_SIDE = 60;

export function recognizeTargets(article: Article, ctx: ArticleContext): void {
  const { text } = article;
  const found: TargetMention[] = [];
  for (const s of article.sentences) {
    const sentence = text.slice(s.start, s.end);
    const goal = GOAL.exec(sentence);
    if (!goal || ctx.inFurniture(s.start)) continue;
    const deadlineMatch = DEADLINE.exec(sentence);
    // Clause bounds advance with the matches (rescanning a long comma-less sentence per number was quadratic).
    let scanned = 0;
    let clauseStart = 0;
    let clauseEnd = -1;
    for (const m of sentence.matchAll(NUMBER_UNIT)) {
      if (m.index! < goal.index) continue;
      // The clause holding the number is the target's text.
      for (; scanned < m.index!; scanned++) if (sentence[scanned] === '，' || sentence[scanned] === ',') clauseStart = scanned + 1;
      if (clauseEnd < m.index!) {
        const clauseEndRel = sentence.slice(m.index!).search(/[，,。；]/);
        clauseEnd = clauseEndRel < 0 ? sentence.length : m.index! + clauseEndRel;
      }
      const from = Math.max(clauseStart, m.index! - MAX_CLAUSE_SIDE);
      const to = Math.min(clauseEnd, m.index! + m[0].length + MAX_CLAUSE_SIDE);
      const unit = m[2] === '％' ? '%' : m[2]!;
      if (unit === '年') continue;
      found.push({
        text: sentence.slice(from, to),
        value: Number(m[1]),
        unit,
        deadline: deadlineMatch ? (deadlineMatch[2] ? `${deadlineMatch[2]}年` : deadlineMatch[1]!) : null,
        start: s.start + from,
        end: s.start + to,
      });
    }
  }
  article.targets = found;
}
