/**
 * `npm run bench`: every benchmark of the project, each in its own process,
 * printed as a table. Targets (issue 2): extraction on one worker at least
 * half of nodejieba's raw `tag` throughput, two workers ≥ 1.7× one worker,
 * and memory that does not grow with the corpus; at ten times the corpus
 * (issue 13) extraction and `kg load --wipe` cost per article / row within
 * 1.3× of one pass, extraction memory flat and the loader's bounded.
 * `--quick` runs each extraction once on 2,000 articles and skips the 10×
 * runs; `--extract-only` skips the load and graph-view benchmarks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = (script: string, args: string[] = []) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const quick = process.argv.includes('--quick');
const limit = quick ? ['--limit', '2000'] : [];
/** The machine is shared: each configuration runs this many times, interleaved, and the median run counts. */
const ROUNDS = quick ? 1 : 3;
type Row = {
  mode: string;
  workers: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  startupSeconds: number;
  articlesPerSecondAfterStartup: number;
  mbPerSecondAfterStartup: number;
  peakRssMb: number;
  rssAtQuartersMb: number[];
  cpuSeconds: { analysis: number; main: number; v8Helpers: number } | null;
};
const run = (args: string[]): Row => JSON.parse(tsx('bench/extract.ts', [...args, ...limit]).trim().split('\n').pop()!);
const configs = {
  tag: { label: 'nodejieba.tag (reference)', args: ['--mode', 'tag', '--workers', '0'] },
  one: { label: 'extract, 1 worker', args: ['--mode', 'extract', '--workers', '1'] },
  two: { label: 'extract, 2 workers', args: ['--mode', 'extract', '--workers', '2'] },
  // How far jieba's own work scales on this machine, for comparison with the 2-worker figure.
  tagOne: { label: 'nodejieba.tag, 1 thread', args: ['--mode', 'tag', '--workers', '1'] },
  tagTwo: { label: 'nodejieba.tag, 2 threads', args: ['--mode', 'tag', '--workers', '2'] },
};
type Config = keyof typeof configs;
const names = Object.keys(configs) as Config[];
const runs = Object.fromEntries(names.map((name) => [name, [] as Row[]])) as Record<Config, Row[]>;
for (let round = 0; round < ROUNDS; round++) for (const name of names) runs[name].push(run(configs[name].args));
const median = (rows: Row[]) => [...rows].sort((a, b) => a.seconds - b.seconds)[Math.floor(rows.length / 2)]!;
const [tag, one, two, tagOne, tagTwo] = names.map((name) => median(runs[name])) as [Row, Row, Row, Row, Row];

console.log(`Extraction on the bulk corpus (xwlb 2022-2023, ${tag.articles.toLocaleString('en')} news items), median of ${ROUNDS} interleaved run${ROUNDS > 1 ? 's' : ''}`);
for (const name of names) {
  const r = median(runs[name]);
  const all = runs[name].map((x) => x.seconds.toFixed(1)).join(', ');
  console.log(
    `  ${configs[name].label.padEnd(27)} ${r.seconds.toFixed(1)} s (runs: ${all} s): ${r.articlesPerSecond.toFixed(0)} articles/s, ${r.mbPerSecond.toFixed(2)} MB/s end to end; ` +
      `start-up ${r.startupSeconds.toFixed(1)} s, then ${r.articlesPerSecondAfterStartup.toFixed(0)} articles/s, ${r.mbPerSecondAfterStartup.toFixed(2)} MB/s; ` +
      `peak RSS ${r.peakRssMb.toFixed(0)} MB${r.rssAtQuartersMb.length ? `, RSS at each quarter ${r.rssAtQuartersMb.join(' / ')} MB` : ''}`,
  );
  if (r.cpuSeconds) console.log(`  ${''.padEnd(27)} CPU: analysing threads ${r.cpuSeconds.analysis.toFixed(1)} s, main thread ${r.cpuSeconds.main.toFixed(1)} s, V8 helper threads (compiler, GC) ${r.cpuSeconds.v8Helpers.toFixed(1)} s`);
}
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(`  1 worker / raw tag:   ${ratio(one.mbPerSecond, tag.mbPerSecond)}× end to end, ${ratio(one.mbPerSecondAfterStartup, tag.mbPerSecondAfterStartup)}× after start-up (target ≥ 0.5×)`);
console.log(`  2 workers / 1 worker: ${ratio(two.mbPerSecond, one.mbPerSecond)}× end to end, ${ratio(two.mbPerSecondAfterStartup, one.mbPerSecondAfterStartup)}× after start-up (target ≥ 1.7×)`);
console.log(`  (nodejieba.tag itself, 2 threads / 1 thread: ${ratio(tagTwo.mbPerSecond, tagOne.mbPerSecond)}× end to end, ${ratio(tagTwo.mbPerSecondAfterStartup, tagOne.mbPerSecondAfterStartup)}× after start-up)`);

if (!quick) {
  const scale = run([...configs.one.args, '--repeat', '10']);
  console.log(
    `  extract, 1 worker, bulk items 10× over: ${scale.articles.toLocaleString('en')} articles in ${scale.seconds.toFixed(1)} s, ${scale.articlesPerSecond.toFixed(0)} articles/s ` +
      `(${ratio(one.articlesPerSecond, scale.articlesPerSecond)}× the cost per article of one pass; target ≤ 1.3×), peak RSS ${scale.peakRssMb.toFixed(0)} MB, at each quarter ${scale.rssAtQuartersMb.join(' / ')} MB`,
  );
}

const extras = [['bench/load.ts'], ...(quick ? [] : [['bench/load.ts', '--repeat', '10']]), ['bench/viz.ts']];
for (const [script, ...args] of extras) {
  if (process.argv.includes('--extract-only') || !existsSync(`${root}/${script}`)) continue;
  console.log('');
  process.stdout.write(tsx(script!, args));
}
