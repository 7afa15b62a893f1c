/**
 * Position lookups the relate stage shares. Everything is a binary search
 * over arrays sorted by position (cached per article), so relating stays
 * linear-logarithmic however many persons, verbs and events a text holds.
 */
import type { Article, EventMention, Span } from '../document.js';
import { firstStartingAt } from '../spans.js';

const resolvedCache = new WeakMap<Article, EventMention[]>();
/** The event mentions resolved to an event, by position. */
export function resolvedMentions(article: Article): EventMention[] {
  let list = resolvedCache.get(article);
  if (!list) {
    list = article.eventMentions.filter((m) => m.event !== undefined).sort((a, b) => a.start - b.start);
    resolvedCache.set(article, list);
  }
  return list;
}

/** The event the article is reporting at `pos`: the last event mention starting before it, else the first event. */
export function eventReportedAt(article: Article, pos: number): number {
  const mentions = resolvedMentions(article);
  const i = firstStartingAt(mentions, pos + 1) - 1;
  return (i >= 0 ? mentions[i] : mentions[0])?.event ?? 0;
}

/** Longest evidence kept: a sentence of a real report is far shorter; a pathological one is cut around the fact. */
export const MAX_EVIDENCE = 400;

/** The sentence containing `pos`, as evidence (cut to MAX_EVIDENCE characters around `pos`). */
export function sentenceSpan(article: Article, pos: number): Span {
  const i = firstStartingAt(article.sentences, pos + 1) - 1;
  const s = article.sentences[i];
  return s && pos < s.end ? evidenceWithin(s, pos) : { start: pos, end: pos + 1 };
}

/** `sentence` as evidence for a fact at `pos`, cut to MAX_EVIDENCE characters around it. */
export function evidenceWithin(sentence: Span, pos: number): Span {
  if (sentence.end - sentence.start <= MAX_EVIDENCE) return { start: sentence.start, end: sentence.end };
  const start = Math.max(sentence.start, Math.min(pos - MAX_EVIDENCE / 2, sentence.end - MAX_EVIDENCE));
  return { start, end: Math.min(sentence.end, start + MAX_EVIDENCE) };
}
