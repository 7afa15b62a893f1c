// Regenerates the README's generated sections (npm run docs): the graph-model
// table from the zod schema, the pipeline table from the stage list.
// tests/docs/readme.test.ts fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphModelTable, replaceGeneratedSection } from '../src/schema/docs.js';
import { pipelineTable } from '../src/workflows/docs.js';

const readme = fileURLToPath(new URL('../README.md', import.meta.url));
let text = readFileSync(readme, 'utf8');
text = replaceGeneratedSection(text, 'graph-model', graphModelTable());
text = replaceGeneratedSection(text, 'pipeline', pipelineTable());
writeFileSync(readme, text);
