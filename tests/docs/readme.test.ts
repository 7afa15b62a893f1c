import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphModelTable, replaceGeneratedSection } from '../../src/schema/docs.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/schema/graph.js';
import { STAGES } from '../../src/workflows/analyse.js';
import { pipelineTable } from '../../src/workflows/docs.js';

const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');

describe('README graph model', () => {
  it('is the table generated from the schema (run `npm run docs` after changing it)', () => {
    expect(replaceGeneratedSection(readme, 'graph-model', graphModelTable())).toBe(readme);
  });
  it('lists every label and relationship type', () => {
    for (const l of NODE_LABELS) expect(readme).toContain(`\`:${l}\``);
    for (const t of RELATIONSHIP_TYPES) expect(readme).toContain(`\`[:${t}]\``);
  });
});

describe('README pipeline', () => {
  it('is the table generated from the stage list (run `npm run docs` after changing it)', () => {
    expect(replaceGeneratedSection(readme, 'pipeline', pipelineTable())).toBe(readme);
  });
  it('lists every stage, in order', () => {
    const rows = readme.split('\n').filter((l) => /^\| \d+ \| /.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(STAGES.map((s) => s.name));
  });
});
