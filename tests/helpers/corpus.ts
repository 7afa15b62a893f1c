/**
 * The evaluation corpus lives beside the project, in `../shared/corpus`
 * (see README, "Evaluation corpus"); a clone of the project alone does not
 * have it. Tests that need it are skipped with one line saying so; `.ci/run`
 * refuses to start without it, so CI never skips them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';

export const SHARED = resolve(__dirname, '../../../shared');
export const DEV_ARTICLES = join(SHARED, 'corpus/dev/articles');
export const DEV_GOLD = join(SHARED, 'corpus/dev/gold');
export const BULK = join(SHARED, 'corpus/bulk/xwlb-2022-2023.jsonl');
export const SCORER = join(SHARED, 'eval/score.mjs');

export const devCorpusPresent = existsSync(DEV_ARTICLES) && existsSync(DEV_GOLD) && existsSync(SCORER);

/** `describe`, skipped with a one-line reason when the dev corpus is not beside the project. */
export function describeWithDevCorpus(name: string, body: () => void): void {
  if (!devCorpusPresent) console.warn(`skipped "${name}": needs the evaluation corpus at ${SHARED}/corpus/dev (see README)`);
  describe.skipIf(!devCorpusPresent)(name, body);
}
