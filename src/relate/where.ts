import type { Article, Span } from '../document.js';

/** The event the article is reporting at `pos`: the last event mention before it, else the first event. */
export function eventReportedAt(article: Article, pos: number): number {
  let found: number | undefined;
  for (const m of article.eventMentions) {
    if (m.event === undefined) continue;
    if (m.start > pos) break;
    found = m.event;
  }
  return found ?? article.eventMentions.find((m) => m.event !== undefined)?.event ?? 0;
}

/** The sentence containing `pos`, as evidence. */
export function sentenceSpan(article: Article, pos: number): Span {
  const s = article.sentences.find((x) => pos >= x.start && pos < x.end);
  return s ? { start: s.start, end: s.end } : { start: pos, end: pos + 1 };
}
