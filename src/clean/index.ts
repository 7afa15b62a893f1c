/**
 * The clean stage: from a source record to an article whose text is the one
 * all offsets refer to. That text is the title (when the record has one), a
 * blank line, and the body after the cleaning rules; page furniture is marked,
 * not removed.
 */
import { newArticle, type Article, type SourceRecord } from '../document.js';
import { findFurniture } from './furniture.js';
import { cleanText } from './rules.js';

export function prepareArticle(record: SourceRecord): Article {
  const body = cleanText(record.body);
  const title = record.title ? cleanText(record.title).replace(/\n/g, ' ') : null;
  const head = title ? `${title}\n\n` : '';
  const text = head + body;
  const article = newArticle({ ...record, title: title ?? headlineOf(body) }, text, head.length, findFurniture(text, head.length));
  return article;
}

/** Without front matter, the page's headline is the first short line without sentence punctuation. */
function headlineOf(body: string): string | null {
  const first = body.split('\n', 1)[0]?.trim() ?? '';
  return first && first.length <= 60 && !/[。！？]/.test(first) ? first : null;
}
