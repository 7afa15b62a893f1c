/**
 * Two loads at once on overlapping article sets, against a live Neo4j: the
 * same graph as the two run one after the other (no duplicate node, no lost
 * fact or evidence). The loads share entities and facts and run in many small
 * transactions, so their writes interleave; deadlocks are retried by the
 * managed transactions.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { expect, it } from 'vitest';
import type { GraphDocument } from '../../src/schema/graph.js';
import { articleSubgraph } from '../../src/load/model.js';
import { validateGraph } from '../../src/validate/index.js';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import { graphFromInputs } from '../../src/workflows/load.js';
import { useNeo4j } from '../helpers/neo4j.js';
import { DEV_ARTICLES, describeWithDevCorpus } from '../helpers/corpus.js';
import { snapshot } from '../helpers/graphs.js';

const server = useNeo4j();

async function empty(): Promise<void> {
  await server().wipe();
  await applySchema(server().driver);
}

/** Local and national dev articles: they share leaders, places and facts. */
async function devDocument(): Promise<GraphDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-concurrent-'));
  const names = readdirSync(DEV_ARTICLES).filter((f) => /^[LN]0[1-6]\.txt$/.test(f)).sort();
  for (const f of names) copyFileSync(join(DEV_ARTICLES, f), join(dir, f));
  return (await graphFromInputs(names.map((f) => join(dir, f)))).graph;
}

/** Two overlapping thirds-and-more of the dev document. */
async function overlappingDocuments(): Promise<{ first: GraphDocument; second: GraphDocument; shared: number }> {
  const doc = await devDocument();
  const ids = doc.articles.map((a) => a.id);
  const cut = Math.floor(ids.length / 3);
  return { first: articleSubgraph(doc, ids.slice(0, 2 * cut)), second: articleSubgraph(doc, ids.slice(cut)), shared: cut };
}

describeWithDevCorpus('two kg load runs at once (live Neo4j)', () => {
  it('end with the graph the two give one after the other: no duplicate node, no lost fact', async () => {
    const { first, second, shared } = await overlappingDocuments();
    expect(shared).toBeGreaterThan(0);
    const options = { batchRows: 25 }; // many transactions each, so the two interleave

    await empty();
    await loadGraph(server().driver, first, options);
    await loadGraph(server().driver, second, options);
    const sequential = await snapshot(server());

    const other = neo4j.driver(server().uri, neo4j.auth.basic(server().username, server().password));
    try {
      for (let round = 0; round < 3; round++) {
        await empty();
        const [a, b] = await Promise.all([loadGraph(server().driver, first, options), loadGraph(other, second, options)]);
        expect(a.transactions + b.transactions).toBeGreaterThan(2);
        const [dupNodes] = await server().query<{ n: number }>('MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n');
        const [dupFacts] = await server().query<{ n: number }>(
          "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' WITH type(r) AS t, r.key AS k, count(*) AS c WHERE c > 1 RETURN count(*) AS n",
        );
        expect(Number(dupNodes!.n)).toBe(0);
        expect(Number(dupFacts!.n)).toBe(0);
        expect(await snapshot(server())).toBe(sequential);
      }
    } finally {
      await other.close();
    }
  }, 300_000);

  it('a load waits for a concurrent writer of the same fact and entity, and keeps what it wrote (no lost update)', async () => {
    // Article b states a fact article a stated already.
    const doc = (article: string): GraphDocument =>
      validateGraph({
        version: 1,
        articles: [{ id: article, title: `标题${article}`, date: '2023-06-29', source: null, url: null, path: `${article}.txt` }],
        nodes: [
          { id: 'person:韦韬', label: 'Person', name: '韦韬', aliases: [], properties: {}, mentions: [{ article, start: 5, end: 7 }] },
          { id: 'org:太原市委', label: 'Organization', name: '太原市委', aliases: [], properties: {}, mentions: [{ article, start: 1, end: 3 }] },
        ],
        relationships: [
          { type: 'HOLDS_POSITION', from: 'person:韦韬', to: 'org:太原市委', properties: { title: '市委书记' }, evidence: [{ article, start: 1, end: 7, text: `市委书记韦韬(${article})` }] },
        ],
      });
    const fact = { type: 'HOLDS_POSITION', from: 'person:韦韬', to: 'org:太原市委' };
    const articles = ['a', 'b'];
    await empty();
    await loadGraph(server().driver, doc('a'));

    // Another writer, mid-transaction: evidence from an article "x" on the fact, an alias on its subject.
    const session = server().driver.session();
    const tx = session.beginTransaction();
    await tx.run(
      `MATCH (p {id: $from})-[r:${fact.type}]->({id: $to})
       SET r.evidenceArticles = r.evidenceArticles + 'x', r.evidenceStarts = r.evidenceStarts + 0, r.evidenceEnds = r.evidenceEnds + 1,
           r.evidenceTexts = r.evidenceTexts + '某', r.articles = r.articles + 'x', p.aliases = p.aliases + '并发别名'`,
      { from: fact.from, to: fact.to },
    );
    const load = loadGraph(server().driver, doc('b')); // must wait for those locks
    await new Promise((r) => setTimeout(r, 1500));
    await tx.commit();
    await session.close();
    await load;

    const [row] = await server().query<{ articles: string[]; ev: string[]; aliases: string[] }>(
      `MATCH (p {id: $from})-[r:${fact.type}]->({id: $to}) RETURN r.articles AS articles, r.evidenceArticles AS ev, p.aliases AS aliases`,
      { from: fact.from, to: fact.to },
    );
    expect(row!.articles).toEqual(expect.arrayContaining([...articles, 'x']));
    expect(row!.ev).toEqual(expect.arrayContaining([...articles, 'x']));
    expect(row!.aliases).toContain('并发别名');
  }, 120_000);
});
