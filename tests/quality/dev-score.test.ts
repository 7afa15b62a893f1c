/**
 * Recomputes the dev-corpus score with the shared scorer, for the whole
 * corpus and for each source group (L local, N national, S Shanxi/national
 * leaders, seed the sample page). The floors are the last measured scores
 * (a regression guard, raised as the work lands); the bar is issue 15's.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractGraph } from '../../src/workflows/extract.js';
import { DEV_ARTICLES, DEV_GOLD, SCORER, describeWithDevCorpus } from '../helpers/corpus.js';

interface Score { core: { f: number; p: number; r: number }; full: { f: number } }

/** Measured floors (never above a measured run); `core`/`full` over all 114 articles. */
const FLOOR = { core: 0.911, full: 0.84 };
const GROUP_FLOOR: Record<string, number> = { L: 0.866, N: 0.946, S: 0.905, seed: 1.0 };
const BAR = { core: 0.93, full: 0.85, group: 0.9 };

function score(gold: string, pred: string): Score {
  return JSON.parse(execFileSync('node', [SCORER, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' })) as Score;
}

describeWithDevCorpus('dev corpus quality', () => {
  it('scores at least the recorded floor on the dev articles, overall and per source group', async () => {
    const { graph, problems } = await extractGraph([DEV_ARTICLES]);
    expect(problems).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'kg-dev-'));
    const pred = join(dir, 'dev.json');
    writeFileSync(pred, JSON.stringify(graph));
    const all = score(DEV_GOLD, pred);
    console.log(`dev core F1 ${all.core.f.toFixed(3)} (P ${all.core.p.toFixed(3)}, bar ${BAR.core}), full F1 ${all.full.f.toFixed(3)} (bar ${BAR.full})`);
    const golds = readdirSync(DEV_GOLD);
    for (const [group, floor] of Object.entries(GROUP_FLOOR)) {
      const groupDir = join(dir, group);
      mkdirSync(groupDir);
      const files = golds.filter((f) => f.startsWith(group));
      for (const f of files) copyFileSync(join(DEV_GOLD, f), join(groupDir, f));
      const s = score(groupDir, pred);
      console.log(`  ${group.padEnd(5)} ${String(files.length).padStart(3)} articles  core F1 ${s.core.f.toFixed(3)}  full F1 ${s.full.f.toFixed(3)}  (bar ${BAR.group} core)`);
      expect(s.core.f, `group ${group} core F1`).toBeGreaterThanOrEqual(floor);
    }
    expect(all.core.f).toBeGreaterThanOrEqual(FLOOR.core);
    expect(all.full.f).toBeGreaterThanOrEqual(FLOOR.full);
  });
});
