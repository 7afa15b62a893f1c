/** Writes cypher/schema.cypher from the schema (`npm run gen:schema`). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemaCypher } from '../src/load/schema.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'cypher', 'schema.cypher');
await mkdir(dirname(file), { recursive: true });
await writeFile(file, renderSchemaCypher());
console.error(`wrote ${file}`);
