/**
 * HOLDS_POSITION: Person → Organization with the title as printed and the
 * article date, so a person's career can be read across articles. The
 * organization is the title minus its head (市委书记 → 市委, 国务院总理 →
 * 国务院; a bare 市长 → 市政府), and it counts only when the organization is
 * clear: the article names that body on its own.
 */
import type { Article } from '../document.js';
import type { Stage } from '../stage.js';
import { lexicons } from '../lexicons/index.js';
import { sentenceSpan } from '../spans.js';

export const positionStage: Stage = {
  name: 'positions',
  requires: ['sentences', 'persons', 'organizations'],
  assigns: ['facts'],
  run: relatePositions,
};

export function relatePositions(article: Article): void {
  const orgByName = new Map<string, string>();
  for (const o of article.organizations) {
    orgByName.set(o.name, o.canonical ?? o.name);
    if (o.canonical) orgByName.set(o.canonical, o.canonical);
  }
  if (!orgByName.size) return;
  const heads = headsLongestFirst();
  // Bare heads whose body is implied by the head itself (市长 → 市政府).
  const impliedBody = lexicons().titles.impliedBodies;
  const seen = new Set<string>();
  for (const p of article.persons) {
    for (const title of p.titles) {
      const head = heads.find((h) => title.endsWith(h));
      if (!head) continue;
      const body = title.slice(0, title.length - head.length).replace(/(?:常务|代|副)+$/, '');
      const bare = head.replace(/^(?:常务)?副/, '');
      const org = body ? orgByName.get(body) : impliedBody[bare] && orgByName.get(impliedBody[bare]!);
      if (!org) continue;
      const key = `${p.name}|${org}|${title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      article.facts.push({
        type: 'HOLDS_POSITION',
        from: { label: 'Person', name: p.name },
        to: { label: 'Organization', name: org },
        properties: { title, date: article.date },
        evidence: sentenceSpan(article, p.start),
      });
    }
  }
}

let sortedHeads: string[] | undefined;
function headsLongestFirst(): string[] {
  sortedHeads ??= [...lexicons().titles.heads].sort((a, b) => b.length - a.length);
  return sortedHeads;
}
