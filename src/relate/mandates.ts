/**
 * MANDATES: the policies and targets that the report of an event calls for.
 * Each is tied to the event the article is reporting where it is mentioned.
 */
import type { Article } from '../document.js';
import { eventReportedAt, sentenceSpan } from './where.js';

export function relateMandates(article: Article): void {
  if (!article.events.length) return;
  for (const p of article.policies) {
    if (!p.mandated) continue;
    article.facts.push({
      type: 'MANDATES',
      from: { kind: 'event', index: eventReportedAt(article, p.start) },
      to: { kind: 'policy', name: p.canonical ?? p.name },
      evidence: sentenceSpan(article, p.start),
    });
  }
  article.targets.forEach((t, index) => {
    article.facts.push({
      type: 'MANDATES',
      from: { kind: 'event', index: eventReportedAt(article, t.start) },
      to: { kind: 'target', index },
      evidence: sentenceSpan(article, t.start),
    });
  });
}
