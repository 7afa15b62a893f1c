/**
 * The neo4j-admin path end to end: `kg export --format csv`'s own import.sh,
 * run with the real import tool (org.neo4j.cli.AdminTool from the Neo4j 5.26
 * jars the project's launcher is built with) into a fresh store; Neo4j started
 * on that store; `kg load --schema-only`; then the data (ids, names, aliases,
 * properties, mention offsets, evidence, article digests) equals a `kg load`
 * of the same document.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/export/csv.js';
import { toGraphModel } from '../../src/load/model.js';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import { graphFromInputs, mergeGraphs } from '../../src/workflows/load.js';
import { validateGraph } from '../../src/validate/index.js';
import { freePort } from '../../scripts/free-port.js';
import { REPO, useNeo4j, type TestServer } from '../helpers/neo4j.js';
import { ARTICLES, sampleGraph, snapshot, writeArticles } from '../helpers/graphs.js';

const exec = promisify(execFile);

type Query = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

/** The Cypher type of every property, per label or relationship type (the snapshot compares values only). */
async function valueTypes(query: Query): Promise<string[]> {
  const rows = await query<{ t: string[] }>(
    `CALL { MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT labels(n)[0] + '.' + k + ': ' + valueType(n[k]) AS t
            UNION MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT type(r) + '.' + k + ': ' + valueType(r[k]) AS t }
     RETURN collect(t) AS t`,
  );
  return [...rows[0]!.t].sort();
}
const server = useNeo4j();

describe('neo4j-admin import of the CSV export (live tool and server)', () => {
  it('import.sh, then Neo4j on the store and kg load --schema-only, gives the graph kg load gives', async () => {
    // The sample page, and an article with no facts (its factKeys is an empty list).
    const bare = writeArticles({ 'bare.txt': ARTICLES.b.split('\n').slice(0, 5).join('\n') + '\n' });
    const doc = validateGraph(mergeGraphs([await sampleGraph(), (await graphFromInputs([bare['bare.txt']!])).graph]));
    await server().wipe();
    await applySchema(server().driver);
    await loadGraph(server().driver, doc);
    const loaded = await snapshot(server());
    const loadedTypes = await valueTypes(server().query);

    const dir = mkdtempSync(join(tmpdir(), 'kg-admin-import-'));
    const csv = join(dir, 'csv');
    const home = join(dir, 'home');
    await exec('mkdir', ['-p', csv, home]);
    for (const f of renderCsv(toGraphModel(doc))) writeFileSync(join(csv, f.name), f.content, { mode: f.name.endsWith('.sh') ? 0o755 : 0o644 });
    // `neo4j-admin` on PATH: the real admin tool from the launcher's jars, its home the fresh store.
    const bin = join(dir, 'bin');
    await exec('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'neo4j-admin'), `#!/bin/sh\nexec java -cp "${join(REPO, 'tests/neo4j/target/lib')}/*" org.neo4j.cli.AdminTool "$@"\n`);
    chmodSync(join(bin, 'neo4j-admin'), 0o755);
    await exec('bash', [join(REPO, 'scripts/neo4j-build.sh')], { timeout: 600_000 });
    const imported = await exec('sh', [join(csv, 'import.sh')], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NEO4J_HOME: home }, timeout: 300_000 });
    expect(imported.stdout).toMatch(/Imported:/);

    const password = 'newskg-import-pw';
    const env = { ...process.env, NEO4J_DATA_DIR: home, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_PASSWORD: password, NEO4J_HTTP_PORT: '' };
    const uri = (await exec('bash', [join(REPO, 'scripts/neo4j-start.sh')], { env, timeout: 300_000 })).stdout.trim().split('\n').pop()!;
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
    try {
      const schema = await exec('npx', ['tsx', 'src/cli/main.ts', 'load', '--schema-only'], {
        cwd: REPO,
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password, NEO4J_DATABASE: '' },
        timeout: 180_000,
      });
      expect(schema.stderr).toMatch(/schema: \d+ constraints and indexes applied; [1-9]\d* empty lists set/);
      const query = async <T>(cypher: string, params: Record<string, unknown> = {}) =>
        (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject() as T);
      expect(await snapshot({ query } as TestServer)).toBe(loaded);
      expect(await valueTypes(query)).toEqual(loadedTypes); // e.g. offsets integers, not floats; dates dates, not strings
      const [constraints] = await query<{ n: number }>("SHOW CONSTRAINTS YIELD type WHERE type = 'UNIQUENESS' RETURN count(*) AS n");
      expect(Number(constraints!.n)).toBeGreaterThan(0);
    } finally {
      await driver.close();
      await exec('bash', [join(REPO, 'scripts/neo4j-stop.sh')], { env, timeout: 120_000 });
    }
  }, 900_000);
});
