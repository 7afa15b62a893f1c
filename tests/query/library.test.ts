import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { bindParams, formatTable, listQueries, parseQuery } from '../../src/query/library.js';

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

  it('prints a table with lists joined', () => {
    const out = formatTable({ columns: ['person', 'events'], rows: [{ person: '马卫光', events: ['A', 'B'] }], ms: 3 });
    expect(out.split('\n')).toEqual(['person  events', '------  ------', '马卫光  A、B', '(1 row, 3 ms)']);
  });
});
