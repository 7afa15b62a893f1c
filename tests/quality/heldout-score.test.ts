/**
 * Scores the held-out articles of our own writing (tests/fixtures/heldout:
 * provinces, levels and institutions the dev corpus lacks) with the shared
 * scorer. The floors are the last measured scores, a regression guard for how
 * the rules carry over to text they were not written from.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { extractGraph } from '../../src/workflows/extract.js';
import { score, type Score } from '../../scripts/eval.js';
import { SCORER, describeWithDevCorpus } from '../helpers/corpus.js';

const HELDOUT = resolve(__dirname, '../fixtures/heldout');
/** Measured floors (never above a measured run). */
const FLOOR = { core: 0.954, full: 0.924 };

describeWithDevCorpus('held-out quality', () => {
  it('scores at least the recorded floor on the held-out articles', async () => {
    const { graph, problems } = await extractGraph([join(HELDOUT, 'articles')]);
    expect(problems).toEqual([]);
    const pred = join(mkdtempSync(join(tmpdir(), 'kg-heldout-')), 'heldout.json');
    writeFileSync(pred, JSON.stringify(graph));
    const s = JSON.parse(score(SCORER, join(HELDOUT, 'gold'), pred, ['--json'])) as Score;
    console.log(`held-out core F1 ${s.core.f.toFixed(3)} (R ${s.core.r.toFixed(3)}), full F1 ${s.full.f.toFixed(3)} (R ${s.full.r.toFixed(3)})`);
    expect(s.core.f).toBeGreaterThanOrEqual(FLOOR.core);
    expect(s.full.f).toBeGreaterThanOrEqual(FLOOR.full);
  });
});
