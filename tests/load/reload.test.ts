/**
 * Loads at scale, against a live Neo4j: the fresh path (after a wipe) writes
 * the graph the incremental one does; an unchanged document re-loads without
 * a single write; an edited article re-loads alone, its old facts found by key.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RELATIONSHIP_TYPES, type GraphDocument } from '../../src/schema/graph.js';
import { articleShares } from '../../src/load/model.js';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph, staleFactsQuery } from '../../src/load/writer.js';
import { graphFromInputs } from '../../src/workflows/load.js';
import { useNeo4j } from '../helpers/neo4j.js';
import { DEV_ARTICLES, describeWithDevCorpus } from '../helpers/corpus.js';
import { expectedCounts, snapshot } from '../helpers/graphs.js';

const server = useNeo4j();

async function empty(): Promise<void> {
  await server().wipe();
  await applySchema(server().driver);
}

/** A few local and national dev articles (they share leaders and places), copied so one can be edited. */
function devCopies(): { dir: string; files: string[] } {
  const names = readdirSync(DEV_ARTICLES)
    .filter((f) => /^[LN]0[1-5]\.txt$/.test(f))
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'kg-reload-'));
  for (const f of names) copyFileSync(join(DEV_ARTICLES, f), join(dir, f));
  return { dir, files: names.map((f) => join(dir, f)) };
}

/** A snapshot without the entities' aliases, and the aliases by entity id. */
function splitAliases(snap: string): { graph: string; aliases: Map<string, string[]> } {
  const parsed = JSON.parse(snap) as { nodes: string[]; rels: string[] };
  const aliases = new Map<string, string[]>();
  const nodes = parsed.nodes.map((line) => {
    const [labels, props] = JSON.parse(line) as [string[], Record<string, unknown>];
    if (Array.isArray(props.aliases)) aliases.set(props.id as string, props.aliases as string[]);
    delete props.aliases;
    return JSON.stringify([labels, props]);
  });
  return { graph: JSON.stringify({ nodes, rels: parsed.rels }), aliases };
}

const extract = async (files: string[]): Promise<GraphDocument> => (await graphFromInputs(files)).graph;

describeWithDevCorpus('loads at scale (live Neo4j)', () => {
  it('the fresh path (CREATE once, rows batched across articles) writes the graph the incremental path writes', async () => {
    const doc = await extract(devCopies().files);
    await empty();
    const fresh = await loadGraph(server().driver, doc, { fresh: true, batchRows: 100 });
    expect(await server().counts()).toEqual(expectedCounts(doc));
    expect(fresh.nodesCreated).toBe(expectedCounts(doc).nodes);
    const written = await snapshot(server());

    await empty();
    await loadGraph(server().driver, doc, { batchRows: 100 });
    expect(await snapshot(server())).toBe(written);
  });

  it('re-loading an unchanged document writes nothing', async () => {
    const doc = await extract(devCopies().files);
    await empty();
    await loadGraph(server().driver, doc, { fresh: true });
    const before = await snapshot(server());
    const again = await loadGraph(server().driver, doc);
    expect(again).toMatchObject({
      unchangedArticles: doc.articles.length,
      reloadedArticles: 0,
      transactions: 0,
      rows: 0,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    });
    expect(await snapshot(server())).toBe(before);
  });

  it('editing one article and re-loading rewrites that article alone, and gives the graph a fresh load of the new version gives', async () => {
    const { dir, files } = devCopies();
    const first = await extract(files);
    await empty();
    await loadGraph(server().driver, first);

    // The edit: the article's last paragraph is gone.
    const edited = join(dir, 'N02.txt');
    const lines = readFileSync(edited, 'utf8').trimEnd().split('\n');
    writeFileSync(edited, lines.slice(0, -1).join('\n') + '\n');
    const second = await extract(files);
    const share = articleShares(second).find((s) => s.id === 'N02')!;
    expect(share.contentHash).not.toBe(articleShares(first).find((s) => s.id === 'N02')!.contentHash);

    const stats = await loadGraph(server().driver, second);
    expect(stats.reloadedArticles).toBe(1);
    expect(stats.unchangedArticles).toBe(second.articles.length - 1);
    // Rows sent: the edited article's own (its record, mentions, entities, facts), nothing of the others.
    expect(stats.rows).toBe(1 + share.mentions.length + share.entities.length + share.facts.length);
    const incremental = await snapshot(server());

    // A fresh load of the new version: the same graph, except that aliases accumulate over loads
    // (a load of some articles must not drop the names others gave), so the edited article's old ones stay.
    await empty();
    await loadGraph(server().driver, second, { fresh: true });
    const reference = await snapshot(server());
    expect(splitAliases(incremental).graph).toBe(splitAliases(reference).graph);
    const kept = splitAliases(incremental).aliases;
    for (const [id, names] of splitAliases(reference).aliases) expect(kept.get(id)).toEqual(expect.arrayContaining(names));
  });

  it('finds a stored fact by its key through the type’s key index, never by scanning the type', async () => {
    await empty();
    for (const type of RELATIONSHIP_TYPES) {
      const res = await server().driver.executeQuery(`EXPLAIN ${staleFactsQuery(type)}`, { rows: [] });
      const operators: string[] = [];
      const walk = (p: { operatorType: string; children: unknown[] }) => {
        operators.push(p.operatorType);
        for (const c of p.children) walk(c as typeof p);
      };
      walk(res.summary.plan as never);
      expect(operators.some((o) => /RelationshipIndexSeek/.test(o)), `${type}: ${operators.join(' ← ')}`).toBe(true);
      expect(operators.some((o) => /Scan/.test(o)), `${type}: ${operators.join(' ← ')}`).toBe(false);
    }
  });
});
