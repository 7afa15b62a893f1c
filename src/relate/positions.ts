/**
 * HOLDS_POSITION: Person → Organization with the title as printed and the
 * article date, so a person's career can be read across articles. The
 * organization is the title minus its head (市委书记 → 市委, 市教育局局长 →
 * 市教育局, 中车大同电力机车有限公司董事长 → the company; a bare 市长 → 市政府),
 * when that rest has the shape of a body (organizations.json: a standalone
 * body, or a department or institution suffix; positions.json: the units a
 * post heads, 教务处, 研究室). The graph builder resolves a
 * relative body against the article's place (太原市委) and makes a node for a
 * body the article names only inside titles, with no mention of its own
 * (GUIDE: an organization inside a title is not listed as one).
 */
import type { Article } from '../document.js';
import type { Stage } from '../stage.js';
import { lexicons } from '../lexicons/index.js';
import { readLexicon } from '../lexicons/load.js';
import { gazetteer } from '../lexicons/gazetteer.js';
import { OrganizationsLexicon, PositionsLexicon } from '../lexicons/schemas.js';
import { sentenceSpan } from '../spans.js';

export const positionStage: Stage = {
  name: 'positions',
  requires: ['sentences', 'persons', 'organizations'],
  assigns: ['facts'],
  run: relatePositions,
};

export function relatePositions(article: Article): void {
  const printed = new Map<string, string>();
  for (const o of article.organizations) {
    printed.set(o.name, o.canonical ?? o.name);
    if (o.canonical) printed.set(o.canonical, o.canonical);
  }
  const seen = new Set<string>();
  for (const p of article.persons) {
    for (const title of p.titles) {
      const body = titleBody(title);
      if (!body) continue;
      const org = printed.get(body) ?? body;
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

/**
 * The organization a title names, or null: 市委书记 → 市委, 省委常委 → 省委,
 * 市教育局局长 → 市教育局, 副市长 → 市政府, 大冶市市长 → 大冶市政府;
 * 市总河湖长 and 书记 name none.
 */
export function titleBody(title: string): string | null {
  const head = headsLongestFirst().find((h) => title.endsWith(h));
  if (!head) return null;
  const body = title.slice(0, title.length - head.length).replace(/(?:常务|代|副)+$/, '');
  const implied = lexicons().titles.impliedBodies[head.replace(/^(?:常务)?副/, '')];
  if (!body) return implied ?? null;
  // 大冶市市长: the place of the implied body (市政府) is printed before the post.
  if (implied && isPlaceFor(body, implied)) return body + implied.slice(1);
  return isBody(body) ? body : null;
}

/** 大冶市 before 市长 (市政府), 阳新县 before 县长: a division name ending with the implied body's level. */
function isPlaceFor(body: string, implied: string): boolean {
  return body.length >= 2 && body.endsWith(implied[0]!) && gazetteer().bySurface.get(body)?.code != null;
}

let shapes: { standalone: Set<string>; suffixes: string[] } | undefined;
function isBody(name: string): boolean {
  if (!shapes) {
    const lex = readLexicon('organizations.json', OrganizationsLexicon);
    const { bodySuffixes } = readLexicon('positions.json', PositionsLexicon);
    shapes = { standalone: new Set(lex.standalone), suffixes: [...lex.departmentSuffixes, ...lex.institutionSuffixes, ...lex.nationalSuffixes, ...bodySuffixes] };
  }
  return name.length >= 2 && (shapes.standalone.has(name) || shapes.suffixes.some((s) => name.endsWith(s) && name.length > s.length));
}

let sortedHeads: string[] | undefined;
function headsLongestFirst(): string[] {
  sortedHeads ??= [...lexicons().titles.heads].sort((a, b) => b.length - a.length);
  return sortedHeads;
}
