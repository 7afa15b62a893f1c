/**
 * Hostile text is data: names, ids, aliases, titles, evidence and fact
 * properties full of quotes, backticks, braces, Cypher fragments, `$param`,
 * control characters and very long strings go through validateGraph and
 * `kg load` and come back byte for byte, and nothing else in the database
 * changes. What Neo4j itself cannot store (over-long indexed strings, empty
 * property names) and fact properties that would overwrite the loader's own
 * provenance are refused before anything is written.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import { RESERVED_FACT_PROPERTIES, UnloadableGraphError } from '../../src/load/model.js';
import type { GraphDocument } from '../../src/schema/graph.js';
import { validateGraph } from '../../src/validate/index.js';
import { expectedCounts, snapshot } from '../helpers/graphs.js';
import { useNeo4j } from '../helpers/neo4j.js';
import { kg, nonEmptyLines } from './helpers.js';

const server = useNeo4j();

/** Strings that would change a query if they were ever spliced into Cypher. */
const HOSTILE = [
  `'}) DETACH DELETE n //`,
  `"}) MATCH (m) DETACH DELETE m RETURN 1 //`,
  "`Person`) DETACH DELETE n WITH 1 AS x MATCH (y:`",
  '{name: $name, id: $rows}',
  '$param $rows $batch $ids ${label}',
  "x'; MATCH (n) DETACH DELETE n; //",
  '*/ MATCH (n) DETACH DELETE n /*',
  "CALL dbms.security.createUser('evil', 'evil-pass', false)",
  '\\\' \\" \\\\ \\u0041 \\n (backslashes kept literally)',
  'tab\tnewline\nreturn\rbell\u0007esc\u001b[31mdel\u007f',
  '\u200b zero width \u202e right-to-left \ufeff bom',
  '😀 emoji 𠀀 astral 韦韬 中文',
  '   leading and trailing spaces   ',
  'null',
  '',
];

const LONG_NAME = '长'.repeat(2000); // 6,000 UTF-8 bytes: still indexable
const LONG_TEXT = '证据文本，'.repeat(40_000); // 200,000 characters of evidence

/** A valid graph document whose every string is hostile. */
function hostileGraph(): GraphDocument {
  const texts = HOSTILE.filter((s) => s !== '');
  const articles: GraphDocument["articles"] = texts.map((t, i) => ({ id: `art:${i}:${t}`, title: t, date: '2023-06-29', source: t, url: `https://example.com/?q=${t}`, path: `/tmp/${t}` }));
  const nodes: GraphDocument['nodes'] = [];
  const relationships: GraphDocument['relationships'] = [];
  texts.forEach((t, i) => {
    const a = articles[i]!.id;
    const m = [{ article: a, start: 0, end: 3 }];
    // The schema's id pattern is one line: ids get the text with line breaks shown as ␤.
    const it = t.replace(/[\r\n\u2028\u2029]/g, '␤');
    const person = `person:${it}`;
    const event = `event:${i}/${it}`;
    nodes.push({ id: person, label: 'Person', name: t, aliases: [`${t}同志`, ...HOSTILE.slice(0, 3)], properties: {}, mentions: [{ ...m[0]!, titles: [t] }] });
    nodes.push({ id: `org:${it}`, label: 'Organization', name: `${t}委员会`, aliases: [], properties: {}, mentions: m });
    nodes.push({ id: `policy:${it}`, label: 'Policy', name: `《${t}》`, aliases: [], properties: { kind: 'plan' }, mentions: m });
    nodes.push({ id: event, label: 'Event', name: `${t}会议`, aliases: [], properties: { date: '2023-06-29', kind: 'meeting' }, mentions: m });
    relationships.push({ type: 'ATTENDED', from: person, to: event, properties: {}, evidence: [{ article: a, start: 0, end: 5, text: t }] });
    relationships.push({ type: 'MANDATES', from: event, to: `policy:${it}`, properties: {}, evidence: [{ article: a, start: 1, end: 9, text: `要${t}` }] });
    // Hostile property names as well as values (names that are not the loader's own).
    relationships.push({
      type: 'HOLDS_POSITION',
      from: person,
      to: `org:${it}`,
      properties: { title: t, date: null, [`k${i}\`}) DELETE r //`]: t, $param: i, 'with space': true },
      evidence: [{ article: a, start: 2, end: 4, text: t }],
    });
  });
  const longArticle = 'art:long';
  nodes.push({ id: `person:${LONG_NAME}`, label: 'Person', name: LONG_NAME, aliases: [LONG_NAME.slice(1)], properties: {}, mentions: [{ article: longArticle, start: 0, end: 2000 }] });
  nodes.push({ id: 'event:long', label: 'Event', name: '长会议', aliases: [], properties: { date: null, kind: 'meeting' }, mentions: [{ article: longArticle, start: 0, end: 3 }] });
  relationships.push({ type: 'SPOKE_AT', from: `person:${LONG_NAME}`, to: 'event:long', properties: {}, evidence: [{ article: longArticle, start: 0, end: LONG_TEXT.length, text: LONG_TEXT }] });
  articles.push({ id: longArticle, title: LONG_TEXT.slice(0, 5000), date: null, source: null, url: null, path: '/tmp/long' });
  return validateGraph({ version: 1, articles, nodes, relationships });
}

/** A small, ordinary graph that must survive every load below untouched. */
function bystanderGraph(): GraphDocument {
  return validateGraph({
    version: 1,
    articles: [{ id: 'bystander', title: '全市安全生产工作会议召开', date: '2023-06-29', source: '测试日报', url: null, path: '/tmp/b' }],
    nodes: [
      { id: 'person:韦韬', label: 'Person', name: '韦韬', aliases: [], properties: {}, mentions: [{ article: 'bystander', start: 10, end: 12 }] },
      { id: 'event:b/会议', label: 'Event', name: '全市安全生产工作会议', aliases: [], properties: { date: '2023-06-29', kind: 'meeting' }, mentions: [{ article: 'bystander', start: 0, end: 10 }] },
    ],
    relationships: [{ type: 'PRESIDED', from: 'person:韦韬', to: 'event:b/会议', properties: {}, evidence: [{ article: 'bystander', start: 0, end: 14, text: '韦韬主持会议' }] }],
  });
}

function writeJson(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'news-kg-faults-inj-')), 'graph.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

const plain = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Array.isArray(v) ? v.map(plain) : v);

function sum(a: ReturnType<typeof expectedCounts>, b: ReturnType<typeof expectedCounts>) {
  const add = (x: Record<string, number>, y: Record<string, number>) => {
    const out = { ...x };
    for (const [k, v] of Object.entries(y)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return { nodes: a.nodes + b.nodes, relationships: a.relationships + b.relationships, labels: add(a.labels, b.labels), types: add(a.types, b.types) };
}

describe('hostile strings against the live server', () => {
  const doc = hostileGraph();
  const bystander = bystanderGraph();
  let bystanderSnapshot = '';

  beforeAll(async () => {
    const s = server();
    await s.wipe();
    await applySchema(s.driver);
    await loadGraph(s.driver, bystander);
    bystanderSnapshot = await snapshot(s);
  });

  it('pass validateGraph and load with `kg load` as plain data: counts are exactly the documents’', async () => {
    const r = await kg(['load', '--batch-size', '7', writeJson(doc)], server().env);
    expect(r.code, r.stderr).toBe(0);
    expect(await server().counts()).toEqual(sum(expectedCounts(bystander), expectedCounts(doc)));
  });

  it('every node’s id, name and aliases read back byte for byte', async () => {
    const rows = await server().query<{ id: string; name: string; aliases: string[]; labels: string[] }>(
      'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.aliases AS aliases, labels(n) AS labels',
      { ids: doc.nodes.map((n) => n.id) },
    );
    const got = new Map(rows.map((r) => [r.id, r]));
    expect(got.size).toBe(doc.nodes.length);
    for (const n of doc.nodes) {
      const row = got.get(n.id)!;
      expect(row, n.id).toBeDefined();
      expect(row.labels).toEqual([n.label]);
      expect(row.name).toBe(n.name);
      expect([...row.aliases].sort()).toEqual([...n.aliases.filter((a) => a !== n.name)].sort());
    }
  });

  it('articles, mention titles, evidence texts and fact properties read back byte for byte', async () => {
    const arts = await server().query<{ id: string; title: string | null; source: string | null; url: string | null; path: string | null }>(
      'MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.path AS path',
      { ids: doc.articles.map((a) => a.id) },
    );
    expect(arts).toHaveLength(doc.articles.length);
    const byId = new Map(arts.map((a) => [a.id, a]));
    for (const a of doc.articles) expect(byId.get(a.id)).toEqual({ id: a.id, title: a.title, source: a.source, url: a.url, path: a.path });

    const titles = await server().query<{ id: string; titles: string[] }>('MATCH (p:Person)-[m:MENTIONED_IN]->() WHERE m.titles IS NOT NULL RETURN p.id AS id, m.titles AS titles');
    const wantTitles = doc.nodes.filter((n) => n.mentions[0]?.titles).map((n) => ({ id: n.id, titles: n.mentions[0]!.titles! }));
    expect(titles.sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(wantTitles.sort((x, y) => (x.id < y.id ? -1 : 1)));

    const facts = await server().query<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
      'MATCH (x)-[r]->(y) WHERE type(r) <> "MENTIONED_IN" AND x.id <> "person:韦韬" RETURN x.id AS from, type(r) AS type, y.id AS to, properties(r) AS props',
    );
    expect(facts).toHaveLength(doc.relationships.length);
    const factBy = new Map(facts.map((f) => [`${f.type}|${f.from}|${f.to}`, f.props]));
    for (const r of doc.relationships) {
      const props = factBy.get(`${r.type}|${r.from}|${r.to}`)!;
      expect(props, `${r.type} ${r.from}`).toBeDefined();
      expect(props.evidenceTexts).toEqual(r.evidence.map((e) => e.text));
      expect(plain(props.evidenceStarts)).toEqual(r.evidence.map((e) => e.start));
      for (const [k, v] of Object.entries(r.properties)) {
        if (v === null) expect(props).not.toHaveProperty([k]);
        else expect(plain(props[k]), k).toEqual(v);
      }
    }
    const [long] = await server().query<{ n: number }>("MATCH ()-[r:SPOKE_AT]->(:Event {id: 'event:long'}) RETURN size(r.evidenceTexts[0]) AS n");
    expect(Number(long!.n)).toBe(LONG_TEXT.length);
  });

  it('the bystander graph is untouched, and a second load changes nothing', async () => {
    const byst = await server().query<{ n: number }>("MATCH (n) WHERE n.id IN ['person:韦韬', 'event:b/会议', 'bystander'] RETURN count(n) AS n");
    expect(Number(byst[0]!.n)).toBe(3);
    const before = await snapshot(server());
    // Every node and relationship of the bystander is still there with the same properties.
    const whole = JSON.parse(before) as { nodes: string[]; rels: string[] };
    const alone = JSON.parse(bystanderSnapshot) as { nodes: string[]; rels: string[] };
    for (const n of alone.nodes) expect(whole.nodes).toContain(n);
    for (const r of alone.rels) expect(whole.rels).toContain(r);
    const r = await kg(['load', '--batch-size', '40', writeJson(doc)], server().env);
    expect(r.code, r.stderr).toBe(0);
    expect(await snapshot(server())).toBe(before);
  });

  it('the full-text index takes hostile names as data too', async () => {
    await loadGraph(server().driver, doc);
    const hits = await server().query<{ id: string }>("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id", { q: '"韦韬 中文"' });
    expect(hits.map((h) => h.id)).toContain('person:😀 emoji 𠀀 astral 韦韬 中文');
  });
});

describe('what Neo4j would refuse midway is refused before anything is written', () => {
  // [what, how to spoil a good document, the message, whether to also run it through the CLI]
  const cases: [string, (doc: GraphDocument) => void, RegExp, boolean?][] = [
    ...RESERVED_FACT_PROPERTIES.map((k): [string, (doc: GraphDocument) => void, RegExp, boolean] => [
      `a fact property named "${k}" (the loader's provenance)`,
      (doc) => (doc.relationships[0]!.properties[k] = 'forged'),
      new RegExp(`property named "${k}", which the loader keeps for provenance`),
      k === 'key', // before the fix, "key" replaced the MERGE identity: the next load duplicated the fact
    ]),
    ['an empty fact property name', (doc) => (doc.relationships[0]!.properties[''] = 1), /property name Neo4j refuses \(""\)/, true],
    ['a NUL in a fact property name', (doc) => (doc.relationships[0]!.properties['a\u0000b'] = 1), /property name Neo4j refuses/],
    [
      'a node id too long for its uniqueness index',
      (doc) => {
        const id = `person:${'长'.repeat(3000)}`;
        doc.relationships[0]!.from = id;
        doc.nodes[0]!.id = id;
      },
      /node id "person:长+…" is 9007 bytes \(at most 8000\)/,
      true,
    ],
    ['a name too long for its index', (doc) => (doc.nodes[1]!.name = '名'.repeat(3000)), /name of "event:b\/会议" is 9000 bytes/],
  ];

  for (const [what, spoil, message, cli] of cases) {
    it(`${what}: refused${cli ? '; kg load exits 1 with one line and even with --wipe touches nothing' : ''}`, async () => {
      const s = server();
      await s.wipe();
      await applySchema(s.driver);
      await loadGraph(s.driver, bystanderGraph());
      const before = await snapshot(s);
      const doc = structuredClone(bystanderGraph());
      spoil(doc);
      validateGraph(doc); // the schema accepts it: only the loader knows
      await expect(loadGraph(s.driver, doc)).rejects.toThrow(UnloadableGraphError);
      await expect(loadGraph(s.driver, doc)).rejects.toThrow(message);
      if (!cli) {
        expect(await snapshot(s)).toBe(before);
        return;
      }
      const r = await kg(['load', '--wipe', writeJson(doc)], s.env);
      expect(r.code).toBe(1);
      expect(nonEmptyLines(r.stderr), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(/^kg: graph cannot be loaded into Neo4j: /);
      expect(r.stderr).toMatch(message);
      expect(await snapshot(s)).toBe(before);
    });
  }
});
