/**
 * `kg load --wipe` of one graph-document file reads it as a stream (checked
 * in one read, written in another, never held whole), against a live Neo4j:
 * it writes the graph the whole-document fresh path writes, sends no
 * statement of more than batchRows rows (bounded transactions), and gives each article the
 * contentHash a whole-document load computes (an unchanged reload writes
 * nothing). Files the stream cannot load go to the whole-document path.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { NODE_LABELS, type GraphDocument } from '../../src/schema/graph.js';
import { scanGraphFile } from '../../src/load/graph-file.js';
import { digestDocument } from '../../src/load/model.js';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph, loadGraphFile } from '../../src/load/writer.js';
import { graphFromInputs, loadInputs } from '../../src/workflows/load.js';
import { useNeo4j } from '../helpers/neo4j.js';
import { DEV_ARTICLES, describeWithDevCorpus } from '../helpers/corpus.js';
import { expectedCounts, snapshot } from '../helpers/graphs.js';

const server = useNeo4j();

async function empty(): Promise<void> {
  await server().wipe();
  await applySchema(server().driver);
}

/** Local and national dev articles: they share leaders and places, so facts have evidence from several. */
async function devGraph(): Promise<GraphDocument> {
  const files = readdirSync(DEV_ARTICLES).filter((f) => /^[LN]0[1-5]\.txt$/.test(f));
  return (await graphFromInputs(files.map((f) => join(DEV_ARTICLES, f)))).graph;
}

function writeDocument(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-stream-')), 'graph.json');
  writeFileSync(file, JSON.stringify(doc, null, 1));
  return file;
}

describeWithDevCorpus('a graph-document file loaded as a stream (live Neo4j)', () => {
  it('kg load --wipe streams the file into the graph a whole-document fresh load writes; an unchanged reload writes nothing', async () => {
    const doc = await devGraph();
    const file = writeDocument(doc);
    expect(await scanGraphFile(file)).toEqual(digestDocument(doc));

    await empty();
    const { stats } = await loadInputs([file], {
      connection: { uri: server().uri, username: server().username, password: server().password },
      wipe: true,
      batchRows: 100,
    });
    expect(await server().counts()).toEqual(expectedCounts(doc));
    expect(stats.nodesCreated).toBe(expectedCounts(doc).nodes);
    const streamed = await snapshot(server());

    const again = await loadGraph(server().driver, doc);
    expect(again).toMatchObject({ unchangedArticles: doc.articles.length, reloadedArticles: 0, rows: 0, propertiesSet: 0 });

    await empty();
    await loadGraph(server().driver, doc, { fresh: true });
    expect(await snapshot(server())).toBe(streamed);
  });

  it('sends every row once, in transactions of at most a batch per statement (a batch of relationships and the node rows held)', async () => {
    const doc = await devGraph();
    const file = writeDocument(doc);
    const digest = (await scanGraphFile(file))!;
    await empty();
    const sent: number[] = [];
    let last = 0;
    const stats = await loadGraphFile(server().driver, file, digest, {
      batchRows: 50,
      onProgress: (done) => {
        sent.push(done - last);
        last = done;
      },
    });
    expect(Math.max(...sent)).toBeLessThanOrEqual(50 * (NODE_LABELS.length + 1));
    expect(sent.length).toBeGreaterThan(stats.rows / 50 / (NODE_LABELS.length + 1));
    expect(last).toBe(stats.rows);
    expect(stats.rows).toBe(expectedCounts(doc).nodes + expectedCounts(doc).relationships);
  });

  it('leaves to the whole-document path a shard document, relationships listed before nodes, an invalid document and what is no JSON', async () => {
    const doc = await devGraph();
    expect(await scanGraphFile(writeDocument({ ...doc, partOfEvidence: {} }))).toBeNull();
    expect(await scanGraphFile(writeDocument({ version: 1, articles: doc.articles, relationships: doc.relationships, nodes: doc.nodes }))).toBeNull();
    const [first, ...rest] = doc.relationships;
    expect(await scanGraphFile(writeDocument({ ...doc, relationships: [{ ...first!, from: 'person:无此人' }, ...rest] }))).toBeNull();
    expect(await scanGraphFile(writeDocument({ ...doc, version: 2 }))).toBeNull();
    const notJson = join(mkdtempSync(join(tmpdir(), 'kg-stream-')), 'graph.json');
    writeFileSync(notJson, '{"version": 1, "nodes": [');
    expect(await scanGraphFile(notJson)).toBeNull();
  });
});
