/**
 * Lexicons live as data in data/lexicons/; each JSON file has a zod schema
 * (schemas.ts) that it must satisfy when it is loaded, so a typo in a file
 * fails at start with the file and the key, not as a silent miss later.
 * Each worker thread loads its own copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

export const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicons/', import.meta.url));

export class LexiconError extends Error {}

/** The JSON file `file` of `dir`, checked against `schema`; a LexiconError names the file and what is wrong. */
export function readLexicon<S extends z.ZodType>(file: string, schema: S, dir: string = LEXICON_DIR): z.output<S> {
  const path = join(dir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new LexiconError(`lexicon ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new LexiconError(`lexicon ${path} does not match its schema (src/lexicons/schemas.ts):\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

/** A word list file: whitespace-separated entries, `#` starts a comment line. */
export function readWordList(file: string, dir: string = LEXICON_DIR): string[] {
  const words = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
  return [...new Set(words)];
}
