/**
 * Identity figures of issue 12, from a gold folder and a predicted graph document:
 *   - recurring gold persons (one name in the gold of ≥ 2 articles) split into several
 *     nodes, missing from one of their articles, and nodes holding two gold persons;
 *   - article coverage: the share of (gold person, article) pairs some node mentions;
 *   - HOLDS_POSITION: the share of gold (person, title) pairs whose title is an
 *     organization followed by a post (市委书记, 市教育局局长) that a HOLDS_POSITION of that
 *     person carries, with that title, to an organization whose name or an alias ends with that body
 *     (团市委 → 共青团绍兴市委, printed 团市委).
 * usage: tsx scripts/identity-check.ts GOLD_DIR PRED.json (tests/quality/dev-score.test.ts guards the figures on dev)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lexicons } from '../src/lexicons/index.js';

interface GoldPerson { name: string; titles: string[] }
interface PredNode { id: string; label: string; name: string; aliases: string[]; mentions: Array<{ article: string }> }
interface PredRel { type: string; from: string; to: string; properties: Record<string, unknown>; evidence: Array<{ article: string }> }

const norm = (s: string) => s.normalize('NFKC').replace(/[\s"'“”‘’]/g, '');

/** The organization part of a title (市教育局局长 → 市教育局), or null for a bare post (书记, 副市长). */
export function titleBody(title: string): string | null {
  const head = [...lexicons().titles.heads].sort((a, b) => b.length - a.length).find((h) => title.endsWith(h));
  if (!head) return null;
  const body = title.slice(0, title.length - head.length).replace(/(?:常务|代|副)+$/, '');
  return body.length >= 2 ? body : null;
}

/** The identity figures of a predicted graph document against a gold folder. */
export interface IdentityFigures {
  recurring: number;
  /** `name: id, id`: a recurring gold person in several nodes. */
  split: string[];
  /** `name in article`: a recurring gold person no node mentions in that article. */
  missing: string[];
  /** `id: name, name`: one node holding two gold persons. */
  merged: string[];
  /** The share of gold (person, article) pairs some node mentions. */
  coverage: { covered: number; pairs: number };
  /** The share of gold organization+post (person, title) pairs a HOLDS_POSITION carries. */
  holdsPosition: { carried: number; pairs: number; uncarried: string[] };
}

export function identityFigures(goldDir: string, doc: { nodes: PredNode[]; relationships: PredRel[] }): IdentityFigures {
  const gold = new Map<string, GoldPerson[]>();
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'))) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { id: string; persons: GoldPerson[] };
    gold.set(g.id, g.persons);
  }
  const persons = doc.nodes.filter((n) => n.label === 'Person');
  const nodeOf = (name: string, article: string): PredNode | undefined =>
    persons.find((n) => [n.name, ...n.aliases].some((s) => norm(s) === norm(name)) && n.mentions.some((m) => m.article === article));

  const articlesOf = new Map<string, string[]>();
  let pairs = 0;
  let covered = 0;
  for (const [article, ps] of gold) {
    for (const p of ps) {
      articlesOf.set(norm(p.name), [...(articlesOf.get(norm(p.name)) ?? []), article]);
      pairs++;
      if (nodeOf(p.name, article)) covered++;
    }
  }
  const recurring = [...articlesOf].filter(([, as]) => as.length >= 2);
  const split: string[] = [];
  const missing: string[] = [];
  for (const [name, articles] of recurring) {
    const ids = new Set<string>();
    for (const a of articles) {
      const n = nodeOf(name, a);
      if (n) ids.add(n.id);
      else missing.push(`${name} in ${a}`);
    }
    if (ids.size > 1) split.push(`${name}: ${[...ids].join(', ')}`);
  }
  const goldNamesOfNode = new Map<string, Set<string>>();
  for (const [article, ps] of gold) for (const p of ps) {
    const n = nodeOf(p.name, article);
    if (n) goldNamesOfNode.set(n.id, (goldNamesOfNode.get(n.id) ?? new Set()).add(norm(p.name)));
  }
  const merged = [...goldNamesOfNode].filter(([, names]) => names.size > 1).map(([id, names]) => `${id}: ${[...names].join(', ')}`);

  const namesOf = new Map(doc.nodes.map((n) => [n.id, [n.name, ...n.aliases].map(norm)]));
  let positionPairs = 0;
  let carried = 0;
  const uncarried: string[] = [];
  for (const [article, ps] of gold) for (const p of ps) for (const title of new Set(p.titles)) {
    const body = titleBody(title);
    if (!body) continue;
    positionPairs++;
    const node = nodeOf(p.name, article);
    const ok = node && doc.relationships.some((r) => r.type === 'HOLDS_POSITION' && r.from === node.id && r.properties.title === title
      && r.evidence.some((e) => e.article === article) && (namesOf.get(r.to) ?? []).some((n) => n.endsWith(norm(body))));
    if (ok) carried++;
    else uncarried.push(`${article} ${p.name} ${title}`);
  }
  return { recurring: recurring.length, split, missing, merged, coverage: { covered, pairs }, holdsPosition: { carried, pairs: positionPairs, uncarried } };
}

function main(goldDir: string, predPath: string): void {
  const f = identityFigures(goldDir, JSON.parse(readFileSync(predPath, 'utf8')) as { nodes: PredNode[]; relationships: PredRel[] });
  console.log(`recurring gold persons: ${f.recurring}; split ${f.split.length}; missing ${f.missing.length}; nodes holding two gold persons ${f.merged.length}`);
  for (const s of f.split) console.log(`  split   ${s}`);
  for (const s of f.missing) console.log(`  missing ${s}`);
  for (const s of f.merged) console.log(`  merged  ${s}`);
  console.log(`article coverage: ${(f.coverage.covered / f.coverage.pairs).toFixed(3)} (${f.coverage.covered}/${f.coverage.pairs} gold person-article pairs)`);
  const hp = f.holdsPosition;
  console.log(`HOLDS_POSITION: ${(hp.carried / hp.pairs).toFixed(3)} (${hp.carried}/${hp.pairs} organization+post pairs carried)`);
  if (process.env.VERBOSE) for (const u of hp.uncarried) console.log(`  not carried ${u}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [goldDir, predPath] = process.argv.slice(2);
  if (!goldDir || !predPath) {
    console.error('usage: tsx scripts/identity-check.ts GOLD_DIR PRED.json');
    process.exit(2);
  }
  main(goldDir, predPath);
}
