/**
 * The query library on the bulk corpus: extract it (or take --graph), load it
 * with the real loader into a Neo4j of its own (temp data dir, free port,
 * scripts/neo4j-start.sh; stopped at the end), then run every named query in
 * cypher/queries and print its row count and time (best of --runs after one
 * warm-up). Parameters: the file's example, overridden per query below with
 * values the national 新闻联播 corpus actually contains.
 *
 *   npx tsx bench/queries.ts [--graph graph.json] [--save graph.json] [--corpus file.jsonl] [--runs 3]
 *
 * NEO4J_BENCH_URI (+ NEO4J_BENCH_PASSWORD) uses an existing server instead — it is wiped!
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { applySchema, extractGraph, type GraphDocument, listQueries, loadGraph, runQuery, validateGraph, wipeDatabase } from '../src/index.js';
import { freePort } from '../scripts/free-port.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    graph: { type: 'string' },
    save: { type: 'string' },
    corpus: { type: 'string', default: process.env.BENCH_CORPUS ?? '/work/shared/corpus/bulk/xwlb-2022-2023.jsonl' },
    runs: { type: 'string', default: '3' },
  },
});

/** Parameters that hit the national corpus (the files' examples are local 绍兴/太原 names). */
const BULK_PARAMS: Record<string, Record<string, string | number>> = {
  'person-timeline': { name: '李强' },
  'person-path': { from: '李强', to: '丁薛祥' },
  'place-meetings': { place: '北京' },
  'organization-events': { org: '国务院' },
  'title-holders': { title: '总理', date: '2023-01-01' },
  'fact-support': { from: '李强', type: 'PRESIDED', to: '国务院常务会议' },
};


async function server(): Promise<{ uri: string; password: string; stop: () => void }> {
  if (process.env.NEO4J_BENCH_URI) return { uri: process.env.NEO4J_BENCH_URI, password: process.env.NEO4J_BENCH_PASSWORD ?? '', stop: () => {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'news-kg-neo4j-queries-'));
  const env = { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_PASSWORD: 'newskg-bench-pw', NEO4J_PAGECACHE: '512m' };
  const uri = execFileSync('bash', [join(REPO, 'scripts/neo4j-start.sh')], { env, encoding: 'utf8' }).trim().split('\n').pop()!;
  return {
    uri,
    password: env.NEO4J_PASSWORD,
    stop: () => {
      execFileSync('bash', [join(REPO, 'scripts/neo4j-stop.sh')], { env, stdio: 'inherit' });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function graph(): Promise<GraphDocument> {
  if (args.graph) return validateGraph(JSON.parse(readFileSync(args.graph, 'utf8')));
  if (!existsSync(args.corpus!)) throw new Error(`no corpus at ${args.corpus} (give --corpus or --graph)`);
  const t = performance.now();
  const { graph } = await extractGraph([args.corpus!]);
  console.log(`extracted ${args.corpus} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  if (args.save) writeFileSync(args.save, JSON.stringify(graph));
  return graph;
}

const doc = await graph();
const srv = await server();
const driver = neo4j.driver(srv.uri, neo4j.auth.basic('neo4j', srv.password));
try {
  await wipeDatabase(driver);
  await applySchema(driver);
  const stats = await loadGraph(driver, doc);
  console.log(`loaded ${stats.articles} articles: ${stats.nodes} nodes, ${stats.relationships} relationships in ${(stats.ms / 1000).toFixed(1)} s`);
  const counts = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  console.log(`  nodes: ${counts.records.map((r) => `${r.get('l')} ${r.get('c')}`).join(', ')}`);
  const types = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  console.log(`  relationships: ${types.records.map((r) => `${r.get('t')} ${r.get('c')}`).join(', ')}`);
  const persons = await driver.executeQuery("MATCH (e:Event) WHERE e.id =~ 'event:\\\\d{4}-.*' RETURN count(e) AS dated, count { MATCH (x:Event) } AS all");
  console.log(`  events keyed by date: ${persons.records[0]!.get('dated')} of ${persons.records[0]!.get('all')}`);
  console.log('');
  console.log('query                  rows   best ms  (params)');
  const runs = Math.max(1, Number(args.runs));
  for (const q of listQueries()) {
    const params = BULK_PARAMS[q.name] ?? {};
    await runQuery(driver, q, params); // warm-up
    let best = Infinity;
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const r = await runQuery(driver, q, params);
      best = Math.min(best, r.ms);
      rows = r.rows.length;
    }
    console.log(`${q.name.padEnd(22)} ${String(rows).padStart(5)} ${best.toFixed(1).padStart(9)}  ${JSON.stringify(params)}`);
  }
} finally {
  await driver.close();
  srv.stop();
}
