/**
 * Administrative containment from the gazetteer. Municipalities' placeholder
 * level (北京市 → 市辖区 → 东城区) is skipped: a division whose parent code is
 * not a place goes to the shorter code's place (110101 → 11).
 */
import { gazetteer, type Place } from '../lexicons/gazetteer.js';

/** The divisions containing the one with this code, nearest first (清徐县: 太原市, 山西省). */
export function ancestors(code: string): Place[] {
  const gaz = gazetteer();
  const out: Place[] = [];
  let place = gaz.byCode.get(code);
  let parent = place?.parentCode ?? null;
  while (parent) {
    const p = gaz.byCode.get(parent) ?? (parent.length > 2 ? gaz.byCode.get(parent.slice(0, parent.length - 2)) : undefined);
    if (!p || out.includes(p)) break;
    out.push(p);
    place = p;
    parent = p.parentCode;
  }
  return out;
}
