/**
 * Event lookups by position that the relate stage shares (the sentence of a
 * position is in src/spans.ts). Everything is a binary search
 * over arrays sorted by position (cached per article), so relating stays
 * linear-logarithmic however many persons, verbs and events a text holds.
 */
import type { Article, EventMention } from '../document.js';
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

const visitsCache = new WeakMap<Article, EventMention[]>();
/** The resolved mentions of visits (调研, 考察, 看望慰问), by position. */
export function resolvedVisits(article: Article): EventMention[] {
  let list = visitsCache.get(article);
  if (!list) {
    list = resolvedMentions(article).filter((m) => m.kind === 'visit');
    visitsCache.set(article, list);
  }
  return list;
}

/** The event the article is reporting at `pos`: the last event mention starting before it, else the first event. */
export function eventReportedAt(article: Article, pos: number): number {
  const mentions = resolvedMentions(article);
  const i = firstStartingAt(mentions, pos + 1) - 1;
  return (i >= 0 ? mentions[i] : mentions[0])?.event ?? 0;
}
