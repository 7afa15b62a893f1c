/**
 * Binary searches over annotations sorted by position, shared by every stage
 * that asks "which span is at or before this offset" (recognize, relate).
 */
import type { Span } from './document.js';

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
