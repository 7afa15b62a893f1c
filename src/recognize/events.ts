/**
 * Event recognition. An event noun closes the name (…工作会议, …座谈会,
 * …开幕式, …调研) and the name runs left to a boundary: a clause break, a
 * time expression, a person, or a word that governs the name (召开, 出席, 在).
 *
 *   6月29日,全市河湖长制林长制工作会议召开      → 全市河湖长制林长制工作会议 (reported)
 *   韦韬在清徐县调研                              → 清徐县调研 (visit)
 *   认真落实全省河湖长制工作会议…部署            → referred to only, not reported
 */
import type { Article, EventKind, EventMention, Span } from '../document.js';
import type { Stage } from '../stage.js';
import { ArticleContext, CLAUSE_BREAK } from './context.js';
import { lexicons } from '../lexicons/index.js';
import { readLexicon } from '../lexicons/load.js';
import { alternation, inOrder } from '../lexicons/patterns.js';
import { EventBoundariesLexicon } from '../lexicons/schemas.js';
import { firstStartingAt, indexContaining } from '../spans.js';

const MAX_NAME = 40;
/** Longest item of a visit's place list (北京房山, 克孜勒苏). */
const MAX_PLACE = 8;
/** Heads of meetings held to report back to someone (向…反馈会议, 向…汇报会). */
const REPORT_BACK = /^(?:反馈会|汇报会|通报会)/;

let recognizer: EventRecognizer | undefined;
export const eventMentionStage: Stage = {
  name: 'event mentions',
  requires: ['furniture', 'sentences', 'persons', 'organizations'],
  assigns: ['eventMentions'],
  run: (article, ctx) => (recognizer ??= new EventRecognizer()).recognize(article, ctx),
};

export class EventRecognizer {
  private readonly lex = lexicons();
  private readonly extra = readLexicon('event-boundaries.json', EventBoundariesLexicon);
  /** Time expressions that end an event name on its left: 6月29日, 23日, 上午. */
  private readonly timeBefore: RegExp;
  private readonly nounPattern: RegExp;
  private readonly nounAtEnd: RegExp;
  /** An event noun starting exactly at lastIndex (sticky). */
  private readonly nounAt: RegExp;
  private readonly kindOf = new Map<string, EventKind>();
  private readonly boundaryPattern: RegExp;
  /** A body's head word (委员会) starting the text: the boundary word before it belongs to the body's name. */
  private readonly bodyHeadAt: RegExp;
  private readonly reportAfter: RegExp;
  private readonly reportBefore: RegExp;
  private readonly referAfter: RegExp;
  private readonly referBefore: RegExp;
  private readonly referVerbOpening: RegExp;
  /** A verb of carrying out another meeting (贯彻, 落实) at the start of the text. */
  private readonly carryOutVerbAt: RegExp;

  constructor() {
    const { nouns, reportVerbs, referOnlyAfter, referOnlyBefore, roleContext } = this.lex.events;
    for (const [kind, words] of Object.entries(nouns)) for (const w of words) if (!this.kindOf.has(w)) this.kindOf.set(w, kind as EventKind);
    const notFollowedBy = this.lex.events.notFollowedBy;
    const nounAlternatives = [...this.kindOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((w) => w + (notFollowedBy[w] ? `(?!${alternation(notFollowedBy[w])})` : ''));
    this.nounPattern = new RegExp(nounAlternatives.join('|'), 'g');
    this.nounAtEnd = new RegExp(`(?:${nounAlternatives.join('|')})$`);
    this.nounAt = new RegExp(nounAlternatives.join('|'), 'y');
    const { dayParts, timeWords } = this.extra;
    this.timeBefore = new RegExp(`(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日(?:${inOrder(dayParts)})?$|(?:${inOrder(timeWords)})$`);
    this.bodyHeadAt = new RegExp(`^(?:${alternation(this.extra.bodyHeads)})`);
    this.boundaryPattern = new RegExp(`(?:${alternation(this.extra.nameBoundaries)})$`);
    const skip = '(?:[0-9０-９]{1,2}(?:日|月\\d{1,2}日)|[（(](?:\\d{4}年)?\\d{1,2}月\\d{1,2}日[）)]|上午|下午|晚|在(?:(?!在)[\\u4e00-\\u9fff（）()0-9]){1,16}?|于(?:(?!于)[\\u4e00-\\u9fff\\d]){1,12}?|今天|昨天|隆重|顺利|正式|胜利|以(?:(?!以)[\\u4e00-\\u9fff]){2,10}形式|分别|同时|也|还|再次)*';
    this.reportAfter = new RegExp(`^(?:[”"）)])?${skip}(?:${alternation([...reportVerbs, '上', '会上'])})`);
    this.reportBefore = new RegExp(`(?:${alternation([...reportVerbs, ...roleContext, '主持召开', '召开了', '举行了', '出席了'])})[”"“]?$`);
    this.referAfter = new RegExp(`^(?:[”"）)])?(?:${alternation(referOnlyAfter)})`);
    // Every start of a referring word within six characters of the name (lookahead: overlapping starts too);
    // 《…学习纲要》出版座谈会: a word inside a book title before the name refers to nothing.
    this.referBefore = new RegExp(`(?=(?:${alternation(referOnlyBefore)})[^，。；》]{0,6}$)`, 'g');
    this.carryOutVerbAt = new RegExp(`^(?:${alternation(this.lex.events.carryOutVerbs)})`);
    this.referVerbOpening = new RegExp(`^(?:${alternation(this.extra.beforeReferVerb)}){0,2}(?:${alternation(referOnlyBefore.filter((w) => w.length > 1))})`);
  }

  recognize(article: Article, ctx: ArticleContext): void {
    const { text } = ctx;
    const mentions: EventMention[] = [];
    const personEnds = new Set(article.persons.map((p) => p.end));
    const quoteDepth = quoteDepthTracker(text);
    for (const m of text.matchAll(this.nounPattern)) {
      const noun = m[0];
      const nounStart = m.index!;
      let end = nounStart + noun.length;
      if (ctx.inFurniture(nounStart)) continue;
      const kind = this.kindOf.get(noun)!;
      const depth = quoteDepth(nounStart);
      const quoted = quotedName(text, nounStart, end, depth);
      let start = quoted ?? this.nameStart(ctx, nounStart, personEnds);
      // Inside quotes the event noun is part of a policy or slogan, not an event.
      if (quoted === undefined && isInsideQuote(text, nounStart, depth)) continue;
      if (kind === 'visit' && quoted === undefined) start = this.placeListStart(ctx, start, personEnds);
      let name = text.slice(start, end);
      if (kind === 'visit') {
        // 调研新绍兴一中建设 / 看望慰问基层干部群众: an object after the verb names the visit.
        const obj = /^(?![中时后前])[\u4e00-\u9fff“”]{2,14}?(?=[，,。；、]|情况|工作|时|并|期间|$)/.exec(text.slice(end, end + 16));
        // 马卫光还参观了校园: an adverb before the verb is no name either.
        if (this.lonePrefix(ctx, start, nounStart, /^(?:d|ad|vd)$/)) start = nounStart;
        if (start === nounStart && obj && !this.reportAfter.test(text.slice(end, end + 24))) {
          name = noun + obj[0];
          end += obj[0].length;
        }
        if (!this.isReportedVisit(ctx, start, nounStart, end)) continue;
      }
      const generic = this.stripGeneric(name);
      const ownEvent = generic !== name;
      if (ownEvent) {
        start += name.length - generic.length;
        name = generic;
      }
      // 决定会议, 反复调研, 有关活动: a lone verb, adverb or pronoun does not name an event.
      if (this.lonePrefix(ctx, start, nounStart, /^(?:v|d|r|vn|a|ad|c|p|u|vd)$/)) {
        start = nounStart;
        name = text.slice(start, end);
      }
      if (!name) continue;
      const after = text.slice(end, end + 24);
      // 要认真落实全省河湖长制工作会议…部署: the name walked over the verb that refers to another meeting.
      const referVerb = this.reportAfter.test(after) ? null : this.referVerbOpening.exec(name);
      const carriedOut = !!referVerb && name.length - referVerb[0].length >= 4;
      if (carriedOut) {
        start += referVerb[0].length;
        name = name.slice(referVerb[0].length);
      }
      const before = text.slice(Math.max(0, start - 16), start);
      const referred = this.referAfter.test(after) || this.refersBefore(article, start) || /^(?:上一次|上次|首次|历次|历届|下一届|上一届)/.test(name);
      const reported = !referred && !isDirected(ctx, start) && !isInSpeech(ctx, start) && (kind === 'visit' || this.reportAfter.test(after) || this.reportBefore.test(before));
      mentions.push({ name, start, end, kind, reported: reported || ownEvent, ...(ownEvent ? { ownEvent } : carriedOut ? { referred: true } : {}) });
    }
    article.eventMentions = dropNested(mentions);
  }

  /**
   * A word that makes the name only referred to (学习, 贯彻, 定期…) stands
   * shortly before it, and not inside an organization's name: 理论学习中心组
   * 举行专题学习会 reports its own meeting.
   */
  private refersBefore(article: Article, start: number): boolean {
    const from = Math.max(0, start - 16);
    for (const m of article.text.slice(from, start).matchAll(this.referBefore)) {
      if (indexContaining(article.organizations, from + m.index!) < 0) return true;
    }
    return false;
  }

  /** The name before the noun is one jieba word of these tags. */
  private lonePrefix(ctx: ArticleContext, start: number, nounStart: number, tags: RegExp): boolean {
    const token = ctx.words.tokenStartingAt(start);
    return start < nounStart && token !== undefined && token.end === nounStart && tags.test(token.tag);
  }

  /** Walk left from the event noun to where the name starts (never on a connector: 和视频会议). */
  private nameStart(ctx: ArticleContext, nounStart: number, personEnds: Set<number>): number {
    let start = this.walkLeft(ctx, nounStart, personEnds);
    // A name never opens with a connector or a preposition jieba fused into the next word (到中部战区视察).
    while (start < nounStart && /[和及与、到在赴从于]/.test(ctx.text[start]!)) start++;
    // 在京全国人大代表座谈会: the place abbreviation of 在京 is not part of the name.
    if (ctx.text[start - 1] === '在' && /[京沪津渝港澳]/.test(ctx.text[start]!) && start + 1 < nounStart) start++;
    return start;
  }

  /** 在江苏南京、苏州、无锡调研: the places of a visit listed with 、 all name it, when 在/到/赴 opens the list. */
  private placeListStart(ctx: ArticleContext, start: number, personEnds: Set<number>): number {
    let listStart = start;
    while (ctx.text[listStart - 1] === '、') {
      const item = this.walkLeft(ctx, listStart - 1, personEnds);
      if (item >= listStart - 1 || listStart - 1 - item > MAX_PLACE) break;
      listStart = item;
    }
    // The walk may take the preposition along when jieba fused it with the name before (韩正在).
    if (/[在到赴]/.test(ctx.text[listStart]!)) listStart++;
    else if (!/[在到赴]/.test(ctx.text[listStart - 1] ?? '')) return start;
    return listStart < start ? listStart : start;
  }

  private walkLeft(ctx: ArticleContext, nounStart: number, personEnds: Set<number>): number {
    const { text } = ctx;
    const floor = Math.max(0, nounStart - MAX_NAME);
    let start = nounStart;
    let quoteDepth = 0;
    while (start > floor) {
      const ch = text[start - 1]!;
      if (ch === '”' || ch === '」') quoteDepth++;
      else if (ch === '“' || ch === '「') quoteDepth = Math.max(0, quoteDepth - 1);
      else if (quoteDepth === 0 && (ch === '）' || ch === ')') && /[(（][\u4e00-\u9fff]{1,4}[)）]$/.test(text.slice(start - 6, start))) {
        // 领导小组（扩大）会议: a short parenthetical is part of the name.
        start = text.lastIndexOf(ch === '）' ? '（' : '(', start - 1);
        continue;
      } else if (quoteDepth === 0 && (CLAUSE_BREAK.has(ch) || ch === '、' || ch === '"')) break;
      const left = text.slice(Math.max(floor, start - 8), start);
      if (quoteDepth === 0 && (this.isBoundaryBefore(ctx, start, left) || this.timeBefore.test(left))) {
        // 出席向人民日报编委会反馈会议: a meeting that reports back to a body is named with its 向.
        if (text[start - 1] === '向' && REPORT_BACK.test(text.slice(nounStart, nounStart + 4))) start--;
        break;
      }
      // 现场会议和视频会议, 部长级会议和…论坛: two events joined by 和 are two names (暨 makes one);
      // 出席会议并作关于…会议精神的报告, 召开续会贯彻落实会议精神: a clause goes on after the first.
      if (quoteDepth === 0 && start < nounStart && this.opensNextPart(text, start) && this.nounAtEnd.test(text.slice(Math.max(floor, start - 8), start))) break;
      if (personEnds.has(start)) break;
      start--;
    }
    return start;
  }

  /** What may follow an event name inside a longer one and start something else: 和, 并, a verb that carries out a meeting (贯彻落实). */
  private opensNextPart(text: string, pos: number): boolean {
    return /[和及与、并]/.test(text[pos]!) || this.carryOutVerbAt.test(text.slice(pos, pos + 4));
  }

  /** A boundary word ends right before `start`; a one-character one (同, 在, 的) only as a whole jieba word (not 同志). */
  private isBoundaryBefore(ctx: ArticleContext, start: number, left: string): boolean {
    const m = this.boundaryPattern.exec(left);
    if (!m) return false;
    // 中央纪律检查|委员会第六次全体会议: the word is part of the convening body's name.
    if (this.bodyHeadAt.test(ctx.text.slice(start, start + 4))) return false;
    // 启动仪式, 考察调研: a boundary word that opens an event noun is part of the name.
    this.nounAt.lastIndex = start - m[0].length;
    const noun = this.nounAt.exec(ctx.text);
    if (noun && noun[0].length > m[0].length) return false;
    if (m[0].length > 1) return true;
    // 党的十九届四中全会精神专题学习研讨会: 党的 opens the names of the party's congresses and plenums.
    if (m[0] === '的' && ctx.text[start - 2] === '党' && /[十二一\d]/.test(ctx.text[start] ?? '')) return false;
    const token = ctx.words.tokenEndingAt(start);
    return token !== undefined && token.word === m[0];
  }

  /** 本次会议, 此次论坛, 本届博览会: the determiner is not part of the name. */
  private stripGeneric(name: string): string {
    for (const p of this.extra.genericPrefixes) if (name.startsWith(p) && name.length > p.length + 1) return name.slice(p.length);
    return name;
  }

  /**
   * A visit is reported when a person (or 在/到/来到) precedes it in its clause (韦韬在清徐县调研), or
   * when it opens a clause of a sentence whose subject is a person (X带领…负责同志，巡查…).
   */
  private isReportedVisit(ctx: ArticleContext, start: number, nounStart: number, end: number): boolean {
    const { text, article } = ctx;
    const before = text.slice(Math.max(0, start - 40), start);
    if (/(?:精神|讲话|指示|重要)$/.test(before) || /^[^，。；]{0,8}?(?:重要讲话|讲话|指示|精神)/.test(text.slice(end))) return false;
    // 在反复调研的基础上: a visit named as a noun phrase is not a visit being reported.
    if (text[end] === '的') return false;
    const clause = before.split(/[，,。；\n]/).pop() ?? '';
    const clauseStart = start - clause.length;
    const personInClause = personBetween(article, clauseStart, nounStart);
    if (personInClause || /(?:在|到|赴|来到|前往|深入|专程|先后|实地|等地|冒雪|一行)/.test(clause) || /来到|前往|赴/.test(before)) return true;
    // The noun itself opens the clause (not 对照检查, 听取…督查情况汇报), after a comma of a sentence a person opened.
    return start === nounStart && /^(?:并|随后|还)?$/.test(clause) && /[，,]/.test(text[clauseStart - 1] ?? '') && personBetween(article, ctx.sentenceAt(start).start, clauseStart);
  }
}

/**
 * Quote depth at increasing positions, counted incrementally (recounting from
 * the line start for every noun was quadratic on long lines).
 */
function quoteDepthTracker(text: string): (pos: number) => number {
  let at = 0;
  let depth = 0;
  return (pos) => {
    for (; at < pos; at++) {
      const ch = text[at];
      if (ch === '\n') depth = 0;
      else if (ch === '“' || ch === '「') depth++;
      else if (ch === '”' || ch === '」') depth--;
    }
    return depth;
  };
}

/** A noun inside a longer event name (会议 in 工作会议) is dropped in favour of the longer mention. */
function dropNested(mentions: EventMention[]): EventMention[] {
  // Only mentions starting at most `longest` before m can contain it: look those up by start, not all pairs.
  const byStart = new Map<number, EventMention[]>();
  let longest = 0;
  for (const m of mentions) {
    (byStart.get(m.start) ?? byStart.set(m.start, []).get(m.start)!).push(m);
    longest = Math.max(longest, m.end - m.start);
  }
  const contains = (o: EventMention, m: EventMention) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start;
  return mentions.filter((m) => {
    for (let s = m.start; s >= m.end - longest && s >= 0; s--) if (byStart.get(s)?.some((o) => contains(o, m))) return false;
    return true;
  });
}

/**
 * The sentence tells someone to hold it rather than reporting it: a modal word
 * of its own before the mention (编委会…要担起主体责任，…召开巡视整改专题民主生活会).
 * Only jieba's whole word counts, so 主要, 要求 and 重要 do not.
 */
function isDirected(ctx: ArticleContext, start: number): boolean {
  return firstDirective(ctx, ctx.sentenceAt(start)) < start;
}

/** Where the sentence's first modal word stands (Infinity: none), found once per sentence: scanning up to each mention was quadratic in a long one. */
function firstDirective(ctx: ArticleContext, sentence: Span): number {
  let perSentence = directiveCache.get(ctx);
  if (!perSentence) directiveCache.set(ctx, (perSentence = new Map()));
  const cached = perSentence.get(sentence.start);
  if (cached !== undefined) return cached;
  let at = Infinity;
  for (const m of ctx.text.slice(sentence.start, sentence.end).matchAll(/要|应|须|需/g)) {
    const token = ctx.words.tokenAt(sentence.start + m.index!);
    if (token && DIRECTIVE_WORDS.has(token.word)) {
      at = sentence.start + m.index!;
      break;
    }
  }
  perSentence.set(sentence.start, at);
  return at;
}
const directiveCache = new WeakMap<ArticleContext, Map<number, number>>();

/**
 * What a speaker says is not the report: a meeting named after 指出，/表示， in
 * its sentence is one the speech refers to (王沪宁表示，习近平总书记出席庆祝大会并发表重要讲话).
 */
function isInSpeech(ctx: ArticleContext, start: number): boolean {
  const sentence = ctx.sentenceAt(start);
  let perSentence = speechCache.get(ctx);
  if (!perSentence) speechCache.set(ctx, (perSentence = new Map()));
  let at = perSentence.get(sentence.start);
  if (at === undefined) {
    const m = SPEECH_OPENING.exec(ctx.text.slice(sentence.start, sentence.end));
    perSentence.set(sentence.start, (at = m ? sentence.start + m.index : Infinity));
  }
  return at < start;
}
const SPEECH_OPENING = /(?:指出|表示|强调|认为|说)[，,：:]/;
/** Where each sentence's speech opens, found once per sentence (see firstDirective). */
const speechCache = new WeakMap<ArticleContext, Map<number, number>>();

const DIRECTIVE_WORDS = new Set(['要', '应', '应当', '须', '必须', '需', '需要', '务必']);

/** Some person lies within [from, to) (persons are sorted and disjoint). */
function personBetween(article: Article, from: number, to: number): boolean {
  const p = article.persons[firstStartingAt(article.persons, from)];
  return p !== undefined && p.end <= to;
}

/**
 * A quote that closes right after the event noun holds the whole name
 * (举办“后疫情时代文化和旅游产业融合发展研修班”): the name starts after the
 * opening quote. Returns that start, or undefined.
 */
function quotedName(text: string, nounStart: number, end: number, depth: number): number | undefined {
  if (depth <= 0 || text[end] !== '”') return undefined;
  const open = text.lastIndexOf('“', nounStart);
  return open >= 0 && open > text.lastIndexOf('”', nounStart) && !/[，。；\n]/.test(text.slice(open, nounStart)) ? open + 1 : undefined;
}

/** `depth`: quotes opened minus closed between the start of the line and `pos` (see quoteDepthTracker). */
function isInsideQuote(text: string, pos: number, depth: number): boolean {
  if (depth <= 0) return false;
  // Quoted event names exist ("“六讲六做”大宣讲活动动员部署会"): only a quote that closes after the noun counts.
  const close = text.slice(pos, pos + 12).search(/[”」]/);
  return close >= 0 && !/[，。]/.test(text.slice(pos, pos + close));
}
