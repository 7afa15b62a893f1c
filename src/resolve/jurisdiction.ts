/**
 * Which local jurisdiction a person mention belongs to, so one name in two
 * cities becomes two people while a leader who rises from a province to the
 * centre stays one person (刘奇: 江西省委书记 in 2020, a national role later).
 *
 * A mention is local when the article is a local report (relative titles such
 * as 市委书记/县长, or 全市/全县 framing) and the person's titles are not
 * national or provincial; its jurisdiction is then the city or county the
 * article names most often. Everyone else resolves by name alone.
 */
import type { Article, PersonMention } from '../document.js';
import { gazetteer, type Place } from '../lexicons/gazetteer.js';
import { readLexicon } from '../lexicons/load.js';
import { inOrder } from '../lexicons/patterns.js';
import { JurisdictionLexicon } from '../lexicons/schemas.js';

/** Division names in a short string (a source line), longest first at each position. */
function placesIn(text: string): Array<[string, Place]> {
  const gaz = gazetteer();
  const found: Array<[string, Place]> = [];
  for (let pos = 0; pos < text.length; pos++) {
    for (const len of gaz.surfaceLengthsAt(text, pos)) {
      const place = gaz.bySurface.get(text.slice(pos, pos + len));
      if (place?.code) {
        found.push([text.slice(pos, pos + len), place]);
        pos += len - 1;
        break;
      }
    }
  }
  return found;
}

const { localFrame, nationalOrProvincial, nationalFrame } = readLexicon('jurisdiction.json', JurisdictionLexicon);
const LOCAL_FRAME = new RegExp(
  `(?:^|[，。、\\n])(?:${inOrder(localFrame.clauseOpeners)})|${inOrder(localFrame.anywhere)}|(?:^|[，。、\\n在和])市[\\u4e00-\\u9fff]{1,6}(?:${inOrder(localFrame.cityDepartmentSuffixes)})`,
);
/** A title relative to the report's own city or county: 市委书记, 县长, 县人大常委会主任 (not 市场监管局局长). */
function isRelativeTitle(title: string): boolean {
  return localFrame.titlePrefixes.some((p) => title.startsWith(p)) && !localFrame.notTitlePrefixes.some((p) => title.startsWith(p));
}

/** A relative title (市委书记, 县长) or one naming the local city itself (太原市委书记, 太原市长). */
function isLocalTitle(title: string, local: string): boolean {
  return isRelativeTitle(title) || title.startsWith(local.replace(/市$/, ''));
}

/**
 * The prefecture-level city a title names at its start, its own or that of
 * the county it names: 周口市委书记 → 周口市, 仁寿县委书记 → 眉山市; null for
 * provinces and municipalities (山西省委常委, 北京市委书记) and relative titles.
 */
export function titleCity(title: string): string | null {
  const gaz = gazetteer();
  // The longest place name decides: 三河镇党委书记 names a township, not 三河(市).
  const len = gaz.surfaceLengthsAt(title, 0).find((n) => n >= 2 && n < title.length);
  const place = len ? gaz.bySurface.get(title.slice(0, len)) : undefined;
  if (!place?.code || (place.level !== 'city' && place.level !== 'county')) return null;
  const city = gaz.byCode.get(place.code.slice(0, 4));
  return city?.level === 'city' ? city.name : null;
}
const NATIONAL_OR_PROVINCIAL = new RegExp(`^(?:${inOrder(nationalOrProvincial.titlePrefixes)})|^(?:${inOrder(nationalOrProvincial.titles)})$`);

/**
 * The division codes an article names: its places (meeting names included),
 * the places of its title and source line. A township or lower (三河镇) counts
 * only when a city or county of the article contains it: township names recur
 * across provinces (三河镇 is in Anhui and Heilongjiang) and the gazetteer keeps
 * one of them, so such a name alone decides nothing.
 */
function placeEvidence(article: Article): string[] {
  const codes: string[] = [];
  for (const l of article.locations) if (l.divisionCode) codes.push(l.divisionCode);
  for (const line of [article.title ?? '', article.source ?? ''])
    for (const [surface, place] of placesIn(line)) if (surface.length >= 2 && place.code) codes.push(place.code);
  const higher = codes.filter((c) => c.length <= 6);
  return codes.filter((c) => c.length <= 6 || higher.some((h) => c.startsWith(h)));
}

/** Written as a local report (市委…, 全市…, 我市…, 市水务局), whether or not its city can be told. */
export function isLocalReport(article: Article): boolean {
  return LOCAL_FRAME.test(article.text) || article.persons.some((p) => p.titles.some(isRelativeTitle));
}

/**
 * The prefecture-level city a local article reports on (a county counts for
 * its city: 苍南县 and 龙港市 are both 温州市), or null for national and
 * provincial reports. The source line counts too (绍兴日报).
 */
export function articleJurisdiction(article: Article): string | null {
  if (!isLocalReport(article)) return null;
  const gaz = gazetteer();
  const counts = new Map<string, number>();
  for (const code of placeEvidence(article)) {
    const city = code.length >= 4 ? gaz.byCode.get(code.slice(0, 4)) : undefined;
    if (city?.level === 'city') counts.set(city.name, (counts.get(city.name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, n] of counts) if (n > bestCount) [best, bestCount] = [name, n];
  return best;
}

/**
 * The jurisdiction key of one person in one article, from all their mentions
 * there: the article's city for local people, null for everyone else. One
 * national or provincial title anywhere in the article decides (蔡奇 first
 * named bare, then as 中共中央政治局常委), and so does a national frame after
 * the name (以习近平同志为核心的党中央), unless the person also holds a title
 * of the article's own city or county: 省委常委、市委书记韦韬 is Taiyuan's
 * party secretary, a local official with a provincial seat. A title naming a
 * city or county decides first, wherever the report is from: 周口市委书记 in
 * a provincial report, or a visiting 杭州市委书记 in a 绍兴 one.
 */
export function personJurisdiction(mentions: readonly PersonMention[], text: string, local: string | null, provinceNames: (title: string) => boolean): string | null {
  const named = mentions.flatMap((m) => m.titles.map(titleCity)).find((city) => city !== null);
  if (named) return named;
  if (!local) return null;
  if (mentions.some((m) => m.titles.some((t) => isLocalTitle(t, local)))) return local;
  return isNationalOrProvincial(mentions, text, provinceNames) ? null : local;
}

/** A national or provincial title anywhere in the article (蔡奇 first named bare, then 中共中央政治局常委), or 以X同志为核心的党中央. */
export function isNationalOrProvincial(mentions: readonly PersonMention[], text: string, provinceNames: (title: string) => boolean): boolean {
  if (mentions.some((m) => m.titles.some((t) => NATIONAL_OR_PROVINCIAL.test(t) || provinceNames(t)))) return true;
  return mentions.some((m) => nationalFrame.followers.some((f) => text.startsWith(f, m.end)));
}

/** The divisions a local article is about, for relative organization names (市委 → 太原市委). */
export interface ArticlePlaces {
  /** The city 市… names: the prefecture city, or a county-level city the article names more often than it. */
  city: Place | null;
  /** The prefecture-level division the article reports on (太原市, 凉山彝族自治州: what 州… names). */
  prefecture: Place | null;
  /** The county 县… names, and the district 区… names (only within the article's city). */
  county: Place | null;
  district: Place | null;
  /** The province 省… names: the city's province. */
  province: Place | null;
}

const NO_PLACES: ArticlePlaces = { city: null, prefecture: null, county: null, district: null, province: null };

/**
 * The province of a provincial report: every place it names lies in one
 * province (山西 expo in 大同: 省政府 is 山西省政府); null when it names none
 * or several.
 */
function soleProvince(article: Article): Place | null {
  const provinces = new Set(placeEvidence(article).map((code) => code.slice(0, 2)));
  if (provinces.size !== 1) return null;
  const place = gazetteer().byCode.get([...provinces][0]!);
  return place?.level === 'province' ? place : null;
}

/**
 * Which city, county, district and province the article's relative forms
 * refer to. Only local articles (see articleJurisdiction) get a city, county or
 * district (a county or district must be named in the article and lie in its
 * city); a provincial report gets its province when it names places of one only.
 */
export function articlePlaces(article: Article): ArticlePlaces {
  const cityName = articleJurisdiction(article);
  const gaz = gazetteer();
  if (!cityName) return { ...NO_PLACES, province: soleProvince(article) };
  const prefecture = [...gaz.byCode.values()].find((p) => p.level === 'city' && p.name === cityName) ?? null;
  if (!prefecture?.code) return NO_PLACES;
  const counts = new Map<string, number>();
  for (const code of placeEvidence(article)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const top = (test: (p: Place) => boolean): Place | null => {
    let best: Place | null = null;
    let n = 0;
    for (const [code, c] of counts) {
      const p = gaz.byCode.get(code);
      if (p && p.level === 'county' && p.parentCode === prefecture.code && test(p) && c > n) [best, n] = [p, c];
    }
    return best;
  };
  const countyCity = top((p) => p.name.endsWith('市'));
  const city = countyCity && (counts.get(countyCity.code!) ?? 0) > (counts.get(prefecture.code) ?? 0) ? countyCity : prefecture;
  return {
    city,
    prefecture,
    county: top((p) => p.name.endsWith('县')),
    district: top((p) => p.name.endsWith('区')),
    province: gaz.parentOf(prefecture) ?? null,
  };
}
