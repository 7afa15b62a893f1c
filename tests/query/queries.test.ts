/**
 * Every named query against a small corpus loaded into the live Neo4j. The
 * five articles below are written for the test (绍兴, spring 2023): 马卫光
 * recurs across four meetings, 河湖长制 is called for by three of them, one
 * meeting (全市河湖长制工作会议, 4月10日) is reported by two articles. The
 * expected rows are read off the articles by hand (see the notes per test),
 * not copied from the program's output.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import { getQuery, listQueries, runQuery } from '../../src/query/library.js';
import { buildView } from '../../src/visualize/command.js';
import { extractGraph } from '../../src/workflows/extract.js';
import { writeArticles } from '../helpers/graphs.js';
import { REPO, useNeo4j } from '../helpers/neo4j.js';

const front = (title: string, date: string, source = '绍兴日报') => `---\ntitle: "${title}"\ndate: ${date}\nsource: "${source}"\n---\n`;

export const CORPUS = {
  // A: 马卫光 attends and speaks, 施惠芳 presides, 魏伟 and 丁晓燕 attend; held in 绍兴; calls for 放管服改革 and 河湖长制.
  'qa-a.txt':
    front('全市优化营商环境大会召开', '2023-03-01') +
    '3月1日，全市优化营商环境大会在绍兴召开。市委书记马卫光出席并讲话。市委副书记、市长施惠芳主持。市领导魏伟、丁晓燕出席。\n' +
    '马卫光强调，要深入推进“放管服”改革，全面推行河湖长制。\n',
  // B: 马卫光 attends and speaks, 丁晓燕 presides, 魏伟 and 陈伟俊 attend; held in 诸暨 (part of 绍兴); 市水务局 hosts; 河湖长制; target 50条 by 2025.
  'qa-b.txt':
    front('全市河湖长制工作会议召开', '2023-04-10') +
    '4月10日，全市河湖长制工作会议在诸暨召开。市委书记马卫光出席并讲话。副市长丁晓燕主持。市领导魏伟、陈伟俊出席。本次会议由市水务局主办。\n' +
    '会议要求，全面推行河湖长制，到2025年建成美丽河湖50条。\n',
  // C: the evening paper's report of meeting B, a day later.
  'qa-c.txt':
    front('马卫光在全市河湖长制工作会议上强调 守护好绍兴的河湖', '2023-04-11', '绍兴晚报') +
    '4月10日，全市河湖长制工作会议在诸暨召开。市委书记马卫光出席并讲话。\n',
  // D: 马卫光 presides and speaks, 施惠芳 attends; 河湖长制 again.
  'qa-d.txt':
    front('市委常委会会议召开', '2023-05-15') +
    '5月15日，市委常委会会议召开。市委书记马卫光主持会议并讲话。市长施惠芳出席。\n会议强调，要全面推行河湖长制。\n',
  // E: 马卫光 presides and speaks, 魏伟 attends; target 100项 by the end of 2025.
  'qa-e.txt':
    front('全市安全生产工作会议召开', '2023-06-20') +
    '6月20日，全市安全生产工作会议召开。市委书记马卫光主持并讲话。市领导魏伟出席。\n会议要求，到2025年底完成隐患整改100项。\n',
};

const A = '2023-03-01 全市优化营商环境大会';
const B = '2023-04-10 全市河湖长制工作会议';
const D = '2023-05-15 市委常委会会议';
const E = '2023-06-20 全市安全生产工作会议';

const server = useNeo4j();
const run = async (name: string, params: Record<string, string | number> = {}) => (await runQuery(server().driver, getQuery(name), params)).rows;

beforeAll(async () => {
  const paths = writeArticles(CORPUS);
  const { graph } = await extractGraph(Object.values(paths), { workers: 0 });
  await server().wipe();
  await applySchema(server().driver);
  await loadGraph(server().driver, graph);
}, 600_000);

describe('named queries on a hand-checked corpus', () => {
  it('person-timeline: 马卫光 at four meetings in date order, roles and printed titles, both reports of B; 市委书记 of 绍兴市委 on each report’s date', async () => {
    const rows = await run('person-timeline', { name: '马卫光' });
    const position = (date: string, article: string) => [date, 'position', '绍兴市委', [], ['市委书记'], [article]];
    expect(rows.map((r) => [r.date, r.kind, r.what, [...(r.roles as string[])].sort(), r.titles, r.articles])).toEqual([
      ['2023-03-01', 'event', '全市优化营商环境大会', ['ATTENDED', 'SPOKE_AT'], ['市委书记'], ['qa-a']],
      position('2023-03-01', 'qa-a'),
      ['2023-04-10', 'event', '全市河湖长制工作会议', ['ATTENDED', 'SPOKE_AT'], ['市委书记'], ['qa-b', 'qa-c']],
      position('2023-04-10', 'qa-b'),
      position('2023-04-11', 'qa-c'),
      ['2023-05-15', 'event', '市委常委会会议', ['PRESIDED', 'SPOKE_AT'], ['市委书记'], ['qa-d']],
      position('2023-05-15', 'qa-d'),
      ['2023-06-20', 'event', '全市安全生产工作会议', ['PRESIDED', 'SPOKE_AT'], ['市委书记'], ['qa-e']],
      position('2023-06-20', 'qa-e'),
    ]);
    expect(new Set(rows.map((r) => r.person))).toEqual(new Set(['person:马卫光@绍兴市']));
  });

  it('co-attendance: pairs at two or more meetings (A: 马施魏丁, B: 马丁魏陈, D: 马施, E: 马魏)', async () => {
    const rows = await run('co-attendance', { min: 2 });
    const pairs = rows.map((r) => `${[r.person1, r.person2].sort().join('+')}:${r.shared}`);
    expect(pairs[0]).toBe('马卫光+魏伟:3');
    expect(new Set(pairs)).toEqual(new Set(['马卫光+魏伟:3', '施惠芳+马卫光:2', '丁晓燕+马卫光:2', '丁晓燕+魏伟:2']));
    const top = rows[0]!;
    expect([...(top.events as string[])].sort()).toEqual([A, B, E]);
  });

  it('top-presiders: 马卫光 presided D and E; 施惠芳 A; 丁晓燕 B', async () => {
    const rows = await run('top-presiders');
    expect(rows.map((r) => [r.person, r.presided])).toEqual([
      ['马卫光', 2],
      ['丁晓燕', 1],
      ['施惠芳', 1],
    ]);
    expect(rows[0]!.examples).toEqual([D, E]);
  });

  it('shared-policies: 河湖长制 called for by A, B and D, set out by 马卫光; 放管服 by A alone is left out', async () => {
    const rows = await run('shared-policies', { min: 2 });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.policy).toBe('河湖长制');
    expect(rows[0]!.events_count).toBe(3);
    expect([...(rows[0]!.events as string[])].sort()).toEqual([A, B, D]);
    expect(rows[0]!.speakers).toEqual(['马卫光']);
  });

  it('targets-by-deadline: the two 2025 targets, B’s first', async () => {
    const rows = await run('targets-by-deadline', { deadline: '2025' });
    expect(rows.map((r) => [r.value, r.unit, r.event, r.date])).toEqual([
      [50, '条', '全市河湖长制工作会议', '2023-04-10'],
      [100, '项', '全市安全生产工作会议', '2023-06-20'],
    ]);
    expect(rows.every((r) => String(r.deadline).startsWith('2025年'))).toBe(true);
    expect(await run('targets-by-deadline', { deadline: '2030' })).toEqual([]);
  });

  it('place-meetings: 绍兴 holds A directly and B through 诸暨 PART_OF 绍兴市; 诸暨 only B', async () => {
    expect((await run('place-meetings', { place: '绍兴' })).map((r) => [r.date, r.event, r.held_in])).toEqual([
      ['2023-03-01', '全市优化营商环境大会', '绍兴市'],
      ['2023-04-10', '全市河湖长制工作会议', '诸暨市'],
    ]);
    expect((await run('place-meetings', { place: '诸暨市' })).map((r) => r.event)).toEqual(['全市河湖长制工作会议']);
  });

  it('organization-events: 市水务局 (resolved to 绍兴市水务局) hosted B', async () => {
    const rows = await run('organization-events', { org: '市水务局' });
    expect(rows.map((r) => [r.organization, r.date, r.event, r.how])).toEqual([['绍兴市水务局', '2023-04-10', '全市河湖长制工作会议', 'organized']]);
  });

  it('person-path: 施惠芳 reaches 陈伟俊 through two meetings, A or D then B', async () => {
    const [row] = await run('person-path', { from: '施惠芳', to: '陈伟俊' });
    expect(row!.meetings).toBe(2);
    const path = row!.path as string[];
    expect([path[0], path[3], path[4]]).toEqual(['施惠芳', B, '陈伟俊']);
    // Two shortest chains exist and Neo4j may return either: 施惠芳 met 马卫光, 魏伟 and 丁晓燕 at A,
    // and 马卫光 at D; each of them was at B with 陈伟俊.
    const viaA = path[1] === A && ['马卫光', '魏伟', '丁晓燕'].includes(path[2]!);
    const viaD = path[1] === D && path[2] === '马卫光';
    expect(viaA || viaD, path.join(' → ')).toBe(true);
  });

  it('title-holders: 市委书记 on 2023-04-30 is 马卫光 (last seen 04-11, again 05-15); 市长 is 施惠芳, not 副市长 丁晓燕', async () => {
    expect((await run('title-holders', { title: '市委书记', date: '2023-04-30' })).map((r) => [r.person, r.last_seen, r.next_seen])).toEqual([
      ['马卫光', '2023-04-11', '2023-05-15'],
    ]);
    expect((await run('title-holders', { title: '市长', date: '2023-04-30' })).map((r) => [r.person, r.last_seen, r.next_seen])).toEqual([
      ['施惠芳', '2023-03-01', '2023-05-15'],
    ]);
    expect(await run('title-holders', { title: '市委书记', date: '2023-01-01' })).toEqual([]);
  });

  it('fact-support: 马卫光 SPOKE_AT the 河湖长制 meeting rests on both reports', async () => {
    const rows = await run('fact-support', { from: '马卫光', type: 'SPOKE_AT', to: '全市河湖长制工作会议' });
    expect(rows.map((r) => [r.article, r.date])).toEqual([
      ['qa-b', '2023-04-10'],
      ['qa-c', '2023-04-11'],
    ]);
    expect(rows[0]!.sentence).toBe('市委书记马卫光出席并讲话。');
    // C says it twice: in the headline (…在…会议上强调) and in the body (出席并讲话).
    expect(['马卫光在全市河湖长制工作会议上强调 守护好绍兴的河湖', '市委书记马卫光出席并讲话。']).toContain(rows[1]!.sentence);
  });
});

function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: REPO, env: server().env, timeout: 180_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('ad-hoc Cypher and the graph view, against the same corpus', () => {
  it('kg query FILE.cypher --param k=v runs a user file, its Browser :param lines included', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-q-')), 'presided.cypher');
    writeFileSync(file, "// who presided which meeting\n:param name => '施惠芳';\nMATCH (p:Person {name: $name})-[:PRESIDED]->(e:Event) RETURN e.name AS event ORDER BY event LIMIT $n;\n");
    const r = await kg(['query', file, '--param', 'name=马卫光', '--param', 'n=5', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([{ event: '全市安全生产工作会议' }, { event: '市委常委会会议' }]);
  });

  it('runs a query file in a read transaction: one that writes is refused and writes nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-q-')), 'write.cypher');
    writeFileSync(file, "CREATE (:Person {id: 'person:intruder', name: 'intruder'}) RETURN 1 AS x\n");
    const r = await kg(['query', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: .*(read|access mode)/i);
    expect(await server().query("MATCH (p:Person {id: 'person:intruder'}) RETURN p")).toEqual([]);
  });

  it('kg viz --query draws every library query with its example parameters (the :param lines never reach Neo4j)', async () => {
    const flags = { uri: server().uri, username: server().username, password: server().password };
    for (const q of listQueries()) {
      const { view } = await buildView([], { query: q.name, ...flags });
      expect(view.title, q.name).toContain(q.name);
    }
    const { view } = await buildView([], { query: 'person-path', param: { from: '施惠芳', to: '陈伟俊' }, ...flags });
    expect(view.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['施惠芳', '陈伟俊']));
  });

  it('kg viz takes the same connection flags as every command', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-viz-')), 'g.html');
    const r = await kg(['viz', '--query', 'co-attendance', '--uri', server().uri, '--password', server().password, '--out', out]);
    expect(r.stderr).toMatch(/kg: wrote .*g\.html \(\d+ nodes/);
    expect(r.code).toBe(0);
    const bad = await kg(['viz', '--query', 'co-attendance', '--uri', 'bolt://127.0.0.1:1', '--out', out]);
    expect(bad.stderr).toMatch(/^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });
});
