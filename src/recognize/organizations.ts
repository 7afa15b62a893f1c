/**
 * Organizations, from four shapes (data/lexicons/organizations.json):
 *   - standalone bodies: national bodies and relative local forms (国务院, 市委, 团省委);
 *   - local departments: jurisdiction prefix + body + department suffix
 *     (市水务局, 省工信厅, 市委政法委), optionally behind a place name
 *     (太原市水务局, 陕西省委) or an organ prefix (共青团绍兴市委);
 *   - national units: 中央/国家/全国 + body + a narrow suffix list
 *     (中央巡视工作领导小组, 国家体育总局);
 *   - named institutions: a proper name + institution suffix (浙江大学,
 *     中车大同电力机车有限公司, 绍兴一中); the name starts where the clause,
 *     a list mark or a verb/preposition ends (来到|东莞市宇瞳光学公司).
 * Candidates overlap; the longest wins. A candidate that is only part of a
 * person's title (市委|书记, 北京大学国家发展研究院|名誉院长), of an event
 * name (国务院|常务会议, 全国人大常委会|第三次会议) or of a document title
 * (《中国人民政治协商会议全国委员会…》) is not emitted, but it still blocks
 * shorter candidates inside it and the places inside it (see locations.ts).
 * When the article prints both a place-qualified and a relative form
 * (太原市水务局 / 市水务局), the relative form resolves to the full one.
 */
import type { Article, NamedMention, Span } from '../document.js';
import type { Stage } from '../stage.js';
import { bookTitleMask, CLAUSE_BREAK, firstCharTable, isHan, type ArticleContext } from './context.js';
import { gazetteer, type Place } from '../lexicons/gazetteer.js';
import type { z } from 'zod';
import { lexicons } from '../lexicons/index.js';
import { readLexicon } from '../lexicons/load.js';
import { OrganizationsLexicon } from '../lexicons/schemas.js';

interface Compiled {
  lex: z.output<typeof OrganizationsLexicon>;
  standalone: Set<string>;
  standaloneLengths: Map<string, number[]>;
  standaloneStarts: Uint8Array;
  jurisdiction: Set<string>;
  jurisdictionCodes: Uint8Array;
  deptSuffixes: Map<string, string[]>;
  natPrefixes: string[];
  natSuffixes: Map<string, string[]>;
  instSuffixes: string[];
  instSuffixRe: RegExp;
  notOrg: string[];
  categoryList: RegExp;
  bodyStops: Set<string>;
  nameStops: Set<string>;
  nameStopMax: number;
  titleHeads: Set<string>;
  titleHeadMax: number;
  titleAfter: RegExp;
  subUnit: RegExp;
  nameStopTags: Set<string>;
  kindOnlyTags: Set<string>;
  eventAfter: RegExp;
  numberedSchool: RegExp;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  const lex = readLexicon('organizations.json', OrganizationsLexicon);
  const byLength = (a: string, b: string) => b.length - a.length;
  const heads = [...lexicons().titles.heads, ...lex.extraTitleHeads];
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alt = (ws: string[]) => [...ws].sort(byLength).map(esc).join('|');
  // After the name: an optional sub-unit (…研究所), modifiers (副, 名誉), then a title head.
  const titleAfter = new RegExp(
    `^(?:[^\\s，。、；：！？（）“”《》的在向对把将从为是了并等关于]{0,12}?(?:${lex.subUnitSuffixes}))?(?:${alt(lex.titleModifiers)}){0,3}(?:${alt(heads)})`,
  );
  const inst = [...lex.institutionSuffixes].sort(byLength);
  compiled = {
    lex,
    standalone: new Set(lex.standalone),
    standaloneLengths: lengthsByFirstChar(lex.standalone),
    standaloneStarts: firstCharTable(lex.standalone),
    jurisdiction: new Set(lex.jurisdictionPrefixes),
    jurisdictionCodes: firstCharTable(lex.jurisdictionPrefixes),
    deptSuffixes: byFirstChar(lex.departmentSuffixes),
    natPrefixes: lex.nationalPrefixes,
    natSuffixes: byFirstChar(lex.nationalSuffixes),
    instSuffixes: inst,
    categoryList: new RegExp(`(?:${lex.categoryQuantifiers.join('|')})(?:[^，,。；;、]*、)*$`),
    instSuffixRe: new RegExp(`(?:${inst.join('|')}|${lex.numberedSchool})`, 'g'),
    notOrg: lex.notOrganizations,
    bodyStops: new Set([...lex.bodyStops]),
    nameStops: new Set(lex.nameStops),
    nameStopMax: Math.max(...lex.nameStops.map((s) => s.length)),
    titleHeads: new Set(heads),
    titleHeadMax: Math.max(...heads.map((h) => h.length)),
    titleAfter,
    subUnit: new RegExp(`^[\\u4e00-\\u9fff]{2,5}?(${alt(lex.subUnitHeads)})`),
    nameStopTags: new Set(lex.nameStopTags),
    kindOnlyTags: new Set(lex.kindOnlyTags),
    eventAfter: new RegExp(lex.eventAfter),
    numberedSchool: new RegExp(`^${lex.numberedSchool}$`),
  };
  return compiled;
}

interface Candidate extends Span {
  /** Emitted as an organization (false: only inside a title, event name or document title). */
  standsAlone: boolean;
}

const cache = new WeakMap<Article, Candidate[]>();

/** Spans of every organization candidate, emitted or not; places inside them are not locations. */
export function organizationSpans(article: Article, ctx: ArticleContext): Span[] {
  return candidates(article, ctx);
}

export const organizationStage: Stage = {
  name: 'organizations',
  requires: ['furniture', 'sentences', 'persons'],
  assigns: ['organizations'],
  run: recognizeOrganizations,
};

export function recognizeOrganizations(article: Article, ctx: ArticleContext): void {
  const { lex } = compile();
  const { text } = article;
  const kept = candidates(article, ctx).filter((c) => c.standsAlone);
  const names = new Set(kept.map((c) => text.slice(c.start, c.end)));
  const found: NamedMention[] = kept.map((c) => {
    const name = text.slice(c.start, c.end);
    let canonical = lex.aliases[name];
    // 市水务局 printed beside 太原市水务局: one body, the full form names it.
    if (!canonical && compile().jurisdiction.has(name[0]!)) {
      for (const other of names) if (other.length > name.length && other.endsWith(name) && !compile().jurisdiction.has(other[0]!)) canonical = other;
    }
    return { name, start: c.start, end: c.end, ...(canonical && canonical !== name ? { canonical } : {}) };
  });
  // 中央党校（国家行政学院）: the bracketed form is another name of the body before it.
  for (let i = 1; i < found.length; i++) {
    const outer = found[i - 1]!;
    const inner = found[i]!;
    if (inner.start === outer.end + 1 && /[（(]/.test(text[outer.end]!) && /[）)]/.test(text[inner.end] ?? '')) inner.canonical = outer.canonical ?? outer.name;
  }
  article.organizations = found;
}

function candidates(article: Article, ctx: ArticleContext): Candidate[] {
  let found = cache.get(article);
  if (!found) {
    found = new CandidateScan(article, ctx).run();
    cache.set(article, found);
  }
  return found;
}

/**
 * One scan of an article for organization candidates: a method per shape,
 * then extension and the longest-first choice. (Separate methods also keep
 * each piece small for the optimizing compiler: a rare branch taken late
 * recompiles one shape, not the whole scan.)
 */
class CandidateScan {
  private readonly c = compile();
  private readonly text: string;
  private readonly personAt: Uint8Array;
  private readonly raw: Span[] = [];

  constructor(
    article: Article,
    private readonly ctx: ArticleContext,
  ) {
    this.text = article.text;
    this.personAt = new Uint8Array(this.text.length);
    for (const p of article.persons) this.personAt.fill(1, p.start, p.end);
  }

  run(): Candidate[] {
    this.standaloneBodies();
    this.localDepartments();
    this.nationalUnits();
    this.namedInstitutions();
    for (const span of this.raw) this.extend(span);
    return this.longestFirst();
  }

  /** Standalone bodies, longest first at each position. */
  private standaloneBodies(): void {
    const { c, text } = this;
    for (let pos = 0; pos < text.length; pos++) {
      if (!c.standaloneStarts[text.charCodeAt(pos)]) continue;
      for (const len of c.standaloneLengths.get(text[pos]!) ?? NO_LENGTHS) {
        const word = text.slice(pos, pos + len);
        if (!c.standalone.has(word)) continue;
        if (this.suffixAllowed(word.slice(-1), pos + len, false) && (!c.jurisdiction.has(word[0]!) || this.startsWord(pos))) this.raw.push({ start: pos, end: pos + len });
        break;
      }
    }
  }

  /** Local departments: prefix + body + suffix, the longest valid one per prefix. */
  private localDepartments(): void {
    const { c, text } = this;
    const n = text.length;
    for (let pos = 0; pos < n; pos++) {
      if (!c.jurisdictionCodes[text.charCodeAt(pos)]) continue;
      // 县|河南瑞丰集团, 市|郏县河南瑞丰集团: a body that opens with a place is a named institution the division locates.
      if (this.shortPlaceOpens(pos + 1) || this.fullDivisionOpens(pos + 1)) continue;
      let best = -1;
      // Asked only once a suffix fits: the word checks tag the sentence, and most 省/市/县 head no department.
      let startsWord: boolean | undefined;
      bodies: for (let bodyLen = 1; bodyLen <= 10 && pos + 1 + bodyLen < n; bodyLen++) {
        const bodyEnd = pos + 1 + bodyLen;
        if (!isHan(text[bodyEnd - 1]) || CLAUSE_BREAK.has(text[bodyEnd - 1]!)) break;
        for (const suffix of c.deptSuffixes.get(text[bodyEnd]!) ?? NO_WORDS) {
          if (!text.startsWith(suffix, bodyEnd)) continue;
          const end = bodyEnd + suffix.length;
          if (!this.bodyOk(pos + 1, bodyEnd) || !this.fits(pos, end) || this.ordinaryEnding(pos, end)) continue;
          if (!(startsWord ??= this.startsWord(pos))) break bodies;
          if (this.suffixAllowed(suffix, end)) best = Math.max(best, end);
        }
      }
      if (best > 0) this.raw.push({ start: pos, end: best });
    }
  }

  /** National units: 中央/国家/全国 + body + narrow suffix. */
  private nationalUnits(): void {
    const { c, text } = this;
    for (const prefix of c.natPrefixes) {
      for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
        const from = at + prefix.length;
        let best = -1;
        for (let bodyLen = 1; bodyLen <= 12 && from + bodyLen < text.length; bodyLen++) {
          const bodyEnd = from + bodyLen;
          if (!isHan(text[bodyEnd - 1])) break;
          for (const suffix of c.natSuffixes.get(text[bodyEnd]!) ?? NO_WORDS) {
            if (!text.startsWith(suffix, bodyEnd)) continue;
            const end = bodyEnd + suffix.length;
            if (this.suffixAllowed(suffix, end) && this.bodyOk(from, bodyEnd) && this.fits(at, end) && !this.ordinaryEnding(at, end)) best = Math.max(best, end);
          }
        }
        if (best > 0) this.raw.push({ start: at, end: best });
      }
    }
  }

  /** Named institutions: scan back from the suffix to where the name starts. */
  private namedInstitutions(): void {
    const { c, text } = this;
    for (const m of text.matchAll(c.instSuffixRe)) {
      const sufStart = m.index!;
      const end = sufStart + m[0].length;
      if (!this.suffixAllowed(m[0], end)) continue;
      // The suffix starts a word of its own (集中|学习 holds no 中学).
      const cross = this.ctx.words.tokenAt(sufStart);
      if (cross && cross.start < sufStart && cross.end < end) continue;
      const start = this.nameStart(sufStart);
      if (start < 0) continue;
      if (c.numberedSchool.test(m[0])) {
        // 绍兴一中: only a place name before the number.
        const place = this.placeEndingAt(sufStart);
        if (place >= 0) this.raw.push({ start: place, end });
        continue;
      }
      if (sufStart - start < 2 || !this.fits(start, end) || this.ordinaryEnding(start, end)) continue;
      if (c.notOrg.includes(text.slice(start, sufStart)) || this.inCategoryList(start) || this.namesNothing(start, sufStart)) continue;
      this.raw.push({ start, end });
    }
  }

  /** Every word before the suffix only tells what is done or what kind it is (希望|学校, 现代|大学): no name. */
  private namesNothing(start: number, sufStart: number): boolean {
    for (let at = start; at < sufStart; ) {
      const tok = this.ctx.words.tokenAt(at);
      if (!tok || tok.end > sufStart || !this.c.kindOnlyTags.has(tok.tag)) return false;
      at = tok.end;
    }
    return true;
  }

  /**
   * A kind of institution, not one: an item of a list a quantifier opens
   * (培育一批林业产业龙头企业、林业示范合作社等新型经营主体).
   */
  private inCategoryList(start: number): boolean {
    const clauseStart = Math.max(0, start - 60);
    return this.c.categoryList.test(this.text.slice(clauseStart, start));
  }

  /** Behind a place name (陕西|省委) or an organ prefix (共青团|绍兴市委); tails and sub-units after. */
  private extend(span: Span): void {
    const { c, text } = this;
    // 山西长治市沁源县|山西通洲集团: a name that opens with a place of its own is only located by the places before it.
    const located = this.opensWithPlace(span);
    for (let guard = 0; guard < 3; guard++) {
      const placeStart = this.placeEndingAt(span.start + (c.jurisdiction.has(text[span.start]!) ? 1 : 0));
      if (placeStart >= 0 && placeStart < span.start && !this.personAt[placeStart] && !located) {
        span.start = placeStart;
        continue;
      }
      // (endsWith with a position: startsWith at a negative one would clamp to 0 and match the text's start.)
      const organ = c.lex.organPrefixes.find((o) => text.endsWith(o, span.start));
      if (organ && !text.slice(span.start, span.end).startsWith('团')) {
        span.start -= organ.length;
        continue;
      }
      break;
    }
    // Tails that stay part of the body: 全国政协|机关, 校党委|理论学习中心组; sub-units: 公安部|禁毒局, 全国人大常委会|执法检查组.
    const tail = c.lex.orgTails.find((w) => text.startsWith(w, span.end));
    if (tail && !/^机关(?:报|党|干|事|工)/.test(text.slice(span.end, span.end + 3))) span.end += tail.length;
    else {
      const sub = c.subUnit.exec(text.slice(span.end, span.end + 8));
      if (sub && this.bodyOk(span.end, span.end + sub[0].length - sub[1]!.length) && this.suffixAllowed(sub[1]!, span.end + sub[0].length)) span.end += sub[0].length;
    }
  }

  /** Longest first; a longer candidate hides the shorter ones it overlaps. */
  private longestFirst(): Candidate[] {
    const { c, text, raw } = this;
    raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const inBookTitle = bookTitleMask(text);
    const taken = new Uint8Array(text.length);
    const out: Candidate[] = [];
    for (const span of raw) {
      let free = true;
      for (let i = span.start; i < span.end && free; i++) if (taken[i]) free = false;
      if (!free || this.ctx.inFurniture(span.start)) continue;
      taken.fill(1, span.start, span.end);
      const standsAlone = !inBookTitle[span.start] && !this.titleFollows(span.end) && !c.eventAfter.test(text.slice(span.end, span.end + 8));
      out.push({ ...span, standsAlone });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private fits(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.personAt[i] || CLAUSE_BREAK.has(this.text[i]!)) return false;
    return true;
  }

  private suffixAllowed(suffix: string, end: number, wordCheck = true): boolean {
    const { c, text } = this;
    const after = text.slice(end, end + 4);
    for (const w of c.lex.notAfterSuffix['*'] ?? []) if (after.startsWith(w)) return false;
    for (const w of c.lex.notAfterSuffix[suffix] ?? []) if (after.startsWith(w)) return false;
    if (!wordCheck) return true;
    // No word of jieba's crosses the end (中央决策|部署).
    const t = this.ctx.words.tokenAt(end - 1);
    // (大学教授 is one word to jieba, yet 大学 ends a name before a title.)
    return !(t && t.end > end && t.word.length > 1 && !this.titleFollows(end));
  }

  private ordinaryEnding(start: number, end: number): boolean {
    const s = this.text.slice(start, end);
    return this.c.notOrg.some((w) => s.endsWith(w));
  }

  private bodyOk(start: number, end: number): boolean {
    const { c, text } = this;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (!isHan(ch) || c.bodyStops.has(ch)) return false;
      // 和 joins two bodies (市教育局和市城投集团), not two words of one name (规划和自然资源局).
      if (ch === '和' && (c.jurisdiction.has(text[i + 1]!) || text.startsWith('自治区', i + 1) || /[局厅委办部院署社司处]/.test(text[i - 1] ?? '') || /^(?:中央|国家|省委|市委)/.test(text.slice(i + 1, i + 3)))) return false;
    }
    const body = text.slice(start, end);
    if (c.lex.bodyStopWords.some((w) => body.includes(w))) return false;
    for (let i = start; i < end; i++) {
      for (let len = 2; len <= c.titleHeadMax && i + len <= end; len++) if (c.titleHeads.has(text.slice(i, i + len))) return false;
    }
    return true;
  }

  private startsWord(pos: number): boolean {
    const { c, text } = this;
    if (pos > 0 && c.lex.jurisdictionNotAfter.includes(text[pos - 1]!) && this.placeEndingAt(pos) < 0 && this.placeEndingAt(pos + 1) < 0) return false;
    const t = this.ctx.words.tokenAt(pos);
    if (!t || t.start === pos) return true;
    // 由省|工信厅, 及市|卫生健康委: jieba glued a function word to the prefix.
    if (pos - t.start === 1 && c.bodyStops.has(text[t.start]!)) return true;
    // 太原市|水务局: the prefix closes a place name.
    return this.placeEndingAt(pos + 1) >= 0 || this.placeEndingAt(pos) >= 0;
  }

  /** Does a province or city written short (河南, 山西; not the county 公安 in 公安局) open a name at `from`? */
  private shortPlaceOpens(from: number): boolean {
    return this.placeOpens(from, (place, surface) => (place.level === 'province' || place.level === 'city') && place.name !== surface);
  }

  /** Does a division written in full (郏县, 平顶山市) open a name at `from`? */
  private fullDivisionOpens(from: number): boolean {
    return this.placeOpens(from, (place, surface) => place.code !== null && place.name === surface);
  }

  private placeOpens(from: number, accept: (place: Place, surface: string) => boolean): boolean {
    const gaz = gazetteer();
    return gaz.surfaceLengthsAt(this.text, from).some((len) => {
      const surface = this.text.slice(from, from + len);
      return accept(gaz.bySurface.get(surface)!, surface);
    });
  }

  /**
   * Does a named institution open with a place name written short (山西|通洲集团, 太原|理工大学)? One written in
   * full (晋源区|实验中学) still takes the places above it; a department's prefix (市|水务局) is no place.
   */
  private opensWithPlace(span: Span): boolean {
    if (this.c.jurisdiction.has(this.text[span.start]!)) return false;
    return this.shortPlaceOpens(span.start) && !gazetteer().surfaceLengthsAt(this.text, span.start).some((len) => span.start + len >= span.end);
  }

  /** Start of a gazetteer place that ends exactly at `end`, or -1. */
  private placeEndingAt(end: number): number {
    return gazetteer().placeStartEndingAt(this.text, end, 9, notTownship);
  }

  private titleFollows(end: number): boolean {
    return this.c.titleAfter.test(this.text.slice(end, end + 24));
  }

  private joinsName(andAt: number, sufStart: number): boolean {
    const { c, text } = this;
    if (andAt + 1 >= sufStart) return false;
    const before = this.ctx.words.tokenEndingAt(andAt);
    if (!before || before.word.length !== 2) return false;
    const prev = text[before.start - 1];
    if (prev === undefined || !isHan(prev) || CLAUSE_BREAK.has(prev) || prev === '、') return true;
    return c.natPrefixes.some((p) => text.endsWith(p, before.start)) || /人大$/.test(text.slice(0, before.start));
  }

  private nameStart(sufStart: number): number {
    const { c, text } = this;
    let start = sufStart;
    while (start > 0 && sufStart - start < 14) {
      const ch = text[start - 1]!;
      if (!isHan(ch) || CLAUSE_BREAK.has(ch) || ch === '、' || this.personAt[start - 1]) break;
      // 沁源县|山西通洲集团: a division written in full before a name that opens with a place of its own only
      // locates it (国家电网山西省电力公司 runs on over 山西省).
      if (start < sufStart && gazetteer().divisionInFullEndsAt(text, start) && this.shortPlaceOpens(start)) break;
      // 宪法和法律委员会, 文化和旅游部: 和 between two words right after a boundary joins one name.
      if (ch === '和' && this.joinsName(start - 1, sufStart)) {
        start--;
        continue;
      }
      let stop = false;
      for (let len = 1; len <= c.nameStopMax && len <= start; len++) {
        if (c.nameStops.has(text.slice(start - len, start))) {
          // A stop word inside a longer word of jieba's is no stop (人民|日报 keeps 日).
          const t = this.ctx.words.tokenAt(start - len);
          if (!t || t.end <= start) stop = true;
        }
      }
      if (stop) break;
      // A verb, adverb, preposition or pronoun before the name ends it (鼓励|学校, 立足|人民日报社).
      const t = this.ctx.words.tokenAt(start - 1);
      if (t && t.end === start && c.nameStopTags.has(t.tag)) break;
      start--;
    }
    return sufStart - start > 13 ? -1 : start;
  }
}

const NO_WORDS: string[] = [];
const NO_LENGTHS: number[] = [];

/** Words grouped by their first character, so a position only tries the words that can start there. */
function byFirstChar(words: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) out.set(w[0]!, [...(out.get(w[0]!) ?? []), w]);
  return out;
}

const notTownship = (place: Place) => place.level !== 'township';

/** For each first character, the lengths of the words that start with it, longest first. */
function lengthsByFirstChar(words: string[]): Map<string, number[]> {
  return new Map([...byFirstChar(words)].map(([first, group]) => [first, [...new Set(group.map((w) => w.length))].sort((a, b) => b - a)]));
}
