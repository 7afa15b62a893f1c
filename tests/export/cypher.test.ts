/** The Cypher export, run into an empty live database, gives the graph `load` gives; its literals round-trip. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypherMap, cypherString, cypherValue, renderCypherScript } from '../../src/export/cypher.js';
import { toGraphModel } from '../../src/load/model.js';
import { applySchema } from '../../src/load/schema.js';
import { loadGraph } from '../../src/load/writer.js';
import { REPO, useNeo4j, type TestServer } from '../helpers/neo4j.js';
import { SAMPLE, expectedCounts, sampleGraph, snapshot } from '../helpers/graphs.js';

const server = useNeo4j();

/** Runs a script the way cypher-shell would: statement by statement (ours are one per line). */
async function runScript(s: TestServer, script: string): Promise<void> {
  const session = s.driver.session();
  try {
    for (const line of script.split('\n')) {
      if (!line.trim() || line.startsWith('//')) continue;
      expect(line.endsWith(';')).toBe(true);
      await session.run(line.slice(0, -1));
    }
  } finally {
    await session.close();
  }
}

describe('kg export --format cypher', () => {
  it('the script, run into an empty database, gives the same graph as load', async () => {
    const doc = await sampleGraph();
    await server().wipe();
    await applySchema(server().driver);
    await loadGraph(server().driver, doc);
    const loaded = await snapshot(server());

    await server().wipe();
    await runScript(server(), renderCypherScript(toGraphModel(doc)));
    expect(await server().counts()).toEqual(expectedCounts(doc));
    expect(await snapshot(server())).toBe(loaded);
  });

  it('the CLI writes the script to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'graph.cypher');
    const code = await new Promise<number>((resolve) =>
      execFile('npx', ['tsx', 'src/cli/main.ts', 'export', '--format', 'cypher', '--out', out, SAMPLE], { cwd: REPO }, (err) => resolve(err ? 1 : 0)),
    );
    expect(code).toBe(0);
    const script = readFileSync(out, 'utf8');
    expect(script).toContain('CREATE CONSTRAINT person_id IF NOT EXISTS');
    expect(script).toMatch(/^UNWIND \[.*\] AS row MERGE \(n:Person \{id: row\.id\}\)/m);
  });

  it('escapes strings strictly: quotes, backslashes, control and separator characters round-trip through the server', async () => {
    const nasty = [
      "it's",
      'back\\slash \\u0041 \\n',
      'line\nbreak\r\ttab',
      '"; MATCH (n) DETACH DELETE n; //',
      "'}) MATCH (n) DETACH DELETE n //",
      '\u0000\u0001\u001f\u007f\u0085\u2028\u2029',
      '河湖“清四乱”行动 😀',
      '`backtick` $param {map}',
    ];
    const session = server().driver.session();
    try {
      for (const s of nasty) {
        const res = await session.run(`RETURN ${cypherString(s)} AS v`);
        expect(res.records[0]!.get('v')).toBe(s);
      }
      // lone surrogates cannot be stored: they become U+FFFD
      expect((await session.run(`RETURN ${cypherString('a\uD800b')} AS v`)).records[0]!.get('v')).toBe('a\uFFFDb');
      // property names in backticks, numbers keep their types
      const map = cypherMap({ 'odd key`)': 1.5, plain: neo4j.int(3), f: 3, big: 1e21, tiny: 1e-7, list: ['a', 'b'], yes: true });
      const v = (await session.run(`RETURN ${map} AS v`)).records[0]!.get('v');
      expect(v['odd key`)']).toBe(1.5);
      expect(neo4j.isInt(v.plain)).toBe(true);
      expect(v.f).toBe(3);
      expect(neo4j.isInt(v.f)).toBe(false);
      expect(v.big).toBe(1e21);
      expect(v.tiny).toBe(1e-7);
      expect(v.list).toEqual(['a', 'b']);
    } finally {
      await session.close();
    }
    expect(() => cypherValue(Number.NaN)).toThrow();
  });
});
