/**
 * Locations: gazetteer places found in the prose, longest first, and the
 * one-character abbreviations in their fixed frames (在京 → 京, alias 北京).
 * A place is not a location where it is only part of another name:
 *   - inside a person's name, or inside an organization candidate
 *     (浙江大学, 山西省委书记: see organizationSpans);
 *   - the first part of a compound name or slogan (中国|特色社会主义,
 *     延安|精神, 美丽|中国), or of a foreign title (老挝|总理);
 *   - a dateline (本报北京8月23日电);
 *   - cut out of a longer word of jieba's (均衡水平 holds no 衡水).
 * Named sites end in a venue suffix (元培广场, 运城博物馆, 南会村): the name
 * runs back from the suffix over whole words, at most SITE_NAME_MAX characters, to a clause or
 * list mark, a verb or a preposition. X流域 resolves to the river X.
 */
import type { Article, LocationMention, Span } from '../document.js';
import type { Stage } from '../stage.js';
import { bookTitleMask, CLAUSE_BREAK, isHan, type ArticleContext } from './context.js';
import { gazetteer, type Place } from '../lexicons/gazetteer.js';
import { lexicons } from '../lexicons/index.js';
import { organizationSpans } from './organizations.js';
import { wordStartsAt } from '../segment/index.js';

interface Rules {
  notBefore: string[];
  notAfter: string[];
  titleHeads: Set<string>;
  titleHeadMax: number;
  dateline: RegExp;
  basin: string;
  venueSuffix: RegExp;
  venueNotNames: Set<string>;
}

let rules: Rules | undefined;

function compile(): Rules {
  if (rules) return rules;
  const lex = gazetteer().lexicon;
  const heads = lexicons().titles.heads;
  const venue = [...lex.venueSuffixes].sort((a, b) => b.length - a.length);
  rules = {
    notBefore: lex.notBefore,
    notAfter: lex.notAfter,
    titleHeads: new Set(heads),
    titleHeadMax: Math.max(...heads.map((h) => h.length)),
    dateline: new RegExp(lex.datelineAfter),
    basin: lex.basinSuffix,
    venueSuffix: new RegExp(venue.join('|'), 'g'),
    venueNotNames: new Set(lex.venueNotNames),
  };
  return rules;
}

const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'x', 'j']);


/** Is [start, end) one word of jieba's with a proper-name tag? (Asked only when needed: it tags the sentence.) */
function isProperWord(ctx: ArticleContext, start: number, end: number): boolean {
  const tok = ctx.words.tokenAt(start);
  return tok !== undefined && tok.start === start && tok.end === end && PROPER_TAGS.has(tok.tag);
}

/** Is [start, end) one word of jieba's tagged as a common noun (城区/n, 矿区/n)? Real counties come tagged ns or nr (清徐县/nr). */
function isWordNotName(ctx: ArticleContext, start: number, end: number): boolean {
  const tok = ctx.words.tokenAt(start);
  return tok !== undefined && tok.start === start && tok.end === end && COMMON_NOUN_TAGS.has(tok.tag);
}

const COMMON_NOUN_TAGS = new Set(['n', 'vn']);

/** 奥的斯电梯（中国）有限公司, 中国（海南）自由贸易试验区: a place in brackets between two parts of one name belongs to the name. */
function bracketedInsideName(text: string, start: number, end: number): boolean {
  return /[（(]/.test(text[start - 1] ?? '') && /[）)]/.test(text[end] ?? '') && isHan(text[start - 2]) && isHan(text[end + 1]) && !CLAUSE_BREAK.has(text[end + 1]!);
}

/** 在诸暨召开, 在西昌举行: a short form between 在/到/赴 and the verb of an event names the place it is held in. */
function inPlaceFrame(text: string, start: number, end: number): boolean {
  return /[在到赴]/.test(text[start - 1] ?? '') && /^(?:召开|举行|举办|开幕|调研|考察|视察)/.test(text.slice(end, end + 2));
}

/**
 * A county or an autonomous prefecture written short (清徐, 涿州, 伊犁) names it only in an article that also
 * writes it in full or names a division above it (太原, 河北, 新疆), or whose source does (苍南新闻网); elsewhere
 * the short form is a word (科普惠民, 实业兴国, 巩固和平) or another region (海西, the western shore of the Strait).
 */
function shortFormWithoutAnchor(article: Article, l: LocationMention): boolean {
  if (!l.divisionCode || l.name === l.canonical || !(l.level === 'county' || l.canonical?.endsWith(AUTONOMOUS_PREFECTURE))) return false;
  // The paper's own county, which its articles write short (苍南新闻网: 苍南).
  if (article.source?.includes(l.name)) return false;
  if (inPlaceFrame(article.text, l.start, l.end)) return false;
  const gaz = gazetteer();
  const place = gaz.byCode.get(l.divisionCode)!;
  const parent = gaz.parentOf(place);
  const grandparent = parent && gaz.parentOf(parent);
  const anchors = [place.name, ...[parent, grandparent].flatMap((p) => (p ? gaz.writtenForms(p) : []))];
  return !anchors.some((a) => article.text.includes(a));
}

const AUTONOMOUS_PREFECTURE = '自治州';

/** Tags of a longer word that may still hold the place it starts with (山西省委/nt, 北京人民大会堂/ns). */
const NAME_WORD_TAGS = new Set(['ns', 'nt', 'nr', 'nrt']);

/** 长治|久安, 文山|会海: the place only opens a longer word of jieba's that is no name (长治久安/l, 文山会海/nz), so it is no place there. */
function beginsLongerCommonWord(ctx: ArticleContext, start: number, end: number): boolean {
  const tok = ctx.words.tokenAt(start);
  return tok !== undefined && tok.start === start && tok.end > end && !NAME_WORD_TAGS.has(tok.tag);
}
const isLocalLevel = (place: Place) => place.level === 'county' || place.level === 'township';

/** Tags of words that describe a kind of site rather than name one (贫困|社区, 薄弱|村). */
const DESCRIPTIVE_TAGS = new Set(['a', 'ad', 'an', 'b', 'v', 'vn', 'vd', 'd', 'zg', 'm', 'z']);

const STOP_TAGS = new Set(['v', 'p', 'c', 'u', 'ul', 'uj', 'uz', 'ud', 'ug', 'uv', 'r', 'd', 'f', 'm', 'q', 't']);

export const locationStage: Stage = {
  name: 'locations',
  requires: ['furniture', 'sentences', 'persons'],
  assigns: ['locations'],
  run: recognizeLocations,
};

export function recognizeLocations(article: Article, ctx: ArticleContext): void {
  const gaz = gazetteer();
  const r = compile();
  const { text } = article;
  const found: LocationMention[] = [];
  const blocked = new Uint8Array(text.length);
  for (const p of article.persons) blocked.fill(1, p.start, p.end);
  const orgSpans: Span[] = organizationSpans(article, ctx);
  const inOrg = new Uint8Array(text.length);
  for (const o of orgSpans) inOrg.fill(1, o.start, o.end);

  const sites = namedSites(article, ctx, r, inOrg, blocked);
  for (const s of sites) blocked.fill(1, s.start, s.end);
  const inBook = bookTitleMask(text);

  const partOfName = (start: number, end: number): boolean => {
    if (inOrg[start] && inOrg[end - 1]) return true;
    if (inBook[start]) return true;
    const after = text.slice(end, end + 6);
    // 北京人民大会堂 is two places; 中国人民 is a name.
    const placeFollows = gaz.surfaceLengthsAt(text, end).length > 0;
    if (!placeFollows && r.notBefore.some((w) => after.startsWith(w))) return true;
    if (r.notAfter.some((w) => text.endsWith(w, start))) return true;
    if (bracketedInsideName(text, start, end)) return true;
    for (let len = Math.min(r.titleHeadMax, after.length); len >= 2; len--) if (r.titleHeads.has(after.slice(0, len))) return true;
    if (r.dateline.test(after)) return true;
    // 北京|人民大会堂 is one word to jieba but two places. (After a break no word starts earlier: the sentence stays untagged.)
    const first = wordStartsAt(text, start) ? undefined : ctx.words.tokenAt(start);
    if (first && first.start < start && first.word.length > 1 && gaz.placeStartEndingAt(text, start, start - first.start) < 0) return true;
    return beginsLongerCommonWord(ctx, start, end);
  };

  for (let pos = 0; pos < text.length; pos++) {
    const lengths = gaz.surfaceLengthsAt(text, pos);
    if (!lengths.length || ctx.inFurniture(pos) || blocked[pos]) continue;
    for (const len of lengths) {
      const surface = text.slice(pos, pos + len);
      const place = gaz.bySurface.get(surface);
      if (!place || blocked[pos + len - 1]) continue;
      // A county written short (清徐, 诸暨) must be a name to jieba too, not a word (资源, 合作).
      if (place.level === 'county' && surface !== place.name && !isProperWord(ctx, pos, pos + len)) continue;
      // 城区, 矿区, 郊区: a one-character stem and a suffix that jieba knows as a common word names a
      // division only behind the place above it (阳泉市城区); longer ones are names (原平市/n, 果园乡/n).
      if (len === 2 && isLocalLevel(place) && isWordNotName(ctx, pos, pos + len) && gaz.placeStartEndingAt(text, pos, 9) < 0) continue;
      if (!partOfName(pos, pos + len)) {
        let canonical = place.name;
        let end = pos + len;
        // 黄河流域 is the river's basin: one place with the river.
        if (place.level === 'water' && text.startsWith(r.basin, end)) end += r.basin.length;
        else if (surface.endsWith(r.basin) && gaz.bySurface.get(surface.slice(0, -r.basin.length))?.level === 'water') canonical = surface.slice(0, -r.basin.length);
        found.push({ name: text.slice(pos, end), canonical, start: pos, end, divisionCode: place.code, level: place.level });
      }
      pos += len - 1;
      break;
    }
  }
  for (const frame of gaz.lexicon.abbreviationFrames) {
    let at = text.indexOf(frame);
    while (at >= 0) {
      const start = at + frame.length - 1;
      const short = text[start]!;
      const full = gaz.lexicon.abbreviations[short] ?? short;
      // 京 → 北京 → 北京市: the same node as the written-out city.
      const place = gaz.bySurface.get(full);
      found.push({ name: short, canonical: place?.name ?? full, start, end: start + 1, divisionCode: place?.code ?? null, level: 'city' });
      at = text.indexOf(frame, at + 1);
    }
  }
  found.push(...sites);
  article.locations = found.filter((l) => !shortFormWithoutAnchor(article, l)).sort((a, b) => a.start - b.start);
}

/** 运城博物馆, 元培广场, 冯南垣村: a short proper name before a venue suffix. */
function namedSites(article: Article, ctx: ArticleContext, r: Rules, inOrg: Uint8Array, blocked: Uint8Array): LocationMention[] {
  const { text } = article;
  const out: LocationMention[] = [];
  for (const m of text.matchAll(r.venueSuffix)) {
    const sufStart = m.index!;
    const end = sufStart + m[0].length;
    if (ctx.inFurniture(sufStart) || inOrg[sufStart] || blocked[sufStart]) continue;
    // The suffix is a word of its own, not the tail of a longer one (乡村|振兴).
    const last = ctx.words.tokenAt(end - 1);
    if (last && last.end > end) continue;
    const cross = ctx.words.tokenAt(sufStart);
    if (cross && cross.start < sufStart && cross.end < end) continue;
    // A dictionary word that ends in the suffix is a common noun (农村, 森林公园), a proper one is a name.
    if (cross && cross.start < sufStart && !PROPER_TAGS.has(cross.tag)) continue;
    const afterDivision = m[0] === VILLAGE ? villageStartAfterDivision(text, sufStart) : -1;
    let start = afterDivision >= 0 ? afterDivision : cross && cross.start < sufStart ? cross.start : sufStart;
    while (afterDivision < 0 && start > 0 && sufStart - start < SITE_NAME_MAX) {
      const ch = text[start - 1]!;
      if (!isHan(ch) || CLAUSE_BREAK.has(ch) || ch === '、' || blocked[start - 1]) break;
      // 麻田镇|南会村: the site name starts after the division that holds it.
      if (gazetteer().divisionInFullEndsAt(text, start)) break;
      const t = ctx.words.tokenAt(start - 1);
      if (t && STOP_TAGS.has(t.tag)) break;
      // A word that reaches past the longest name is not taken in part (山西建|筑产业…园区).
      if (t && t.start < sufStart - SITE_NAME_MAX) break;
      start = t && t.start < start ? t.start : start - 1;
    }
    const name = text.slice(start, end);
    if (sufStart - start < (m[0] === VILLAGE ? 1 : 2) || r.venueNotNames.has(name) || r.venueNotNames.has(text.slice(start, sufStart))) continue;
    if (describesOnly(ctx, start, sufStart)) continue;
    if (inOrg[start]) continue;
    out.push({ name, start, end, divisionCode: null, level: m[0] === VILLAGE ? 'village' : 'place' });
  }
  return out;
}

const VILLAGE = '村';
/** The most characters a site name runs back from its suffix. */
const SITE_NAME_MAX = 14;

/**
 * 僧念镇|段村, 云州区|坊城新村: right after a division written in full, the one to three characters before 村
 * name the village, whatever jieba makes of them (段/q 村, 区坊/x 城 新村); -1 when no division ends there.
 */
function villageStartAfterDivision(text: string, sufStart: number): number {
  for (let start = sufStart - 1; start >= Math.max(0, sufStart - 3); start--) {
    const ch = text[start]!;
    if (!isHan(ch) || CLAUSE_BREAK.has(ch) || ch === '、') return -1;
    if (gazetteer().divisionInFullEndsAt(text, start)) return start;
  }
  return -1;
}

/** Every word before the site suffix only describes (贫困社区, 薄弱村): a kind of site, not a named one. */
function describesOnly(ctx: ArticleContext, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const tok = ctx.words.tokenAt(at);
    if (!tok || !DESCRIPTIVE_TAGS.has(tok.tag)) return false;
    at = tok.end;
  }
  return true;
}

/**
 * A place that is only a word of an event's or a policy's name is not a
 * location of the article: 2022年太原能源低碳发展论坛, 黄河保护法,
 * “绿色苍南、美丽家园”活动, 长江经济带发展. A visit's name keeps its place,
 * which is where the visit went (在山西调研, 晋中市考察调研). Runs once
 * events and policies are known; the place's other mentions stay.
 */
export function dropPlacesInsideNames(article: Article): void {
  // reach[i]: the furthest end of a name starting at or before i (one pass, however many names and places).
  const reach = new Int32Array(article.text.length + 1);
  for (const n of [...article.policies, ...article.eventMentions.filter((m) => m.kind !== 'visit')]) reach[n.start] = Math.max(reach[n.start]!, n.end);
  for (let i = 1; i < reach.length; i++) reach[i] = Math.max(reach[i]!, reach[i - 1]!);
  article.locations = article.locations.filter((l) => reach[l.start]! < l.end);
}

export const placesInsideNamesStage: Stage = {
  name: 'places inside names',
  requires: ['locations', 'policies', 'eventMentions'],
  assigns: ['locations'],
  run: dropPlacesInsideNames,
};
