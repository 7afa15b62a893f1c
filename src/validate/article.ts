/**
 * Per-article check before an article joins the graph: every annotation's
 * span lies inside the analysed text and names something. An article that
 * fails is reported by path and left out, so one bad article never
 * invalidates the whole document.
 */
import type { Article, Span } from '../document.js';

export function articleIssues(article: Article): string[] {
  const issues: string[] = [];
  const n = article.text.length;
  const check = (kind: string, items: Array<Span & { name?: string; text?: string }>) => {
    for (const m of items) {
      const label = m.name ?? m.text;
      if (!(m.start >= 0 && m.end > m.start && m.end <= n)) issues.push(`${kind} "${label ?? ''}" has span ${m.start}-${m.end} outside the text (length ${n})`);
      else if (!label) issues.push(`${kind} at ${m.start}-${m.end} has no name`);
    }
  };
  check('person', article.persons);
  check('organization', article.organizations);
  check('location', article.locations);
  check('policy', article.policies);
  check('target', article.targets);
  check('event mention', article.eventMentions);
  for (const f of article.facts) if (!(f.evidence.start >= 0 && f.evidence.end <= n && f.evidence.end > f.evidence.start)) issues.push(`${f.type} evidence ${f.evidence.start}-${f.evidence.end} outside the text`);
  return issues;
}
