/** The loader against a live Neo4j: schema, counts, idempotence, incremental reloads, provenance. */
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, type GraphDocument } from '../../src/schema/graph.js';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph, wipeDatabase } from '../../src/load/writer.js';
import { validateGraph } from '../../src/validate/index.js';
import { graphFromInputs, mergeGraphs } from '../../src/workflows/load.js';
import { useNeo4j } from '../helpers/neo4j.js';
import { ARTICLES, expectedCounts, sampleGraph, snapshot, writeArticles } from '../helpers/graphs.js';

const server = useNeo4j();

async function fresh(): Promise<void> {
  const s = server();
  await s.wipe();
  await applySchema(s.driver);
}

describe('kg load (live Neo4j)', () => {
  it('applies a uniqueness constraint on id for every label, name indexes and the full-text index, idempotently', async () => {
    await fresh();
    await applySchema(server().driver); // twice: IF NOT EXISTS
    const constraints = await server().query<{ labelsOrTypes: string[]; properties: string[]; type: string }>(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type',
    );
    for (const label of [...NODE_LABELS, 'Article']) {
      expect(constraints).toContainEqual({ labelsOrTypes: [label], properties: ['id'], type: 'UNIQUENESS' });
    }
    const indexes = await server().query<{ name: string; type: string; labelsOrTypes: string[]; properties: string[] }>(
      'SHOW INDEXES YIELD name, type, labelsOrTypes, properties',
    );
    for (const label of NODE_LABELS) expect(indexes).toContainEqual({ name: `${label.toLowerCase()}_name`, type: 'RANGE', labelsOrTypes: [label], properties: ['name'] });
    const ft = indexes.find((i) => i.name === 'entity_names');
    expect(ft?.type).toBe('FULLTEXT');
    expect(ft?.properties).toEqual(['name', 'aliases']);
  });

  it('creates only what the database lacks, so a load into a ready database sends no schema statement', async () => {
    await fresh();
    expect(await applySchema(server().driver)).toBe(0);
    await server().query('DROP INDEX event_date');
    expect(await applySchema(server().driver)).toBe(1);
    expect(await server().query("SHOW INDEXES YIELD name WHERE name = 'event_date' RETURN name")).toEqual([{ name: 'event_date' }]);
    expect(await applySchema(server().driver)).toBe(0);
  });

  it('loads the sample page: node and relationship counts equal the graph document’s', async () => {
    await fresh();
    const doc = await sampleGraph();
    const stats = await loadGraph(server().driver, doc, { batchRows: 50 }); // several transactions
    const want = expectedCounts(doc);
    expect(await server().counts()).toEqual(want);
    expect(stats.nodesCreated).toBe(want.nodes);
    expect(stats.relationshipsCreated).toBe(want.relationships);
    expect(stats.transactions).toBeGreaterThan(0);
    // provenance: articles with their metadata, evidence on the facts
    const [art] = await server().query<{ n: number }>('MATCH (a:Article) WHERE a.path IS NOT NULL RETURN count(a) AS n');
    expect(Number(art!.n)).toBe(doc.articles.length);
    const facts = await server().query<{ articles: string[]; texts: string[] }>(
      "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN r.articles AS articles, r.evidenceTexts AS texts",
    );
    expect(facts.length).toBe(doc.relationships.length);
    for (const f of facts) {
      expect(f.articles.length).toBeGreaterThan(0);
      expect(f.texts.length).toBeGreaterThan(0);
    }
  });

  it('a second load of the same input changes nothing', async () => {
    await fresh();
    const doc = await sampleGraph();
    await loadGraph(server().driver, doc);
    const before = await snapshot(server());
    const again = await loadGraph(server().driver, doc, { batchRows: 30 });
    expect(await snapshot(server())).toBe(before);
    expect(again).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await server().counts()).toEqual(expectedCounts(doc));
  });

  it('the full-text index finds entities by name', async () => {
    await fresh();
    const doc = await sampleGraph();
    await loadGraph(server().driver, doc);
    const person = doc.nodes.find((n) => n.label === 'Person')!;
    const hits = await server().query<{ id: string }>("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id", {
      q: `"${person.name}"`,
    });
    expect(hits.map((h) => h.id)).toContain(person.id);
  });

  it('reloading an edited article replaces its facts; what other articles support stays', async () => {
    await fresh();
    const v1 = writeArticles({ 'v1/art-a.txt': ARTICLES.a, 'v1/art-b.txt': ARTICLES.b });
    const v2 = writeArticles({ 'art-a.txt': ARTICLES.aEdited });
    const first = (await graphFromInputs([v1['v1/art-a.txt']!, v1['v1/art-b.txt']!])).graph;
    const edited = (await graphFromInputs([v2['art-a.txt']!])).graph;
    const onlyB = (await graphFromInputs([v1['v1/art-b.txt']!])).graph;
    expect(first.articles.map((a) => a.id).sort()).toEqual(['art-a', 'art-b']);
    expect(edited.articles.map((a) => a.id)).toEqual(['art-a']);

    await loadGraph(server().driver, first);
    const stats = await loadGraph(server().driver, edited);
    expect(stats.reloadedArticles).toBe(1);
    const incremental = await snapshot(server());

    // The same database as loading the edited article and the other one from scratch.
    await fresh();
    await loadGraph(server().driver, validateGraph(mergeGraphs([edited, onlyB])));
    expect(incremental).toBe(await snapshot(server()));

    // Spelled out: entities only the old version named are gone, shared ones stay with both articles.
    const ids = new Set((await server().query<{ id: string }>('MATCH (n) RETURN n.id AS id')).map((r) => r.id));
    const keep = new Set([...edited.nodes, ...onlyB.nodes].map((n) => n.id));
    for (const n of first.nodes) expect(ids.has(n.id)).toBe(keep.has(n.id));
    const shared = onlyB.nodes.find((n) => edited.nodes.some((m) => m.id === n.id));
    if (shared) {
      const rows = await server().query<{ a: string }>('MATCH (n {id: $id})-[:MENTIONED_IN]->(a:Article) RETURN DISTINCT a.id AS a', { id: shared.id });
      expect(rows.map((r) => r.a).sort()).toEqual(['art-a', 'art-b']);
    }
  });

  it('a fact two articles support loses only the reloaded article’s evidence', async () => {
    await fresh();
    const doc = (articles: string[], holds: string[]): GraphDocument =>
      validateGraph({
        version: 1,
        articles: articles.map((id) => ({ id, title: `标题${id}`, date: '2023-06-29', source: null, url: null, path: `${id}.txt` })),
        nodes: [
          { id: 'person:韦韬', label: 'Person', name: '韦韬', aliases: [], properties: {}, mentions: articles.map((a) => ({ article: a, start: 5, end: 7, titles: ['市委书记'] })) },
          { id: 'org:太原市委', label: 'Organization', name: '太原市委', aliases: ['市委'], properties: {}, mentions: articles.map((a) => ({ article: a, start: 1, end: 3 })) },
        ],
        relationships: holds.length
          ? [{ type: 'HOLDS_POSITION', from: 'person:韦韬', to: 'org:太原市委', properties: { title: '市委书记' }, evidence: holds.map((a) => ({ article: a, start: 1, end: 7, text: `市委书记韦韬(${a})` })) }]
          : [],
      });
    await loadGraph(server().driver, doc(['a', 'b'], ['a', 'b']));
    const fact = () => server().query<{ articles: string[]; ev: string[]; texts: string[] }>(
      'MATCH (:Person)-[r:HOLDS_POSITION]->(:Organization) RETURN r.articles AS articles, r.evidenceArticles AS ev, r.evidenceTexts AS texts',
    );
    expect((await fact())[0]!.articles.sort()).toEqual(['a', 'b']);

    await loadGraph(server().driver, doc(['a'], [])); // article a no longer states it
    expect(await fact()).toEqual([{ articles: ['b'], ev: ['b'], texts: ['市委书记韦韬(b)'] }]);

    await loadGraph(server().driver, doc(['a'], ['a'])); // a states it again: evidence from both
    expect((await fact())[0]!.articles.sort()).toEqual(['a', 'b']);

    await loadGraph(server().driver, doc(['b'], [])); // and now b drops it
    expect(await fact()).toEqual([{ articles: ['a'], ev: ['a'], texts: ['市委书记韦韬(a)'] }]);
    expect((await server().counts()).labels).toEqual({ Article: 2, Person: 1, Organization: 1 });
  });

  it('wipe empties the database', async () => {
    await fresh();
    await loadGraph(server().driver, await sampleGraph());
    await wipeDatabase(server().driver);
    expect((await server().counts()).nodes).toBe(0);
  });
});
