/**
 * Load throughput on the bulk graph (≥100k relationships), interleaved rounds, medians:
 *
 * - `kg load --wipe` (the fresh path: CREATE once, rows batched across articles);
 * - `kg load` again, nothing changed (every article skipped by its contentHash);
 * - `kg load` after one article was edited (that article alone rewritten);
 * - the reference: a hand-written UNWIND + CREATE loader, 20k rows per transaction, same graph;
 * - a naive loader (one auto-commit statement per node or relationship) on the
 *   first N articles' subgraph (default 50), extrapolated.
 *
 *   npx tsx bench/load.ts [--graph graph.json] [--corpus file.jsonl] [--rounds N] [--naive-articles N] [--batch-size N]
 *   npx tsx bench/load.ts --repeat K [--keep-graphs DIR]
 *
 * `--repeat K` measures scale instead: the bulk items once and K times over
 * (bench/bulk.ts, new ids per pass) are extracted by `kg extract` and each
 * loaded by `kg load --wipe` into the emptied server (warmed up by one
 * untimed load), in its own process, so its time and peak resident memory
 * are its own; it prints rows, seconds,
 * rows/s and peak RSS of both and the cost per row at K× over 1×.
 * `--keep-graphs DIR` keeps the extracted documents there and reuses them.
 *
 * The graph: --graph, else the bulk corpus (BENCH_CORPUS, default
 * /work/shared/corpus/bulk/xwlb-2022-2023.jsonl) extracted with the real
 * extractor, else the sample page replicated with distinct ids. The server:
 * NEO4J_BENCH_URI (+ NEO4J_BENCH_PASSWORD) — it is wiped! — else a local
 * server in a temp data dir started with scripts/neo4j-start.sh and stopped
 * at the end. Prints numbers only: speed targets live here, never in tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphDocument } from '../src/schema/graph.js';
import { ALL_LABELS, ALL_REL_TYPES, articleSubgraph, toGraphModel, type GraphModel } from '../src/load/model.js';
import { applySchema } from '../src/load/schema.js';
import { DEFAULT_BATCH_ROWS, loadGraph, wipeDatabase } from '../src/load/writer.js';
import { validateGraph } from '../src/validate/index.js';
import { extractGraph } from '../src/workflows/extract.js';
import { freePort } from '../scripts/free-port.js';
import { BULK, bulkItems } from './bulk.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    graph: { type: 'string' },
    corpus: { type: 'string', default: process.env.BENCH_CORPUS ?? '/work/shared/corpus/bulk/xwlb-2022-2023.jsonl' },
    'naive-articles': { type: 'string', default: '50' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_ROWS) },
    rounds: { type: 'string', default: '3' },
    'min-relationships': { type: 'string', default: '100000' },
    repeat: { type: 'string' },
    'keep-graphs': { type: 'string' },
  },
});
const log = (s: string) => console.log(s);

async function buildGraph(): Promise<{ doc: GraphDocument; how: string }> {
  if (args.graph) return { doc: validateGraph(JSON.parse(readFileSync(args.graph, 'utf8'))), how: `graph document ${args.graph}` };
  if (existsSync(args.corpus!)) {
    const t = performance.now();
    const { graph } = await extractGraph([args.corpus!]);
    return { doc: graph, how: `extracted from ${args.corpus} in ${((performance.now() - t) / 1000).toFixed(1)} s` };
  }
  const { graph } = await extractGraph([join(REPO, 'data/sample/000_260baaeb98d07a4e.txt')]);
  const per = graph.relationships.length + graph.nodes.reduce((s, n) => s + n.mentions.length, 0);
  const copies = Math.ceil(Number(args['min-relationships']) / per);
  return { doc: replicate(graph, copies), how: `sample page replicated ${copies}× with distinct ids` };
}

/** Copies of a graph with distinct article and node ids. */
function replicate(g: GraphDocument, copies: number): GraphDocument {
  const out: GraphDocument = { version: 1, articles: [], nodes: [], relationships: [] };
  for (let k = 0; k < copies; k++) {
    const s = (id: string) => `${id}~${k}`;
    out.articles.push(...g.articles.map((a) => ({ ...a, id: s(a.id) })));
    out.nodes.push(...g.nodes.map((n) => ({ ...n, id: s(n.id), mentions: n.mentions.map((m) => ({ ...m, article: s(m.article) })) })));
    out.relationships.push(...g.relationships.map((r) => ({ ...r, from: s(r.from), to: s(r.to), evidence: r.evidence.map((e) => ({ ...e, article: s(e.article) })) })));
  }
  return validateGraph(out);
}

/** The naive path: one auto-commit MERGE per node and per relationship. */
async function naiveLoad(driver: Driver, model: GraphModel): Promise<number> {
  const session = driver.session();
  const t = performance.now();
  try {
    for (const n of model.nodes) await session.run(`MERGE (n:${n.label} {id: $id}) SET n += $props`, { id: n.id, props: n.props });
    for (const r of model.relationships) {
      const identity = Object.keys(r.identity).map((k) => `${k}: $identity.${k}`).join(', ');
      await session.run(
        `MATCH (a:${r.from.label} {id: $from}) MATCH (b:${r.to.label} {id: $to}) MERGE (a)-[r:${r.type} {${identity}}]->(b) SET r += $props`,
        { from: r.from.id, to: r.to.id, identity: r.identity, props: r.props },
      );
    }
  } finally {
    await session.close();
  }
  return performance.now() - t;
}


/** The server's memory: page cache and Java heap (the scale bench's store is ten times larger). */
interface ServerMemory {
  pagecache: string;
  heap: string;
}

async function server(memory: ServerMemory = { pagecache: '512m', heap: '1g' }): Promise<{ uri: string; password: string; stop: () => void }> {
  if (process.env.NEO4J_BENCH_URI) return { uri: process.env.NEO4J_BENCH_URI, password: process.env.NEO4J_BENCH_PASSWORD ?? '', stop: () => {} };
  const dataDir = join(tmpdir(), 'news-kg-neo4j-bench');
  mkdirSync(dataDir, { recursive: true });
  const env = {
    ...process.env,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_PASSWORD: 'newskg-bench-pw',
    NEO4J_PAGECACHE: memory.pagecache,
    NEO4J_JAVA_OPTS: `-Xms${memory.heap} -Xmx${memory.heap} -XX:+ExitOnOutOfMemoryError`,
  };
  const uri = execFileSync('bash', [join(REPO, 'scripts/neo4j-start.sh')], { env, encoding: 'utf8' }).trim().split('\n').pop()!;
  return { uri, password: env.NEO4J_PASSWORD, stop: () => execFileSync('bash', [join(REPO, 'scripts/neo4j-stop.sh')], { env, stdio: 'inherit' }) };
}

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

/**
 * The reference: what a hand-tuned loader of this graph does. UNWIND + CREATE
 * per label and per relationship type, 20k rows per transaction, article
 * nodes complete from the start.
 */
async function referenceLoad(driver: Driver, model: GraphModel): Promise<number> {
  const session = driver.session();
  const t = performance.now();
  const size = 20_000;
  try {
    for (const label of ALL_LABELS) {
      const rows = model.nodes.filter((n) => n.label === label).map((n) => ({ id: n.id, props: n.props }));
      for (let i = 0; i < rows.length; i += size) {
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row CREATE (n:${label} {id: row.id}) SET n += row.props`, { rows: rows.slice(i, i + size) }));
      }
    }
    for (const type of ALL_REL_TYPES) {
      for (const from of ALL_LABELS) {
        for (const to of ALL_LABELS) {
          const rows = model.relationships
            .filter((r) => r.type === type && r.from.label === from && r.to.label === to)
            .map((r) => ({ from: r.from.id, to: r.to.id, props: { ...r.identity, ...r.props } }));
          const query = `UNWIND $rows AS row MATCH (x:${from} {id: row.from}) MATCH (y:${to} {id: row.to}) CREATE (x)-[r:${type}]->(y) SET r = row.props`;
          for (let i = 0; i < rows.length; i += size) await session.executeWrite((tx) => tx.run(query, { rows: rows.slice(i, i + size) }));
        }
      }
    }
  } finally {
    await session.close();
  }
  return performance.now() - t;
}

/** The document with one article edited: its last fact's evidence in that article dropped (the fact goes if nothing else states it). */
function editOneArticle(g: GraphDocument): GraphDocument {
  const victim = [...g.relationships].reverse().find((r) => r.evidence.length === 1)!;
  return { ...g, relationships: g.relationships.filter((r) => r !== victim) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function roundsBench(): Promise<void> {
  const { doc, how } = await buildGraph();
  const model = toGraphModel(doc);
  const total = model.nodes.length + model.relationships.length;
  log(`graph: ${how}`);
  log(`  ${doc.articles.length} articles, ${model.nodes.length} nodes, ${model.relationships.length} relationships (${doc.relationships.length} facts + ${model.relationships.length - doc.relationships.length} mentions)`);
  if (model.relationships.length < Number(args['min-relationships'])) log(`  warning: fewer than ${args['min-relationships']} relationships`);


  const srv = await server();
  const driver = neo4j.driver(srv.uri, neo4j.auth.basic('neo4j', srv.password));
  const batchRows = Number(args['batch-size']);
  try {
    await applySchema(driver);

    // Naive: a bounded sample, extrapolated.
    await wipeDatabase(driver);
    const sample = toGraphModel(articleSubgraph(doc, doc.articles.slice(0, Number(args['naive-articles'])).map((a) => a.id)));
    const sampleRows = sample.nodes.length + sample.relationships.length;
    const naiveMs = await naiveLoad(driver, sample);
    const naiveRate = rate(sampleRows, naiveMs);

    const edited = editOneArticle(doc);
    const times = { fresh: [] as number[], unchanged: [] as number[], edited: [] as number[], reference: [] as number[], incremental: [] as number[] };
    let transactions = 0;
    for (let round = 0; round < Number(args.rounds); round++) {
      await wipeDatabase(driver);
      const fresh = await loadGraph(driver, doc, { batchRows, fresh: true });
      times.fresh.push(fresh.ms);
      transactions = fresh.transactions;
      const unchanged = await loadGraph(driver, doc, { batchRows });
      times.unchanged.push(unchanged.ms);
      const one = await loadGraph(driver, edited, { batchRows });
      times.edited.push(one.ms);
      if (round === 0) log(`round 1: unchanged reload wrote ${unchanged.rows} rows; edited reload rewrote ${one.reloadedArticles} article(s), ${one.rows} rows`);
      await wipeDatabase(driver);
      times.reference.push(await referenceLoad(driver, model));
      await wipeDatabase(driver);
      times.incremental.push((await loadGraph(driver, doc, { batchRows })).ms);
      log(
        `round ${round + 1}: fresh ${(fresh.ms / 1000).toFixed(1)} s, unchanged ${(unchanged.ms / 1000).toFixed(1)} s, one edited ${(one.ms / 1000).toFixed(1)} s, ` +
          `reference ${(times.reference.at(-1)! / 1000).toFixed(1)} s, incremental into empty ${(times.incremental.at(-1)! / 1000).toFixed(1)} s`,
      );
    }
    const fresh = median(times.fresh);
    const reference = median(times.reference);

    log('');
    log(`medians of ${args.rounds} interleaved rounds, ${total} nodes+relationships, batch ${batchRows} rows:`);
    log(`kg load --wipe (fresh path):      ${(fresh / 1000).toFixed(1)} s → ${rate(total, fresh)} rows/s, ${transactions} transactions`);
    log(`hand-written UNWIND + CREATE 20k: ${(reference / 1000).toFixed(1)} s → ${rate(total, reference)} rows/s (kg load at ${(reference / fresh).toFixed(2)}× of it; target ≥ 0.9×)`);
    log(`kg load again, nothing changed:   ${(median(times.unchanged) / 1000).toFixed(2)} s (${((100 * median(times.unchanged)) / fresh).toFixed(1)}% of the fresh load; target ≤ 15%)`);
    log(`kg load, one article edited:      ${(median(times.edited) / 1000).toFixed(2)} s`);
    log(`kg load without --wipe into an empty database (incremental path, all articles new): ${(median(times.incremental) / 1000).toFixed(1)} s → ${rate(total, median(times.incremental))} rows/s`);
    log(`naive loader: ${sampleRows} rows (first ${args['naive-articles']} articles' subgraph, one auto-commit statement each) in ${(naiveMs / 1000).toFixed(1)} s → ${naiveRate} rows/s;`);
    log(`              extrapolated to the whole graph ${((total / naiveRate) / 60).toFixed(1)} min; kg load is ${(rate(total, fresh) / naiveRate).toFixed(0)}× faster (target ≥ 20×)`);
  } finally {
    await driver.close();
    srv.stop();
  }
}

/** A `kg` command in its own process: its wall time, its stderr and its peak resident memory (bench/peak-rss.mjs). */
function runKg(kgArgs: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; stderr: string; peakRssMb: number } {
  const t = performance.now();
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(REPO, 'bench/peak-rss.mjs'), join(REPO, 'src/cli/main.ts'), ...kgArgs], {
    cwd: REPO,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t) / 1000;
  const peak = /^peak-rss-mb (\d+)$/m.exec(res.stderr ?? '');
  if (res.status !== 0 || !peak) throw new Error(`kg ${kgArgs.join(' ')} failed (exit ${res.status ?? res.signal}):\n${(res.stderr ?? '').slice(-3000)}`);
  return { seconds, stderr: res.stderr, peakRssMb: Number(peak[1]) };
}

/** The graph document of the bulk items `repeat` times over, extracted by `kg extract` (null: reused from --keep-graphs). */
async function scaleGraph(repeat: number, dir: string): Promise<{ path: string; extract: { seconds: number; peakRssMb: number; articles: number } | null }> {
  const path = join(dir, `graph-x${repeat}.json`);
  if (existsSync(path)) return { path, extract: null };
  let corpus = fileURLToPath(BULK);
  let articles = 0;
  const out = repeat > 1 ? createWriteStream((corpus = join(dir, `bulk-x${repeat}.jsonl`))) : null;
  for await (const item of bulkItems(repeat)) {
    articles++;
    if (out && !out.write(`${JSON.stringify(item)}\n`)) await once(out, 'drain');
  }
  if (out) await new Promise((resolve) => out.end(resolve));
  const run = runKg(['extract', corpus, '-o', path]);
  if (out) rmSync(corpus);
  return { path, extract: { seconds: run.seconds, peakRssMb: run.peakRssMb, articles } };
}

/** `--repeat K`: kg extract and kg load --wipe on the bulk corpus once and K times over, each in its own process. */
async function scaleBench(repeat: number): Promise<void> {
  const dir = args['keep-graphs'] ?? mkdtempSync(join(tmpdir(), 'news-kg-load-scale-'));
  mkdirSync(dir, { recursive: true });
  const srv = await server({ pagecache: '2g', heap: '4g' });
  const driver = neo4j.driver(srv.uri, neo4j.auth.basic('neo4j', srv.password));
  const env = { ...process.env, NEO4J_URI: srv.uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: srv.password };
  const load = (n: number) => n.toFixed(1);
  try {
    const results: { repeat: number; rows: number; seconds: number; writeSeconds: number; peakRssMb: number }[] = [];
    for (const k of [1, repeat]) {
      const graph = await scaleGraph(k, dir);
      if (graph.extract) {
        const e = graph.extract;
        log(`${k}×: kg extract ${e.articles} articles in ${e.seconds.toFixed(1)} s (${Math.round(e.articles / e.seconds)} articles/s), peak RSS ${e.peakRssMb} MB (it holds the document it builds)`);
      } else log(`${k}×: graph document reused from ${graph.path}`);
      if (k === 1) runKg(['load', '--wipe', graph.path], env); // untimed: a server's first load runs slower (its JIT and page cache still cold)
      await wipeDatabase(driver); // kg load --wipe then finds an empty database: the timing is the load's alone
      const before = loadavg()[0]!;
      const run = runKg(['load', '--wipe', graph.path], env);
      const summary = /time: ([\d.]+) s, \d+ transactions, (\d+) rows written/.exec(run.stderr);
      if (!summary) throw new Error(`no summary in kg load's output:\n${run.stderr.slice(-2000)}`);
      const r = { repeat: k, rows: Number(summary[2]), seconds: run.seconds, writeSeconds: Number(summary[1]), peakRssMb: run.peakRssMb };
      results.push(r);
      log(
        `${k}×: kg load --wipe ${r.rows} rows in ${r.seconds.toFixed(1)} s end to end (${Math.round(r.rows / r.seconds)} rows/s; ` +
          `writing ${r.writeSeconds.toFixed(1)} s, ${Math.round(r.rows / r.writeSeconds)} rows/s), peak RSS ${r.peakRssMb} MB; load average ${load(before)} → ${load(loadavg()[0]!)}`,
      );
    }
    const [one, many] = results as [(typeof results)[number], (typeof results)[number]];
    const perRow = (r: typeof one, s: number) => s / r.rows;
    log('');
    log(`${repeat}× / 1×: rows ${(many.rows / one.rows).toFixed(2)}×, cost per row ${(perRow(many, many.seconds) / perRow(one, one.seconds)).toFixed(2)}× end to end ` +
      `(${(perRow(many, many.writeSeconds) / perRow(one, one.writeSeconds)).toFixed(2)}× writing; target ≤ 1.3×), peak RSS ${(many.peakRssMb / one.peakRssMb).toFixed(2)}×`);
  } finally {
    await driver.close();
    srv.stop();
    if (!args['keep-graphs']) rmSync(dir, { recursive: true, force: true });
  }
}

if (args.repeat) await scaleBench(Number(args.repeat));
else await roundsBench();
