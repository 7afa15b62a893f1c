/**
 * The network figures on the hand-built corpus (tests/analyze/corpus.ts),
 * every expected number worked out by hand below, not read off the program.
 */
import { describe, expect, it } from 'vitest';
import { analyzeNetwork, dateSpan, yearOf } from '../../src/analyze/network.js';
import { analysisJson, formatAnalysis } from '../../src/analyze/command.js';
import { EVENTS, P, eventId, handBuiltGraph } from './corpus.js';

const doc = handBuiltGraph();
const analysis = analyzeNetwork(doc);
const person = (id: string) => analysis.persons.find((p) => p.id === id)!;

/**
 * PageRank, damping 0.85, N = 7, teleport 0.15/7 = 3/140 each. Strengths
 * (sum of edge weights): 张一 and 赵四 5, 王二 李三 钱五 孙六 4, 周七 2. By symmetry
 * a = PR(张一) = PR(赵四), b = PR(王二) = … = PR(孙六), x = PR(周七):
 *   x = 3/140 + 0.85 · (a·1/5 + a·1/5)
 *   b = 3/140 + 0.85 · (a·2/5 + b·2/4)
 *   a = 3/140 + 0.85 · (b·2/4 + b·2/4 + x·1/2)
 * so b = x·40/23, a = 3/140 + 0.85·(40/23 + 1/2)·x, and
 *   x = 3082/37877 ≈ 0.081369, a = 13355/75754 ≈ 0.176294, b = 5360/37877 ≈ 0.141511 (2a + 4b + x = 1).
 */
const PR = { a: 13355 / 75754, b: 5360 / 37877, x: 3082 / 37877 };

/**
 * Betweenness (hops), normalised over the (N−1)(N−2)/2 = 15 pairs not
 * involving the node: 周七 is on every shortest path between {张一,王二,李三} and
 * {赵四,钱五,孙六}: 9 pairs → 9/15. 张一 is on those between {王二,李三} and
 * {周七,赵四,钱五,孙六}: 8 pairs → 8/15; 赵四 likewise. The others: 0.
 */
const BETWEENNESS = { bridge: 9 / 15, gate: 8 / 15 };

/**
 * Communities. Total weight m = 14. Modularity Q = Σ (L_c/m − (d_c/2m)²):
 *   {张一,王二,李三} {赵四,钱五,孙六} {周七}:   2·(6/14 − (13/28)²) − (2/28)² ≈ 0.4209
 *   {张一,王二,李三,周七} {赵四,钱五,孙六}:   7/14 − (15/28)² + 6/14 − (13/28)² ≈ 0.4260
 * and the same with 周七 on 赵四's side. Putting 周七 with either triangle beats
 * leaving it alone; which side is a tie, settled by the seed (and must not
 * change between runs). Merging the two triangles: 1 − 1 = 0.
 */

describe('co-attendance network on a hand-built corpus', () => {
  it('has the seven participants, eight pairs, six events; the byline is left out', () => {
    expect(analysis.persons.map((p) => p.id).sort()).toEqual([P.A, P.B, P.C, P.D, P.E, P.F, P.X].sort());
    expect(analysis.pairs).toBe(8);
    expect(analysis.events).toBe(6);
    expect(analysis.leftOut).toBe(1);
  });

  it('counts distinct events and distinct co-participants (presiding and speaking at e1 is one event)', () => {
    const figures = Object.fromEntries(analysis.persons.map((p) => [p.name, [p.events, p.degree, p.strength]]));
    expect(figures).toEqual({
      张一: [3, 3, 5],
      王二: [2, 2, 4],
      李三: [2, 2, 4],
      赵四: [3, 3, 5],
      钱五: [2, 2, 4],
      孙六: [2, 2, 4],
      周七: [2, 2, 2],
    });
  });

  it('weighted PageRank as solved by hand', () => {
    for (const id of [P.A, P.D]) expect(person(id).pagerank).toBeCloseTo(PR.a, 6);
    for (const id of [P.B, P.C, P.E, P.F]) expect(person(id).pagerank).toBeCloseTo(PR.b, 6);
    expect(person(P.X).pagerank).toBeCloseTo(PR.x, 6);
    // best first; ties by id
    expect(analysis.persons.map((p) => p.name)).toEqual(['张一', '赵四', '孙六', '李三', '王二', '钱五', '周七']);
  });

  it('betweenness: the bridge 周七 highest, the two gates next, the rest zero', () => {
    expect(person(P.X).betweenness).toBeCloseTo(BETWEENNESS.bridge, 10);
    expect(person(P.A).betweenness).toBeCloseTo(BETWEENNESS.gate, 10);
    expect(person(P.D).betweenness).toBeCloseTo(BETWEENNESS.gate, 10);
    for (const id of [P.B, P.C, P.E, P.F]) expect(person(id).betweenness).toBe(0);
  });

  it('two Louvain communities, one triangle each, 周七 with one of them; the same every run', () => {
    const c = (id: string) => person(id).community;
    expect(new Set([c(P.A), c(P.B), c(P.C)]).size).toBe(1);
    expect(new Set([c(P.D), c(P.E), c(P.F)]).size).toBe(1);
    expect(c(P.A)).not.toBe(c(P.D));
    expect([c(P.A), c(P.D)]).toContain(c(P.X));
    // numbered by size: the triangle 周七 joined is community 0
    expect(c(P.X)).toBe(0);
    expect(analysis.communities.map((x) => x.size)).toEqual([4, 3]);
    // deterministic: again, and with the document's nodes and relationships in another order
    const shuffled = { ...doc, nodes: [...doc.nodes].reverse(), relationships: [...doc.relationships].reverse() };
    for (const again of [analyzeNetwork(doc), analyzeNetwork(shuffled)])
      expect(again.persons.map((p) => [p.id, p.community])).toEqual(analysis.persons.map((p) => [p.id, p.community]));
  });

  it('communities list their top members by PageRank and the events that tie them', () => {
    const joined = person(P.X).community === person(P.A).community ? 'A' : 'D';
    const [big, small] = analysis.communities;
    expect(big!.size).toBe(4);
    expect(big!.topMembers[0]!.name).toBe(joined === 'A' ? '张一' : '赵四');
    // 周七's side: two triangle meetings with all three, plus the pair meeting with 周七
    const sideEvents = joined === 'A' ? ['e1', 'e2', 'e3'] : ['e4', 'e5', 'e6'];
    expect(big!.events.map((e) => e.id).sort()).toEqual(sideEvents.map((e) => eventId(e as keyof typeof EVENTS)).sort());
    expect(big!.events.map((e) => e.members)).toEqual([3, 3, 2]);
    expect(big!.internalWeight).toBe(7);
    expect(small!.internalWeight).toBe(6);
    expect(small!.events.map((e) => e.members)).toEqual([3, 3]);
  });

  it('first and last seen, and events per year, with MM-DD and missing dates', () => {
    // 张一: 2023-01-05, 2023-02-10 and 03-01 (year unknown)
    expect([person(P.A).firstSeen, person(P.A).lastSeen, person(P.A).eventsPerYear]).toEqual(['2023-01-05', '2023-02-10', { 2023: 2, undated: 1 }]);
    // 钱五: 2022-11-20 and an undated one
    expect([person(P.E).firstSeen, person(P.E).lastSeen, person(P.E).eventsPerYear]).toEqual(['2022-11-20', '2022-11-20', { 2022: 1, undated: 1 }]);
    // 赵四: 2022-11-20, undated, 2023-04-01
    expect([person(P.D).firstSeen, person(P.D).lastSeen, person(P.D).eventsPerYear]).toEqual(['2022-11-20', '2023-04-01', { 2022: 1, 2023: 1, undated: 1 }]);
    expect(yearOf('2023-01-05')).toBe('2023');
    expect(yearOf('03-01')).toBeNull();
    expect(yearOf(null)).toBeNull();
    expect(dateSpan(['03-01', null, '02-11'])).toEqual({ first: '02-11', last: '03-01' });
    expect(dateSpan(['03-01', '2022-05-01'])).toEqual({ first: '2022-05-01', last: '2022-05-01' });
    expect(dateSpan([null])).toEqual({ first: null, last: null });
  });

  it('an empty document gives an empty network', () => {
    const empty = analyzeNetwork({ version: 1, articles: [], nodes: [], relationships: [] });
    expect(empty).toEqual({ persons: [], communities: [], pairs: 0, events: 0, leftOut: 0 });
  });

  it('--json has the documented fields; the text output names the top person and the bridge', () => {
    const json = analysisJson(analysis);
    expect(Object.keys(json.persons[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'events', 'degree', 'pagerank', 'betweenness', 'community', 'firstSeen', 'lastSeen']));
    expect(json.communities).toHaveLength(2);
    const text = formatAnalysis(analysis, 20, 1);
    expect(text).toMatch(/^co-attendance network: 7 persons at 6 events, 8 pairs who met; 2 communities of two or more; 1 persons at no event left out/);
    expect(text).toMatch(/周七\s+2\s+2\s+0\.0814\s+0\.6000/);
  });
});
