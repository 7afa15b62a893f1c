/**
 * Binary searches over annotations sorted by position, shared by every stage
 * that asks "which span is at or before this offset" (recognize, relate),
 * and the sentence around a position, as the evidence of what is found there.
 */
import type { Article, Span } from './document.js';

/** Index of the last item whose `end` is at or before `pos` (items sorted by start, non-overlapping), or -1. */
export function lastEndingBy<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first item whose `start` is at or after `pos` (items sorted by start), or items.length. */
export function firstStartingAt<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the item with start ≤ `pos` < end (items sorted by start, non-overlapping), or -1. */
export function indexContaining<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if (pos < item.start) hi = mid - 1;
    else if (pos >= item.end) lo = mid + 1;
    else return mid;
  }
  return -1;
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
