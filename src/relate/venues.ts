/**
 * Where and by whom an event was held:
 *   HELD_IN       <event>在<place>召开 / 在<place>调研 / 在京召开
 *   ORGANIZED_BY  <org>召开<event> / 由<org>、<org>共同主办
 */
import type { Article } from '../document.js';
import { sentenceSpan } from './where.js';

export function relateVenues(article: Article): void {
  const { text } = article;
  for (const m of article.eventMentions) {
    if (m.event === undefined) continue;
    for (const loc of article.locations) {
      const between = loc.start >= m.end ? text.slice(m.end, loc.start) : '';
      const heldAfter =
        loc.start >= m.end && loc.start - m.end <= 14 && /^[^，。；]*?在$/.test(between) && /^[^，。；]{0,6}?(?:召开|举行|举办|开幕|开班)/.test(text.slice(loc.end, loc.end + 12));
      const visitPlace = m.kind === 'visit' && loc.start >= m.start && loc.end <= m.end;
      const heldBefore = loc.end <= m.start && m.start - loc.end <= 1 && text[loc.start - 1] === '在';
      if (heldAfter || visitPlace || heldBefore) {
        article.facts.push({ type: 'HELD_IN', from: { kind: 'event', index: m.event }, to: { kind: 'location', name: loc.canonical ?? loc.name }, evidence: sentenceSpan(article, m.start) });
      }
    }
    for (const org of article.organizations) {
      const convened = org.end <= m.start && m.start - org.end <= 4 && /^(?:召开|举行|举办)/.test(text.slice(org.end, m.start));
      const hosted = org.start >= m.end && org.start - m.end <= 20 && /由/.test(text.slice(m.end, org.start + 1)) && /^[^。；]{0,30}?(?:主办|举办|承办)/.test(text.slice(org.end));
      if (convened || hosted) {
        article.facts.push({ type: 'ORGANIZED_BY', from: { kind: 'event', index: m.event }, to: { kind: 'organization', name: org.canonical ?? org.name }, evidence: sentenceSpan(article, m.start) });
      }
    }
  }
}
