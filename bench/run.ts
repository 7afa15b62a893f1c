/**
 * `npm run bench`: every benchmark of the project, each in its own process,
 * printed as a table. Targets (issue 2): extraction on one worker at least
 * half of nodejieba's raw `tag` throughput, two workers ≥ 1.7× one worker,
 * and memory that does not grow with the corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = (script: string, args: string[] = []) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const limit = process.argv.includes('--quick') ? ['--limit', '2000'] : [];
type Row = { mode: string; workers: number; articles: number; seconds: number; articlesPerSecond: number; mbPerSecond: number; peakRssMb: number; rssAtQuartersMb: number[] };
const run = (args: string[]): Row => JSON.parse(tsx('bench/extract.ts', [...args, ...limit]).trim().split('\n').pop()!);

console.log('Extraction on the bulk corpus (xwlb 2022-2023, 10,248 news items)');
const tag = run(['--mode', 'tag']);
const one = run(['--mode', 'extract', '--workers', '1']);
const two = run(['--mode', 'extract', '--workers', '2']);
for (const r of [tag, one, two]) {
  const label = r.mode === 'tag' ? 'nodejieba.tag (reference)' : `extract, ${r.workers} worker${r.workers > 1 ? 's' : ''}`;
  console.log(
    `  ${label.padEnd(28)} ${r.articles} articles in ${r.seconds.toFixed(1)} s: ${r.articlesPerSecond.toFixed(0)} articles/s, ${r.mbPerSecond.toFixed(2)} MB/s, peak RSS ${r.peakRssMb.toFixed(0)} MB${r.rssAtQuartersMb.length ? `, RSS at each quarter ${r.rssAtQuartersMb.join(' / ')} MB` : ''}`,
  );
}
console.log(`  1 worker / raw tag: ${(one.mbPerSecond / tag.mbPerSecond).toFixed(2)}× (target ≥ 0.5×)`);
console.log(`  2 workers / 1 worker: ${(two.mbPerSecond / one.mbPerSecond).toFixed(2)}× (target ≥ 1.7×)`);

for (const extra of ['bench/load.ts', 'bench/viz.ts']) {
  if (!existsSync(`${root}/${extra}`)) continue;
  console.log('');
  process.stdout.write(tsx(extra));
}
