/** Test graphs built with the real extractor, and what a loaded graph should look like. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { GraphDocument } from '../../src/schema/graph.js';
import { extractGraph } from '../../src/workflows/extract.js';
import { REPO } from './neo4j-paths.js';
import type { TestServer } from './neo4j.js';

export const SAMPLE = join(REPO, 'data/sample/000_260baaeb98d07a4e.txt');

let sample: GraphDocument | undefined;
export async function sampleGraph(): Promise<GraphDocument> {
  sample ??= (await extractGraph([SAMPLE])).graph;
  return sample;
}

const front = (title: string, date: string) => `---\ntitle: "${title}"\ndate: ${date}\nsource: "测试日报"\n---\n`;

/** Two small articles sharing a person, and an edited version of the first. */
export const ARTICLES = {
  a: front('全市安全生产工作会议召开', '2023-06-29') +
    '6月29日，全市安全生产工作会议召开，市委书记韦韬出席并讲话。市委副书记、市长张新伟主持。市领导杨继承、卢秋生出席。\n' +
    '韦韬强调，要常态化开展河湖“清四乱”行动，全面推行河湖长制。\n',
  b: front('全市防汛工作会议召开', '2023-07-02') +
    '7月2日，全市防汛工作会议召开，市委书记韦韬出席并讲话。市领导裴耀军出席。\n韦韬强调，要全面推行河湖长制。\n',
  aEdited: front('全市安全生产工作会议召开', '2023-06-29') +
    '6月29日，全市安全生产工作会议召开，市委书记韦韬出席并讲话。市领导杨继承出席。\n韦韬强调，要全面推行河湖长制。\n',
};

/** Writes article files (name → text) into a fresh temp dir; returns their paths. */
export function writeArticles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'news-kg-articles-'));
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
    out[name] = join(dir, name);
  }
  return out;
}

/** Counts a graph document should give in Neo4j: entities + articles; facts + distinct mentions. */
export function expectedCounts(doc: GraphDocument) {
  const articles = new Set(doc.articles.map((a) => a.id));
  const mentions = new Set<string>();
  for (const n of doc.nodes) {
    for (const m of n.mentions) {
      articles.add(m.article);
      mentions.add(`${n.id}|${m.article}|${m.start}|${m.end}`);
    }
  }
  for (const r of doc.relationships) for (const e of r.evidence) articles.add(e.article);
  const labels: Record<string, number> = { Article: articles.size };
  for (const n of doc.nodes) labels[n.label] = (labels[n.label] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const r of doc.relationships) types[r.type] = (types[r.type] ?? 0) + 1;
  if (mentions.size) types.MENTIONED_IN = mentions.size;
  return { nodes: doc.nodes.length + articles.size, relationships: doc.relationships.length + mentions.size, labels, types };
}

const plain = (v: unknown): unknown => {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
};

/**
 * The whole database as comparable JSON: nodes and relationships with their
 * properties, lists whose order carries no meaning sorted (aliases, articles,
 * evidence as tuples).
 */
export async function snapshot(server: TestServer): Promise<string> {
  const nodes = (await server.query<{ l: string[]; p: Record<string, unknown> }>('MATCH (n) RETURN labels(n) AS l, properties(n) AS p')).map((r) => {
    const p = plain(r.p) as Record<string, unknown>;
    if (Array.isArray(p.aliases)) p.aliases = [...p.aliases].sort();
    return JSON.stringify([r.l.sort(), sortKeys(p)]);
  });
  const rels = (
    await server.query<{ a: string; t: string; b: string; p: Record<string, unknown> }>('MATCH (x)-[r]->(y) RETURN x.id AS a, type(r) AS t, y.id AS b, properties(r) AS p')
  ).map((r) => {
    const p = plain(r.p) as Record<string, unknown>;
    if (Array.isArray(p.articles)) p.articles = [...p.articles].sort();
    if (Array.isArray(p.evidenceArticles)) {
      const ev = (p.evidenceArticles as string[]).map((a, i) => [a, (p.evidenceStarts as number[])[i], (p.evidenceEnds as number[])[i], (p.evidenceTexts as string[])[i]]);
      ev.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      delete p.evidenceArticles;
      delete p.evidenceStarts;
      delete p.evidenceEnds;
      delete p.evidenceTexts;
      p.evidence = ev;
    }
    return JSON.stringify([r.a, r.t, r.b, sortKeys(p)]);
  });
  return JSON.stringify({ nodes: nodes.sort(), rels: rels.sort() }, null, 1);
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
