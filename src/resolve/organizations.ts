/**
 * Organization names across articles: short forms take the full name from the
 * alias table (工信部 → 工业和信息化部; the recognizer already applies it), and
 * relative forms (市委, 市水务局, 县委, 省工信厅, 团市委) take the division the
 * article is about (太原市委) when the article makes it clear (see
 * articlePlaces); otherwise they stay as printed. The printed form is always
 * kept as an alias, so gold that lists 市委 still matches 太原市委.
 */
import type { NamedMention } from '../document.js';
import { readLexicon } from '../lexicons/load.js';
import { OrganizationsLexicon } from '../lexicons/schemas.js';
import type { ArticlePlaces } from './jurisdiction.js';

export type OrgRule = 'same name' | 'alias table' | 'same jurisdiction';

export interface ResolvedOrganization {
  name: string;
  /** Printed and intermediate forms other than name. */
  aliases: string[];
  /** The division a relative form was resolved to. */
  place?: string;
}

let aliasTable: Record<string, string> | undefined;
export function organizationAliases(): Record<string, string> {
  aliasTable ??= readLexicon('organizations.json', OrganizationsLexicon).aliases;
  return aliasTable;
}

/** Colloquial forms of relative names the lexicon does not list. */
const LOCAL_ALIASES: Record<string, string> = { 市府: '市政府', 县府: '县政府', 区府: '区政府', 省府: '省政府' };

/** 市… / 县… / 区… / 省… / 自治区… / 州…, optionally behind 团 or 中共; 市场监管总局 and 区域医疗中心 are no relative forms. */
const RELATIVE = /^(共青团|团|中共)?([省市县区州]|自治区)(?![场域])(.+)$/;

/** The division a relative prefix names: 自治区 is the article's province (广西壮族自治区), 州 its prefecture when that is an autonomous prefecture. */
function placeOfPrefix(prefix: string, places: ArticlePlaces): ArticlePlaces[keyof ArticlePlaces] {
  if (prefix === '市') return places.city;
  if (prefix === '县') return places.county;
  if (prefix === '区') return places.district;
  if (prefix === '州') return places.prefecture?.name.endsWith('州') ? places.prefecture : null;
  return places.province;
}

export function resolveOrganization(mention: NamedMention, places: ArticlePlaces): ResolvedOrganization {
  const printed = mention.name;
  const table = organizationAliases();
  let name = mention.canonical ?? table[printed] ?? LOCAL_ALIASES[printed] ?? printed;
  const aliases = new Set<string>([printed]);
  const m = RELATIVE.exec(name);
  if (m) {
    const [, organ, prefix, rest] = m;
    const place = placeOfPrefix(prefix!, places);
    if (place) {
      aliases.add(name);
      name = `${organ === '中共' ? '中共' : organ ? '共青团' : ''}${place.name}${rest}`;
      aliases.delete(name);
      return { name, aliases: [...aliases], place: place.name };
    }
  }
  aliases.delete(name);
  return { name, aliases: [...aliases] };
}

/** The rule by which resolveOrganization gave `mention` the name `resolved` (for kg explain; only asked when merges are recorded). */
export function organizationMerge(mention: NamedMention, resolved: ResolvedOrganization): { rule: OrgRule; why: string } {
  const printed = mention.name;
  if (resolved.place) return { rule: 'same jurisdiction', why: `relative form ${printed} in a report on ${resolved.place}` };
  const name = resolved.name;
  if (name === printed) return { rule: 'same name', why: 'same name' };
  if (organizationAliases()[printed] === name) return { rule: 'alias table', why: `${printed} → ${name} (organizations.json aliases)` };
  if (mention.canonical === undefined) return { rule: 'alias table', why: `${printed} → ${name}` };
  // The recognizer took the fuller form printed in the same article: 太原市水务局 beside 市水务局, 中央党校（国家行政学院）.
  if (name.endsWith(printed)) return { rule: 'same jurisdiction', why: `short form of ${name}, printed in full in the article` };
  return { rule: 'alias table', why: `${printed} is another name of ${name}` };
}
