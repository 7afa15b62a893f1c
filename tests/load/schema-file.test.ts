/** cypher/schema.cypher is generated from the schema; regenerate with `npm run gen:schema`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../src/schema/graph.js';
import { renderSchemaCypher, schemaStatements } from '../../src/load/schema.js';
import { REPO } from '../helpers/neo4j-paths.js';

describe('cypher/schema.cypher', () => {
  it('is up to date with src/schema/graph.ts (run `npm run gen:schema`)', () => {
    expect(readFileSync(join(REPO, 'cypher/schema.cypher'), 'utf8')).toBe(renderSchemaCypher());
  });

  it('has an idempotent uniqueness constraint on id for every label', () => {
    const statements = schemaStatements();
    for (const label of [...NODE_LABELS, 'Article']) {
      expect(statements.some((s) => s.includes(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`))).toBe(true);
    }
    for (const s of statements) expect(s).toContain('IF NOT EXISTS');
  });
});
