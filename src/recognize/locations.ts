/**
 * Locations: gazetteer places found in the prose, longest first, and the
 * one-character abbreviations in their fixed frames (在京 → 京, alias 北京).
 * A place word inside a person's name is not a location.
 */
import type { Article, LocationMention } from '../document.js';
import type { ArticleContext } from './context.js';
import { gazetteer } from './gazetteer.js';

export function recognizeLocations(article: Article, ctx: ArticleContext): void {
  const gaz = gazetteer();
  const { text } = article;
  const found: LocationMention[] = [];
  const personAt = new Uint8Array(text.length);
  for (const p of article.persons) personAt.fill(1, p.start, p.end);
  for (let pos = 0; pos < text.length; pos++) {
    const lengths = gaz.lengthsByFirstChar.get(text[pos]!);
    if (!lengths || ctx.inFurniture(pos) || personAt[pos]) continue;
    for (const len of lengths) {
      const surface = text.slice(pos, pos + len);
      const place = gaz.bySurface.get(surface);
      if (!place || personAt[pos + len - 1]) continue;
      found.push({ name: surface, canonical: place.name, start: pos, end: pos + len, divisionCode: place.code, level: place.level });
      pos += len - 1;
      break;
    }
  }
  for (const frame of gaz.lexicon.abbreviationFrames) {
    let at = text.indexOf(frame);
    while (at >= 0) {
      const start = at + frame.length - 1;
      const short = text[start]!;
      found.push({ name: short, canonical: gaz.lexicon.abbreviations[short] ?? short, start, end: start + 1, divisionCode: null, level: 'city' });
      at = text.indexOf(frame, at + 1);
    }
  }
  article.locations = found.sort((a, b) => a.start - b.start);
}
