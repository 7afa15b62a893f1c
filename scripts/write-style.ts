/** `npm run style`: write cypher/style.grass from the palette (see palette.ts). */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grassStylesheet } from '../src/visualize/palette.js';

export const STYLE_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'cypher', 'style.grass');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(STYLE_FILE, grassStylesheet());
  console.error(`wrote ${STYLE_FILE}`);
}
