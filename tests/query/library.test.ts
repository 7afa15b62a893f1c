import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bindParams, formatTable, listQueries, loadQuery, parseQuery } from '../../src/query/library.js';

describe('the query library files', () => {
  const queries = listQueries();
  it('has the queries the issue asks for, each with a description and an example for every parameter it uses', () => {
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(['person-timeline', 'co-attendance', 'top-presiders', 'shared-policies', 'targets-by-deadline', 'place-meetings', 'organization-events', 'person-path', 'title-holders', 'fact-support']),
    );
    for (const q of queries) {
      expect(q.description.length, q.name).toBeGreaterThan(20);
      const used = new Set([...q.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      expect(new Set(Object.keys(q.params)), q.name).toEqual(used);
      expect(q.cypher).not.toMatch(/^:param/m);
    }
  });

  it('parses Browser :param lines and reads --param values by the example’s type', () => {
    const q = parseQuery('x/demo.cypher', "// demo: what it answers\n:param name => '马卫光';\n:param min => 2;\nMATCH (n) WHERE n.name = $name RETURN n LIMIT $min;\n");
    expect(q).toMatchObject({ name: 'demo', description: 'what it answers', params: { name: '马卫光', min: 2 } });
    expect(q.cypher).toBe('MATCH (n) WHERE n.name = $name RETURN n LIMIT $min');
    const bound = bindParams(q, { min: '5' });
    expect(bound.name).toBe('马卫光');
    expect(neo4j.isInt(bound.min) && (bound.min as ReturnType<typeof neo4j.int>).toNumber()).toBe(5);
    expect(() => bindParams(q, { min: 'many' })).toThrow(/takes a number/);
    expect(() => bindParams(q, { nope: '1' })).toThrow(/takes no parameter "nope"/);
  });

  it('reads a .cypher file by path, taking parameters it has no :param line for (whole numbers as integers)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-q-')), 'mine.cypher');
    writeFileSync(file, "// mine: who presided\n:param name => '马卫光';\nMATCH (p:Person {name: $name})-[:PRESIDED]->(e) RETURN e.name LIMIT $n;\n");
    const q = loadQuery(file);
    expect(q).toMatchObject({ name: 'mine', adHoc: true, params: { name: '马卫光' } });
    const bound = bindParams(q, { n: '3', city: '绍兴' });
    expect(neo4j.isInt(bound.n)).toBe(true);
    expect(bound).toMatchObject({ name: '马卫光', city: '绍兴' });
    expect(() => loadQuery('people-at-meetings')).toThrow(/no query named "people-at-meetings".*\.cypher file/);
    expect(() => loadQuery('nowhere/mine.cypher')).toThrow(/query file nowhere\/mine.cypher does not exist/);
  });

  it('prints a table with lists joined', () => {
    const out = formatTable({ columns: ['person', 'events'], rows: [{ person: '马卫光', events: ['A', 'B'] }], ms: 3 });
    expect(out.split('\n')).toEqual(['person  events', '------  ------', '马卫光  A、B', '(1 row, 3 ms)']);
  });
});
