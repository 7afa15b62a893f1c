// Regenerates the graph-model table in README.md from the zod schema (npm run docs).
// tests/docs/readme.test.ts fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphModelTable, replaceGeneratedSection } from '../src/schema/docs.js';

const readme = fileURLToPath(new URL('../README.md', import.meta.url));
writeFileSync(readme, replaceGeneratedSection(readFileSync(readme, 'utf8'), graphModelTable()));
