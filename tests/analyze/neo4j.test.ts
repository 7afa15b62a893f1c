/**
 * `kg analyze --write` against the live Neo4j, then the named queries that
 * rank by its figures (key-people, community, bridges, activity). The hand-
 * built corpus and its hand-worked figures: tests/analyze/corpus.ts and
 * tests/analyze/network.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../src/analyze/network.js';
import { writeAnalytics } from '../../src/analyze/write.js';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import { getQuery, runQuery } from '../../src/query/library.js';
import { REPO, useNeo4j } from '../helpers/neo4j.js';
import { P, eventId, handBuiltGraph } from './corpus.js';

const server = useNeo4j();
const doc = handBuiltGraph();
const analysis = analyzeNetwork(doc);
const communityOf = (id: string) => analysis.persons.find((p) => p.id === id)!.community;
const run = async (name: string, params: Record<string, string | number> = {}) => (await runQuery(server().driver, getQuery(name), params)).rows;

// Worked out by hand in tests/analyze/network.test.ts.
const PR = { a: 13355 / 75754, b: 5360 / 37877, x: 3082 / 37877 };

function kg(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: REPO, env, timeout: 180_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let graphFile: string;

beforeAll(async () => {
  graphFile = join(mkdtempSync(join(tmpdir(), 'kg-analyze-')), 'graph.json');
  writeFileSync(graphFile, JSON.stringify(doc));
  await server().wipe();
  await applySchema(server().driver);
  await loadGraph(server().driver, doc);
}, 600_000);

describe('kg analyze --write (live Neo4j)', () => {
  it('stores the hand-worked figures on the Person nodes', async () => {
    const r = await kg(['analyze', graphFile, '--write', '--json'], server().env);
    expect(r.stderr).toContain("kg: wrote 8 persons' pagerank, betweenness, community and eventCount to Neo4j");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).persons).toHaveLength(7);

    const rows = await server().query<{ id: string; pagerank: number | null; betweenness: number | null; community: { toNumber(): number } | null; events: { toNumber(): number } }>(
      'MATCH (p:Person) RETURN p.id AS id, p.pagerank AS pagerank, p.betweenness AS betweenness, p.community AS community, p.eventCount AS events',
    );
    const got = new Map(rows.map((r) => [r.id, r]));
    expect(got.size).toBe(8);
    for (const id of [P.A, P.D]) expect(got.get(id)!.pagerank).toBeCloseTo(PR.a, 6);
    for (const id of [P.B, P.C, P.E, P.F]) expect(got.get(id)!.pagerank).toBeCloseTo(PR.b, 6);
    expect(got.get(P.X)!.pagerank).toBeCloseTo(PR.x, 6);
    expect(got.get(P.X)!.betweenness).toBeCloseTo(9 / 15, 10);
    expect(got.get(P.A)!.betweenness).toBeCloseTo(8 / 15, 10);
    expect(got.get(P.B)!.betweenness).toBe(0);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.events.toNumber()]))).toEqual({ [P.A]: 3, [P.B]: 2, [P.C]: 2, [P.D]: 3, [P.E]: 2, [P.F]: 2, [P.X]: 2, [P.R]: 0 });
    // two communities, one triangle each, 周七 with one (the bigger, number 0)
    const c = (id: string) => got.get(id)!.community!.toNumber();
    expect(new Set([c(P.A), c(P.B), c(P.C)]).size).toBe(1);
    expect(new Set([c(P.D), c(P.E), c(P.F)]).size).toBe(1);
    expect(c(P.X)).toBe(0);
    for (const p of analysis.persons) expect(c(p.id), p.name).toBe(p.community);
    // the byline: at no event, so no rank
    expect([got.get(P.R)!.pagerank, got.get(P.R)!.betweenness, got.get(P.R)!.community]).toEqual([null, null, null]);
  });

  it('an unreachable server gives one clear line and exit code 1, before any output', async () => {
    const r = await kg(['analyze', graphFile, '--write'], { ...server().env, NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it('says which persons of the document the database lacks, and writes the others', async () => {
    const extra = { ...doc, nodes: [...doc.nodes, { ...doc.nodes.find((n) => n.id === P.R)!, id: 'person:未载入', name: '未载入' }] };
    expect(await writeAnalytics(server().driver, extra, analysis)).toEqual({ written: 8, missing: 1 });
  });
});

describe('named queries on the analytics', () => {
  it('key-people: by PageRank everywhere, and within 甲市 (乙县 PART_OF 甲市) or 丙市', async () => {
    const all = await run('key-people');
    expect(all.map((r) => r.person)).toEqual(['张一', '赵四', '孙六', '李三', '王二', '钱五', '周七']);
    expect(all[0]!.pagerank).toBeCloseTo(PR.a, 5);
    expect(all[0]!.events).toBe(3);
    // 甲市: e1 (张一 王二 李三) and e4 in 乙县 (赵四 钱五 孙六); 周七 met there at no event
    const jia = await run('key-people', { place: '甲' });
    expect(jia.map((r) => [r.person, r.events_here])).toEqual([
      ['张一', 1],
      ['赵四', 1],
      ['孙六', 1],
      ['李三', 1],
      ['王二', 1],
      ['钱五', 1],
    ]);
    expect((await run('key-people', { place: '丙市' })).map((r) => r.person)).toEqual(['赵四', '周七']);
    expect(await run('key-people', { place: '没有的地方' })).toEqual([]);
  });

  it('community: 周七’s community with the meetings its members shared', async () => {
    const rows = await run('community', { name: '周七' });
    const side = communityOf(P.A) === communityOf(P.X) ? { top: '张一', pair: 'e3', names: ['张一', '李三', '王二', '周七'] } : { top: '赵四', pair: 'e6', names: ['赵四', '孙六', '钱五', '周七'] };
    expect(rows.map((r) => r.member)).toEqual(side.names);
    expect(new Set(rows.map((r) => r.community))).toEqual(new Set([communityOf(P.X)]));
    const x = rows.find((r) => r.member === '周七')!;
    expect(x.shared_meetings).toBe(1);
    expect((x.meetings as string[])[0]).toContain(eventId(side.pair as 'e3' | 'e6').split('/')[1]!);
    expect(rows.find((r) => r.member === side.top)!.shared_meetings).toBe(3);
  });

  it('bridges: 周七 first, meeting both communities; then the two gates; nobody with betweenness 0', async () => {
    const rows = await run('bridges');
    expect(rows.map((r) => r.person)).toEqual(['周七', '张一', '赵四']);
    expect(rows[0]!.betweenness).toBeCloseTo(0.6, 6);
    expect(rows[0]!.communities).toEqual([0, 1]);
    expect(rows[1]!.betweenness).toBeCloseTo(8 / 15, 5);
  });

  it('activity: 张一’s events per year with roles; the MM-DD meeting as undated', async () => {
    const rows = await run('activity', { name: '张一' });
    expect(rows.map((r) => [r.year, r.events, r.presided, r.spoke, r.attended])).toEqual([
      ['2023', 2, 1, 2, 0],
      ['undated', 1, 0, 0, 1],
    ]);
    expect(rows[0]!.examples).toEqual(['2023-01-05 第一次工作会议', '2023-02-10 第二次工作会议']);
    expect(rows[1]!.examples).toEqual(['03-01 调研座谈会']);
  });
});
