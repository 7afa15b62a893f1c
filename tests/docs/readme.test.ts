import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphModelTable, replaceGeneratedSection } from '../../src/schema/docs.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/schema/graph.js';

describe('README graph model', () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  it('is the table generated from the schema (run `npm run docs` after changing it)', () => {
    expect(replaceGeneratedSection(readme, graphModelTable())).toBe(readme);
  });
  it('lists every label and relationship type', () => {
    for (const l of NODE_LABELS) expect(readme).toContain(`\`:${l}\``);
    for (const t of RELATIONSHIP_TYPES) expect(readme).toContain(`\`[:${t}]\``);
  });
});
