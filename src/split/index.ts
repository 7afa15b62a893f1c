/**
 * The split stage: one newspaper page can hold several articles. A page jump
 * mark "(上接03版)" opens the continuation of another article and "(下转2版)"
 * closes one, so the page is cut at those marks. A file with one article
 * keeps its base name as id; a page with several yields `<id>#1`, `<id>#2`…
 */
import type { SourceRecord } from '../document.js';
import { PAGE_MARK } from '../clean/rules.js';

export function splitPage(record: SourceRecord): SourceRecord[] {
  const pieces: string[] = [];
  let last = 0;
  for (const m of record.body.matchAll(PAGE_MARK)) {
    const opensArticle = /[上]接/.test(m[0]);
    const cut = opensArticle ? m.index! : m.index! + m[0].length;
    pieces.push(record.body.slice(last, cut));
    last = cut;
  }
  pieces.push(record.body.slice(last));
  const articles = pieces.filter((p) => hasProse(p));
  if (articles.length <= 1) return [record];
  return articles.map((body, i) => ({ ...record, id: `${record.id}#${i + 1}`, title: i === 0 ? record.title : null, body }));
}

/** A piece with at least one real sentence, not only marks and blank lines. */
function hasProse(text: string): boolean {
  return /[\u4e00-\u9fff]{8,}/.test(text.replace(PAGE_MARK, ''));
}
