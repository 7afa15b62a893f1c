/**
 * A corpus extracted in shards (`kg extract --shard k/n`) and loaded from the
 * shard documents together writes the graph one unsharded load writes, against
 * a live Neo4j; the CSV export of the shards is that of the whole document.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import { extractGraph } from '../../src/workflows/extract.js';
import { exportInputs } from '../../src/workflows/export.js';
import { graphFromInputs } from '../../src/workflows/load.js';
import { useNeo4j } from '../helpers/neo4j.js';
import { DEV_ARTICLES, describeWithDevCorpus } from '../helpers/corpus.js';
import { snapshot } from '../helpers/graphs.js';

const server = useNeo4j();

describeWithDevCorpus('sharded extraction, one load (live Neo4j)', () => {
  // Local, national and Shanxi reports: they share leaders, bodies and places (PART_OF across shards).
  const files = readdirSync(DEV_ARTICLES)
    .filter((f) => /^[LNS]0[1-5]\.txt$/.test(f))
    .sort()
    .map((f) => join(DEV_ARTICLES, f));
  const dir = mkdtempSync(join(tmpdir(), 'kg-shards-'));

  async function writeShards(): Promise<{ whole: string; shards: string[] }> {
    const whole = join(dir, 'whole.json');
    writeFileSync(whole, JSON.stringify((await extractGraph(files, { workers: 0 })).graph));
    const shards: string[] = [];
    for (const index of [1, 2]) {
      const { graph } = await extractGraph(files, { workers: 0, shard: { index, count: 2 } });
      expect(graph.articles.length).toBeGreaterThan(0);
      shards.push(join(dir, `shard-${index}.json`));
      writeFileSync(shards.at(-1)!, JSON.stringify(graph));
    }
    return { whole, shards };
  }

  async function loaded(documents: string[]): Promise<string> {
    await server().wipe();
    await applySchema(server().driver);
    await loadGraph(server().driver, (await graphFromInputs(documents)).graph, { fresh: true });
    return snapshot(server());
  }

  it('2 shards loaded together equal 1 unsharded load; their CSV export equals the whole one', async () => {
    const { whole, shards } = await writeShards();
    const unsharded = await loaded([whole]);
    expect(JSON.parse(unsharded).rels.some((r: string) => r.includes('"PART_OF"'))).toBe(true);
    expect(await loaded(shards)).toEqual(unsharded);

    const csv = async (inputs: string[], out: string) => {
      const { written } = await exportInputs(inputs, 'csv', join(dir, out));
      return Object.fromEntries(written.map((p) => [p.slice(p.lastIndexOf('/') + 1), p.endsWith('.csv') ? csvRecords(readFileSync(p, 'utf8')) : readFileSync(p, 'utf8')]));
    };
    expect(await csv(shards, 'csv-shards')).toEqual(await csv([whole], 'csv-whole'));
  });
});

/**
 * A CSV file as a sorted list of records, column order and the order inside
 * array cells left out: the union lists nodes shard by shard, which moves the
 * columns (they follow the first rows) and the evidence of a fact (the load
 * above checks its pairing).
 */
function csvRecords(text: string): string[] {
  const [head, ...rows] = text.trimEnd().split('\n').map(cells);
  return rows.map((row) => JSON.stringify(head!.map((h, i) => [h, row[i]!.split(';').sort().join(';')]).sort())).sort();
}

/** The cells of one CSV line ("" inside quotes is a quote). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) out.push(cell), (cell = '');
    else cell += c;
  }
  return [...out, cell];
}
