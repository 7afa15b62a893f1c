/** CSV files for neo4j-admin import: headers, one row per node / relationship, arrays and quoting. */
import { describe, expect, it } from 'vitest';
import { arrayDelimiter, renderCsv } from '../../src/export/csv.js';
import { toGraphModel } from '../../src/load/model.js';
import { validateGraph } from '../../src/validate/index.js';
import { expectedCounts, sampleGraph } from '../helpers/graphs.js';

/** RFC 4180 parser (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('kg export --format csv', () => {
  it('writes nodes per label and relationships per type with neo4j-admin headers', async () => {
    const doc = await sampleGraph();
    const files = renderCsv(toGraphModel(doc));
    const want = expectedCounts(doc);
    const byName = new Map(files.map((f) => [f.name, parseCsv(f.content)]));
    for (const [label, n] of Object.entries(want.labels)) {
      const rows = byName.get(`nodes_${label}.csv`)!;
      expect(rows[0]![0]).toMatch(/^id:ID\((Entity|Article)\)$/);
      expect(rows[0]!.at(-1)).toBe(':LABEL');
      expect(rows.length - 1).toBe(n);
      for (const r of rows.slice(1)) expect(r.length).toBe(rows[0]!.length);
    }
    for (const [type, n] of Object.entries(want.types)) {
      const rows = byName.get(`rels_${type}.csv`)!;
      expect(rows[0]!.slice(0, 2)).toEqual([expect.stringMatching(/^:START_ID\(Entity\)$/), expect.stringMatching(/^:END_ID\((Entity|Article)\)$/)]);
      expect(rows[0]!.at(-1)).toBe(':TYPE');
      expect(rows.length - 1).toBe(n);
    }
    expect(byName.get('rels_MENTIONED_IN.csv')![0]).toEqual(expect.arrayContaining(['start:long', 'end:long']));
    const script = files.find((f) => f.name === 'import.sh')!.content;
    expect(script).toContain('neo4j-admin database import full');
    // neo4j-admin reads a database name after the --relationships= list as one more file (exit 70).
    expect(script.indexOf('"${1:-neo4j}"')).toBeGreaterThan(-1);
    expect(script.indexOf('"${1:-neo4j}"')).toBeLessThan(script.indexOf('--nodes='));
    expect(script).toContain('--nodes=nodes_Person.csv');
    expect(script).toContain('kg load --schema-only');
  });

  it('quotes fields and picks an array delimiter that occurs in no value', () => {
    const doc = validateGraph({
      version: 1,
      articles: [{ id: 'a', title: 'x, "y"\nz', date: null, source: null, url: null, path: 'a.txt' }],
      nodes: [{ id: 'org:甲;乙', label: 'Organization', name: '甲;乙', aliases: ['甲;', '乙'], properties: {}, mentions: [{ article: 'a', start: 0, end: 2 }] }],
      relationships: [],
    });
    const model = toGraphModel(doc);
    expect(arrayDelimiter(model)).toBe('|');
    const files = renderCsv(model);
    const org = parseCsv(files.find((f) => f.name === 'nodes_Organization.csv')!.content);
    const aliases = org[0]!.indexOf('aliases:string[]');
    expect(org[1]![aliases]!.split('|')).toEqual(['甲;', '乙']);
    const art = parseCsv(files.find((f) => f.name === 'nodes_Article.csv')!.content);
    expect(art[1]![art[0]!.indexOf('title:string')]).toBe('x, "y"\nz');
    expect(files.find((f) => f.name === 'import.sh')!.content).toContain("--array-delimiter='|'");
  });
});
