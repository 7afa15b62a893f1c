/**
 * The server dies in the middle of `kg load`. The test runs its own Neo4j
 * (temp data dir, free port), so it can SIGKILL it without disturbing the
 * shared test server: the load must exit 1 with one clear line, the database
 * after a restart must hold only whole articles, and running the same load
 * again must give exactly the graph a clean load gives. A second test kills
 * and restarts the server while the load is still retrying: the driver's
 * managed transactions carry it through.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import type { GraphDocument } from '../../src/schema/graph.js';
import { snapshot } from '../helpers/graphs.js';
import type { TestServer } from '../helpers/neo4j.js';
import { PrivateServer, REPO, bigGraph, kg, nonEmptyLines, spawnKg, until } from './helpers.js';

const ARTICLES = 150;
const BATCH = '250'; // rows per transaction: ~18 transactions
const srv = new PrivateServer();
let doc: GraphDocument;
let file = '';
let reference = '';

const db = () => srv.asTestServer() as TestServer;

async function wipe(): Promise<void> {
  const s = srv.driver().session();
  try {
    await s.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await s.close();
  }
}

async function articleCount(): Promise<number> {
  const [r] = await db().query<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  return Number(r!.n);
}

/** Per article: distinct mentions, and facts it gives evidence for. */
function perArticle(d: GraphDocument): { mentions: Map<string, number>; facts: Map<string, number> } {
  const mentions = new Map<string, number>();
  const seen = new Set<string>();
  for (const n of d.nodes) {
    for (const m of n.mentions) {
      const k = `${n.id}|${m.article}|${m.start}|${m.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      mentions.set(m.article, (mentions.get(m.article) ?? 0) + 1);
    }
  }
  const facts = new Map<string, number>();
  for (const r of d.relationships) for (const a of new Set(r.evidence.map((e) => e.article))) facts.set(a, (facts.get(a) ?? 0) + 1);
  return { mentions, facts };
}

/** Every article in the database is there whole: all its mentions and all its facts; no orphans. */
async function expectOnlyWholeArticles(): Promise<number> {
  const want = perArticle(doc);
  const mentions = await db().query<{ id: string; n: number }>('MATCH (a:Article) OPTIONAL MATCH ()-[m:MENTIONED_IN]->(a) RETURN a.id AS id, count(m) AS n');
  const present = new Set(mentions.map((m) => m.id));
  for (const m of mentions) expect(Number(m.n), `mentions of ${m.id}`).toBe(want.mentions.get(m.id) ?? 0);
  const facts = await db().query<{ id: string; n: number }>("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' UNWIND r.articles AS id RETURN id, count(*) AS n");
  for (const f of facts) expect(present.has(f.id), `fact evidence from ${f.id}, which is not loaded`).toBe(true);
  const got = new Map(facts.map((f) => [f.id, Number(f.n)]));
  for (const id of present) expect(got.get(id) ?? 0, `facts of ${id}`).toBe(want.facts.get(id) ?? 0);
  const [orphans] = await db().query<{ n: number }>('MATCH (n) WHERE NOT n:Article AND NOT EXISTS { (n)--() } RETURN count(n) AS n');
  expect(Number(orphans!.n)).toBe(0);
  return present.size;
}

/** Starts `kg load` and waits until a fifth of the articles are in; fails if it finishes first. */
async function loadUntilProgress(env: NodeJS.ProcessEnv = {}) {
  const run = spawnKg(['load', '--batch-size', BATCH, file], { ...srv.env, ...env });
  let exited = false;
  void run.done.then(() => (exited = true));
  const atKill = await until(
    'the load to make progress',
    async () => {
      if (exited) throw new Error(`kg load ended before it could be interrupted: ${run.output().stderr}`);
      const n = await articleCount();
      return n >= ARTICLES / 5 ? n : undefined;
    },
    180_000,
    100,
  ).catch(async (err) => {
    run.child.kill('SIGKILL');
    throw err;
  });
  return { ...run, atKill };
}

beforeAll(async () => {
  doc = bigGraph(ARTICLES);
  file = join(mkdtempSync(join(tmpdir(), 'news-kg-faults-crash-')), 'graph.json');
  writeFileSync(file, JSON.stringify(doc));
  await srv.start();
  // The reference: a clean load of the same input into the fresh database (in
  // one or two transactions, so batching cannot matter either).
  await applySchema(srv.driver());
  await loadGraph(srv.driver(), doc);
  reference = await snapshot(db());
}, 600_000);

afterAll(async () => {
  await srv.dispose();
}, 180_000);

describe('Neo4j killed in the middle of kg load', () => {
  it('exits 1 with one line; after a restart only whole articles are there; the same load again equals a clean load', async () => {
    await wipe();
    const run = await loadUntilProgress();
    expect(run.atKill).toBeLessThan(ARTICLES);
    await srv.kill();

    const r = await run.done; // the driver retries for 30 s or so, then gives up
    expect(r.code, r.stderr).toBe(1);
    expect(nonEmptyLines(r.stderr), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(
      new RegExp(`^kg: lost Neo4j at bolt://127\\.0\\.0\\.1:\\d+ during the load \\(.*\\); \\d+ of ${ARTICLES} articles were written \\(each batch whole or not at all\\): run the same load again to finish it\\n$`),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr + r.stdout).not.toContain(srv.password);
    const written = Number(/; (\d+) of \d+ articles/.exec(r.stderr)![1]);
    expect(written).toBeGreaterThanOrEqual(run.atKill - 10); // a batch may have committed unacknowledged

    await srv.start(); // same data dir and port: recovery after the crash
    const present = await expectOnlyWholeArticles();
    expect(present).toBeGreaterThanOrEqual(written);
    expect(present).toBeLessThan(ARTICLES);

    const again = await kg(['load', '--batch-size', BATCH, file], srv.env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`articles: ${ARTICLES} \\(${present} already loaded`));
    expect(await snapshot(db())).toBe(reference);
  }, 400_000);

  it('a server back within the retry window: the managed transactions retry and the load finishes (exit 0, same graph)', async () => {
    await wipe();
    // The restart takes ~10 s on a quiet machine and can pass 30 s on a busy one: the window here is wide.
    const run = await loadUntilProgress({ NEO4J_RETRY_SECONDS: '240' });
    await srv.kill();
    await srv.start();
    const r = await run.done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`articles: ${ARTICLES}`);
    expect(await snapshot(db())).toBe(reference);
  }, 400_000);

  it('every write of the loader goes through executeWrite (managed, retried transactions)', () => {
    const src = readFileSync(join(REPO, 'src/load/writer.ts'), 'utf8');
    const body = src.slice(src.indexOf('export async function loadGraph'));
    expect(body).toMatch(/session\.executeWrite\(/);
    expect(body).not.toMatch(/\.beginTransaction\(|session\.run\(|executeQuery\(/);
  });
});
