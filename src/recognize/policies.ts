/**
 * Policies: what the genre presents as something to carry out.
 *
 * - 《…》 documents (names ending in 法, 条例, 意见, 方案…) that are carried out,
 *   adopted or deployed (《黄河保护法》);
 *   drafts only reviewed (审议/讨论 without 通过), speech and lecture titles
 *   (题为《…》) and reports (…情况, …汇报) are not policies.
 * - Quoted names (“四水四定”, “清四乱”行动) when the text frames them as a
 *   policy: a policy noun after the quote (行动, 工作模式, 大讨论, 战略…), an
 *   implementing verb before it (实施, 落实, 推进…), or a numbered formula
 *   (“六稳”, “两个责任”), or a rule the work follows (按照“…”的要求,
 *   以“…”为总抓手). Metaphors and themes (“绿色账”, 以“…”为主题,
 *   市场经济的“硬通货”) have none of these or a negative frame.
 * - Well-known named programmes (六稳, 一带一路, 乡村振兴战略) from the lexicon.
 * - Unquoted names closed by a policy head (河湖长制, 母亲河复苏行动,
 *   创新驱动发展战略, 考试招生制度改革): the head, then the words before it
 *   back to the verb, adverb or function word that starts the phrase, or
 *   over a 和 to the verb that carries out both phrases it joins.
 * - A fixed qualifier, 的 and a 政策/制度 head (积极的财政政策, 最严格的耕地保护制度).
 * - Aid programmes for a region: a sector, 援/润/兴 and the region (对口援疆, 文化润疆).
 *
 * `mandated` is false when the sentence only studies or conveys the policy
 * (学习, 传达, 解读, 听取) rather than calling for it.
 */
import type { Article, EventMention, LocationMention, PolicyMention } from '../document.js';
import type { Stage } from '../stage.js';
import type { ArticleContext } from './context.js';
import type { z } from 'zod';
import { readLexicon } from '../lexicons/load.js';
import { alternation, inOrder } from '../lexicons/patterns.js';
import { PoliciesLexicon } from '../lexicons/schemas.js';

interface Compiled {
  lex: z.output<typeof PoliciesLexicon>;
  weakVerbs: RegExp;
  verbLedHead: RegExp;
  verbLedVerb: RegExp;
  shortLaw: RegExp;
  shortLawLeadIn: RegExp;
  notLawEnd: RegExp;
  quoted: RegExp;
  book: RegExp;
  programmes: RegExp;
  suffixed: RegExp;
  suffixEnd: RegExp;
  suffixStart: RegExp;
  nounAfter: RegExp;
  negAfter: RegExp;
  verbBefore: RegExp;
  negBefore: RegExp;
  requirementBefore: RegExp;
  requirementAfter: RegExp;
  qualified: RegExp;
  meetingTopic: RegExp;
  regionalAid: RegExp;
  listedBeforePolicyWord: RegExp;
  routineTopic: RegExp;
  scope: RegExp;
  review: RegExp;
  study: RegExp;
  carriedOut: RegExp;
  draft: RegExp;
  notDocument: RegExp;
  document: RegExp;
  numbered: RegExp;
  leftStops: Set<string>;
  leftStopMax: number;
  generic: Set<string>;
  genericEnd: RegExp;
  topicBeforeGenericEnd: RegExp;
  topicalHead: RegExp;
  conjunctions: Set<string>;
  openingVerb: RegExp;
  programmeNegAfter: RegExp;
  draftAfter: RegExp;
  headNotFollowedBy: RegExp;
  excluded: Set<string>;
}

let compiled: Compiled | undefined;

const HAN = /[\u4e00-\u9fff]/;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);
/** Characters that end the clause a frame word is looked for in. */
const CLAUSE_END = /[，,。；;：:！!？?\n（）()、]/;
/** Places that open a meeting's name as its jurisdiction (新登镇…推进会), unlike a river or region in its topic (黄河流域…民主监督). */
const ADMINISTRATIVE = new Set<LocationMention['level']>(['province', 'city', 'county', 'township', 'village']);
/** How far a name may reach left of its head word. */
const MAX_LEFT = 14;

function compile(): Compiled {
  if (compiled) return compiled;
  const lex = readLexicon('policies.json', PoliciesLexicon);
  const q = lex.quote;
  compiled = {
    lex,
    quoted: new RegExp(`[“"]([^“”"\\n]{2,${lex.maxQuoted}})[”"]`, 'g'),
    book: /《([^《》\n]{2,80})》/g,
    programmes: new RegExp(alternation(lex.programmes), 'g'),
    suffixed: new RegExp(`(?:${alternation(lex.suffixes)})+`, 'g'),
    suffixEnd: new RegExp(`(?:${alternation(lex.suffixes)})$`),
    suffixStart: new RegExp(`^(?:${alternation(lex.suffixes)})`),
    nounAfter: new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${alternation(q.nounsAfter)})`),
    // Honours (“五一”劳动奖章) and topic lists (“…”等主题) are not policies.
    negAfter: new RegExp(`^(?:${alternation(q.negAfter)}|等[\\u4e00-\\u9fff]{0,2}(?:主题|课题|调研|展|题目)|[\\u4e00-\\u9fff]{0,2}(?:勋章|奖章|红旗手|称号))`),
    verbBefore: new RegExp(`(?:${alternation(q.verbsBefore)})`),
    negBefore: new RegExp(`(?:${alternation(q.negBefore)})$`),
    requirementBefore: new RegExp(`(?:${alternation(q.requirementFrame.before)})$`),
    requirementAfter: new RegExp(`^(?:${alternation(q.requirementFrame.after)})`),
    // 积极的财政政策: qualifier, 的, then the shortest run of words up to the head.
    // 全省高标准农田建设现场推进会: the topic a meeting is named after, ending in a work noun, before its meeting noun.
    meetingTopic: new RegExp(`([\\u4e00-\\u9fff\\d]{4,24}?(?:${alternation(lex.meetingTopics.topicHeads)}))(?:工作)?(?:${alternation(lex.meetingTopics.meetingHeads)})$`),
    routineTopic: new RegExp(`(?:${alternation(lex.meetingTopics.routineWork)})(?:${alternation(lex.meetingTopics.topicHeads)})$`),
    scope: new RegExp(`^(?:\\d{4}年|${alternation(lex.meetingTopics.scopes)})*`),
    // 用好专项再贷款、财政贴息等政策: the items a verb puts to use, listed before 等政策.
    listedBeforePolicyWord: new RegExp(`(?:${alternation(lex.listedPolicies.verbs)})了?((?:[\\u4e00-\\u9fff]{2,16}、)*[\\u4e00-\\u9fff]{2,16})等(?:${alternation(lex.listedPolicies.policyWords)})`, 'g'),
    // 对口援疆, 文化润疆: a sector, a verb of aid and the region aided, written in one character each.
    regionalAid: new RegExp(`(?:${alternation(lex.regionalAid.sectors)})(?:${alternation(lex.regionalAid.verbs)})(?:${alternation(lex.regionalAid.regions)})`, 'g'),
    qualified: new RegExp(`(?:${alternation(lex.qualified.qualifiers)})的[\\u4e00-\\u9fff]{2,12}?(?:${alternation(lex.qualified.heads)})`, 'g'),
    review: new RegExp(`(?:${alternation(lex.reviewOnly)})`),
    study: new RegExp(`(?:${alternation(lex.studyOnly)})`),
    carriedOut: new RegExp(`(?:${alternation(lex.carriedOutAfterStudy)})`),
    draft: new RegExp(alternation(lex.draftMarks)),
    notDocument: new RegExp(`(?:${alternation(lex.notDocumentEnd)})$`),
    // The document word may be followed by a bracketed qualifier: 行动计划（2019-2021年）, 民用航空法（修订草案）.
    document: new RegExp(`(?:${alternation(lex.documentHeads)})(?:[（(][^）)]*[）)])?$`),
    numbered: /^[一二两三四五六七八九十百千双]/,
    leftStops: new Set(lex.leftStops),
    leftStopMax: Math.max(...lex.leftStops.map((w) => w.length)),
    generic: new Set(lex.genericHeads),
    genericEnd: new RegExp(`(?:${alternation(lex.genericEnds)})$`),
    topicBeforeGenericEnd: new RegExp(`^[\\u4e00-\\u9fff]{4,}(?:${alternation(lex.topicalEnds.ends)})$`),
    topicalHead: new RegExp(`(?:${alternation(lex.topicalEnds.heads)})$`),
    conjunctions: new Set(lex.conjoined.conjunctions),
    openingVerb: new RegExp(`(?:${alternation(lex.conjoined.openingVerbs)})$`),
    programmeNegAfter: new RegExp(`^(?:${alternation(lex.programmeNegAfter)})`),
    draftAfter: new RegExp(`^(?:${alternation(lex.draftAfter)})`),
    headNotFollowedBy: new RegExp(`^(?:${alternation(lex.headNotFollowedBy)})`),
    excluded: new Set(lex.notPolicies),
    weakVerbs: new RegExp(`(?:${inOrder(lex.weakVerbs)})$`),
    verbLedHead: new RegExp(`(?:${alternation(lex.verbLed.heads)})$`),
    verbLedVerb: new RegExp(`(?:${alternation(lex.verbLed.verbs)})`),
    shortLaw: new RegExp(`(?:${alternation(lex.shortLaws.verbsBefore)})([\\u4e00-\\u9fff]{1,8}?法)(?![律规治人制典官院])`, 'g'),
    // 执法检查组检查森林法: the name starts after the last verb of the match.
    shortLawLeadIn: new RegExp(`^.*(?:${alternation(lex.shortLaws.verbsBefore)})`),
    notLawEnd: new RegExp(`(?:${alternation(lex.shortLaws.notLawEnds)})$`),
  };
  return compiled;
}

/** The clause before `pos` (back to punctuation, at most `max` characters). */
function clauseBefore(text: string, pos: number, max: number): string {
  let start = pos;
  while (start > 0 && pos - start < max && !CLAUSE_END.test(text[start - 1]!)) start--;
  return text.slice(start, pos);
}

export const policyStage: Stage = {
  name: 'policies',
  requires: ['furniture', 'sentences', 'locations', 'eventMentions'],
  assigns: ['policies'],
  run: recognizePolicies,
};

export function recognizePolicies(article: Article, ctx: ArticleContext): void {
  const c = compile();
  const { text } = article;
  const found: PolicyMention[] = [];

  const studiedOnly = (start: number) => {
    const before = clauseBefore(text, start, 16);
    return c.study.test(before) && !c.carriedOut.test(before);
  };
  // Spans taken so far, as a mask: checking each new span against every earlier one was quadratic.
  const taken = new Uint8Array(text.length);
  const push = (name: string, start: number, end: number, kind: PolicyMention['kind'], canonical?: string, mandated?: boolean, nested = false) => {
    if (ctx.inFurniture(start) || c.excluded.has(name) || c.excluded.has(canonical ?? '')) return;
    if (!nested) {
      for (let i = start; i < end; i++) if (taken[i]) return;
      taken.fill(1, start, end);
    }
    found.push({
      name,
      start,
      end,
      kind,
      mandated: mandated ?? !studiedOnly(start),
      ...(canonical && canonical !== name ? { canonical } : {}),
    });
  };

  // 《…》 documents. 《条例》 after 《中国共产党纪律处分条例》（以下简称《条例》）: a bare
  // document word is the short form of the last document named with that word
  // (a bracketed qualifier aside: 《…问责规定（试行）》 → 《规定》).
  const lastFull = new Map<string, string>();
  for (const m of text.matchAll(c.book)) {
    const inner = m[1]!;
    const start = m.index!;
    const end = start + m[0].length;
    const before = clauseBefore(text, start, 16);
    const after = text.slice(end, end + 6);
    if (/题为$/.test(before) || /^(?:的讲座|的讲话|的重要讲话|的报告|的发言)/.test(after) || c.notDocument.test(inner)) continue;
    if (!c.document.test(inner)) continue; // 《求是》, 《新闻联播》: books, papers and programmes
    const passed = /通过/.test(before);
    const draft = c.draft.test(inner) || /^[（(]稿[）)]/.test(after);
    if ((draft || c.review.test(before)) && !passed) continue;
    const kind = /法$|条例$|法[（(]/.test(inner) ? 'law' : 'plan';
    const fullForm = c.lex.documentHeads.includes(inner) ? lastFull.get(inner) : undefined;
    push(inner, start, end, kind, fullForm, passed || !studiedOnly(start));
    if (!fullForm) for (const h of c.lex.documentHeads) if (inner !== h && inner.replace(/[（(][^）)]*[）)]$/, '').endsWith(h)) lastFull.set(h, inner);
  }

  // Quoted names. Quotes that touch (“A”“B”, “A”、“B”) share the frame of the run.
  const quotes = [...text.matchAll(c.quoted)];
  const rejected = new Uint8Array(text.length);
  const touching = (a: RegExpMatchArray, b: RegExpMatchArray) => /^[、和与及]?$/.test(text.slice(a.index! + a[0].length, b.index!));
  let runStart = 0;
  let runEnd = -1;
  for (let i = 0; i < quotes.length; i++) {
    const m = quotes[i]!;
    const ownEnd = m.index! + m[0].length;
    if (i > runEnd) {
      runStart = i;
      runEnd = i;
      while (runEnd + 1 < quotes.length && touching(quotes[runEnd]!, quotes[runEnd + 1]!)) runEnd++;
    }
    const inner = m[1]!;
    const first = quotes[runStart]!;
    const last = quotes[runEnd]!;
    const lastEnd = last.index! + last[0].length;
    const before = clauseBefore(text, first.index!, 8);
    const after = text.slice(lastEnd, lastEnd + 8);
    const noun = c.nounAfter.exec(after)?.[0];
    const negBefore = c.negBefore.test(before);
    const verb = c.verbBefore.test(before) && !negBefore;
    const strongVerb = verb && !c.weakVerbs.test(before);
    const numbered = c.numbered.test(inner) && !negBefore;
    const named = c.suffixEnd.test(inner);
    // 按照“…”的要求, 以“…”为总抓手: the frame names the quote as the rule the work follows.
    const requirement = c.requirementBefore.test(before) && c.requirementAfter.test(after);
    // A sentence inside quotes, a list of qualities (“脏、乱、差”) or a negative frame is not a name.
    const listOfQualities = (inner.match(/、/g)?.length ?? 0) >= 2;
    if (/[，。；]/.test(inner) || listOfQualities || (c.negAfter.test(after) && !requirement) || !(noun || strongVerb || numbered || named || requirement)) {
      rejected.fill(1, m.index!, ownEnd);
      continue;
    }
    // The noun joins the name only when it follows this very quote.
    const joined = noun && i === runEnd ? inner + noun : undefined;
    const end = joined ? ownEnd + noun!.length : ownEnd;
    // “不忘初心、牢记使命”主题教育: an excluded formula names a campaign once a policy noun joins it.
    push(joined ?? inner, m.index!, end, noun ? 'campaign' : 'slogan', joined && c.suffixEnd.test(noun!) && c.excluded.has(inner) ? joined : inner);
    // “六讲六做”大宣讲活动实施方案: the plan for the campaign is a policy of its own.
    const plan = joined ? /^(?:实施方案|工作方案|方案|行动计划|计划|规划)/.exec(text.slice(end, end + 4))?.[0] : undefined;
    if (plan) push(joined + plan, m.index!, end + plan.length, 'plan', undefined, undefined, true);
  }
  const insideRejected = (pos: number) => rejected[pos] === 1;

  // Well-known named programmes.
  for (const m of text.matchAll(c.programmes)) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end, end + 4);
    // 中央八项规定精神: the "spirit" of a rule is the rule itself, unlike 脱贫攻坚精神.
    const spiritOfRule = c.document.test(m[0]) && after.startsWith('精神') && !c.suffixStart.test(text.slice(end + 2, end + 8));
    if (insideRejected(start) || /[”"]/.test(text[start - 1] ?? '') || (c.programmeNegAfter.test(after) && !spiritOfRule)) continue;
    push(m[0], start, end, 'programme');
  }

  // Unquoted names closed by a policy head.
  for (const m of text.matchAll(c.suffixed)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (insideRejected(s)) continue;
    const covering = ctx.words.tokenAt(e - 1);
    if (covering && covering.end > e) continue; // 工程师, 计划生育: the head is inside a longer word
    if (c.draftAfter.test(text.slice(e, e + 4))) continue; // …保护法修订草案: a draft
    if (c.headNotFollowedBy.test(text.slice(e, e + 3))) continue; // 战略全局, 战略支撑: not a name
    const p = conjoinedEdge(text, leftEdge(text, s, c, ctx), c, ctx);
    let head = text.slice(p, s).replace(/^[项个条部批些]/, '');
    const name = text.slice(s - head.length, e);
    if (head.length < 2 || c.generic.has(head) || endsGeneric(head, s, name, c, ctx)) continue;
    // 加强水毁工程修复, 在建工程: works, not a programme, unless the clause implements it.
    if (c.verbLedHead.test(name) && !c.verbLedVerb.test(clauseBefore(text, s - head.length, 16))) continue;
    const kind = /法$|条例$/.test(name) ? 'law' : /制$|制度/.test(name) ? 'system' : /行动|攻坚战|保卫战|整治|教育$/.test(name) ? 'campaign' : 'plan';
    push(name, s - head.length, e, kind);
  }

  // A fixed qualifier before 的 and a 政策/制度 head: 实施积极的财政政策.
  for (const m of text.matchAll(c.qualified)) {
    if (!insideRejected(m.index!)) push(m[0], m.index!, m.index! + m[0].length, /制度$/.test(m[0]) ? 'system' : 'plan');
  }

  // Aid programmes for a region: 对口援疆, 教育援藏, 文化润疆.
  for (const m of text.matchAll(c.regionalAid)) push(m[0], m.index!, m.index! + m[0].length, 'programme');

  // Items listed before 等政策 after a verb that puts them to use; 财政、金融等 name only fields.
  for (const m of text.matchAll(c.listedBeforePolicyWord)) {
    let at = m.index! + m[0].indexOf(m[1]!);
    for (const item of m[1]!.split('、')) {
      const name = item.slice(item.lastIndexOf('的') + 1); // 已确定的退税减税降费
      const start = at + item.length - name.length;
      if (name.length >= c.lex.listedPolicies.minItem && !opensWithVerb(name, c) && !insideRejected(start)) push(name, start, start + name.length, 'programme');
      at += item.length + 1;
    }
  }

  // The topic a meeting is named after: 美丽城镇建设 of 新登镇美丽城镇建设推进会.
  for (const m of article.eventMentions) {
    const topic = meetingTopic(m, article, c);
    if (topic) push(topic.name, topic.start, topic.start + topic.name.length, 'campaign', undefined, true, true);
  }

  // Short law names after a verb that carries a law out: 实施好森林法, 实施修改后的代表法.
  for (const m of text.matchAll(c.shortLaw)) {
    const name = m[1]!.replace(c.shortLawLeadIn, '');
    const e = m.index! + m[0].length;
    const s = e - name.length;
    const covering = ctx.words.tokenAt(e - 1);
    if (name.length < 2 || c.notLawEnd.test(name) || insideRejected(s) || (covering && covering.end > e)) continue;
    push(name, s, e, 'law');
  }

  article.policies = mergeVariants(found.sort((a, b) => a.start - b.start));
}

/**
 * Where an unquoted name that ends at `s` begins: walk left over Chinese
 * characters until a stop word (a verb, adverb or function word that ends a
 * jieba word there), an earlier policy head, or MAX_LEFT characters.
 */
function leftEdge(text: string, s: number, c: Compiled, ctx: ArticleContext): number {
  let p = s;
  while (p > 0 && s - p < MAX_LEFT && isHan(text[p - 1])) {
    if (p < s && c.suffixEnd.test(text.slice(Math.max(0, p - 6), p))) break;
    if (ctx.words.tokenEndingAt(p) || p === s) {
      let stop = false;
      for (let len = Math.min(c.leftStopMax, p); len >= 1 && !stop; len--) {
        if (c.leftStops.has(text.slice(p - len, p))) stop = true;
      }
      if (stop) break;
    }
    p--;
  }
  return p;
}

/** 推动企业复工达产, 支持外贸新业态: an item that opens with a verb or adverb of leftStops is a task, not a named policy. */
function opensWithVerb(item: string, c: Compiled): boolean {
  for (let len = Math.min(c.leftStopMax, item.length - 1); len >= 2; len--) if (c.leftStops.has(item.slice(0, len))) return true;
  return false;
}

/**
 * The policy a meeting is named after: the last part of its name (after 暨)
 * before a meeting noun that drives work forward (推进会, 动员部署会, 专题座谈会),
 * when it ends in a work noun (建设, 改造, 整治, 利用, 巡视…) and is no routine
 * work (重点项目建设); without the year, the jurisdiction (全省) or a place
 * that opens it (新登镇).
 */
function meetingTopic(m: EventMention, article: Article, c: Compiled): { name: string; start: number } | undefined {
  if (m.referred) return undefined;
  const part = m.name.slice(m.name.lastIndexOf('暨') + 1);
  const found = c.meetingTopic.exec(part);
  if (!found) return undefined;
  const offset = article.text.indexOf(found[1]!, m.start);
  if (offset < 0 || offset >= m.end) return undefined;
  let start = offset + c.scope.exec(found[1]!)![0].length;
  for (const l of article.locations) if (ADMINISTRATIVE.has(l.level) && l.start <= start && start < l.end && l.end < offset + found[1]!.length) start = l.end;
  const name = article.text.slice(start, offset + found[1]!.length);
  return name.length >= 4 && !c.generic.has(name) && !c.routineTopic.test(name) ? { name, start } : undefined;
}

/**
 * Whether the words before a policy head (`head`, ending at `s`) end in a
 * generic word (重大工程, 这个战略): the word must stand on its own (新 of
 * 更新工程 does not), and 重大/重点 after four characters of topic that is
 * not generic itself name the topic before a programme head like 行动
 * (生态环境科技创新重大行动; 国家重大战略, 水利枢纽重大工程 stay generic).
 */
function endsGeneric(head: string, s: number, name: string, c: Compiled, ctx: ArticleContext): boolean {
  const end = c.genericEnd.exec(head)?.[0];
  if (end === undefined || !ctx.words.tokenStartingAt(s - end.length)) return false;
  const topic = head.slice(0, -end.length);
  return !(c.topicBeforeGenericEnd.test(head) && !c.generic.has(topic) && c.topicalHead.test(name));
}

/**
 * 实施制造业技术改造和设备更新工程: a name whose left side is two phrases
 * joined by 和/与 reaches back over the conjunction (at `p`, where leftEdge
 * stopped) when a verb that carries the whole out opens it and the first
 * phrase is no name of its own (科教兴国战略和人才强国战略 are two).
 */
function conjoinedEdge(text: string, p: number, c: Compiled, ctx: ArticleContext): number {
  if (!c.conjunctions.has(text[p - 1] ?? '') || c.suffixEnd.test(text.slice(Math.max(0, p - 7), p - 1))) return p;
  const q = leftEdge(text, p - 1, c, ctx);
  return p - 1 - q >= 2 && c.openingVerb.test(text.slice(Math.max(0, q - 4), q)) ? q : p;
}

/**
 * Forms of one policy in one article (乡村振兴 / 乡村振兴战略, 六稳 / 六稳工作)
 * share the canonical name of the first mention, so they become one node.
 */
function mergeVariants(found: PolicyMention[]): PolicyMention[] {
  const keys: string[] = [];
  for (const p of found) {
    const key = p.canonical ?? p.name;
    const same = keys.find((k) => {
      const [s, l] = k.length <= key.length ? [k, key] : [key, k];
      // A campaign head alone (主题教育) is the short form of the full name (“不忘初心、牢记使命”主题教育).
      return s === l || (s.length >= 3 && l.includes(s) && s.length * 2 >= l.length) || (s.length >= 4 && l.endsWith(s) && compile().suffixEnd.test(s));
    });
    if (same && same !== key) p.canonical = same;
    else if (!same) keys.push(key);
  }
  return found;
}
