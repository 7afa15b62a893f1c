/**
 * Extraction throughput on the bulk corpus, one configuration per process so
 * peak memory and CPU are its own. Prints one JSON line.
 *
 *   tsx bench/extract.ts --mode tag|extract --workers N [--limit N] [--repeat K]
 *
 * `--repeat K` reads the bulk items K times over, each pass under new ids
 * (xwlb-…~2, see bench/bulk.ts), for the scale figures: a corpus K times larger whose cost per
 * article and resident memory should stay those of one pass.
 * `tag` is nodejieba's own tagging of the same texts (the reference speed),
 * in this thread (--workers 0) or spread over worker threads (how far a
 * jieba workload scales on this machine);
 * `extract` runs the whole per-article pipeline, streaming: articles are
 * analysed and dropped, and resident memory is sampled at each quarter of the
 * corpus to show it does not grow with it.
 *
 * Each run reports its start-up (tag: loading jieba's dictionaries; extract:
 * until the first analysed article, i.e. worker threads loading modules,
 * dictionaries and gazetteer) and its throughput after start-up next to the
 * end-to-end figure, and, on Linux, where the CPU time went: the analysing
 * threads, the main thread (reading, handing articles over) and V8's helper
 * threads (optimizing compiler, garbage collector).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { analyseAll } from '../src/workflows/pool.js';
import { bulkRecords } from './bulk.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const mode = arg('mode', 'extract');
const workers = Number(arg('workers', mode === 'tag' ? '0' : '1'));
const limit = Number(arg('limit', 'Infinity'));
const repeat = Number(arg('repeat', '1'));
const records = () => bulkRecords(repeat, limit);

/** CPU seconds of this thread and of the other live threads (V8's helpers once the workers have ended). */
function threadCpuSeconds(): { main: number; others: number } | null {
  try {
    const seconds = (tid: string) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    };
    const tids = readdirSync('/proc/self/task');
    const main = seconds(String(process.pid));
    return { main, others: tids.filter((t) => t !== String(process.pid)).reduce((sum, t) => sum + seconds(t), 0) };
  } catch {
    return null;
  }
}

const TAG_WORKER = `
  const { parentPort } = require('node:worker_threads');
  const nodejieba = require(${JSON.stringify(createRequire(import.meta.url).resolve('nodejieba'))});
  nodejieba.load();
  parentPort.postMessage('ready');
  parentPort.on('message', (texts) => { for (const t of texts) nodejieba.tag(t); parentPort.postMessage(texts.length); });
`;

const started = performance.now();
let startup = 0;
let articles = 0;
let bytes = 0;
const rssSamples: number[] = [];
if (mode === 'tag' && workers > 0) {
  // The same tagging spread over worker threads: how far this machine lets a jieba workload scale.
  const pool = Array.from({ length: workers }, () => new Worker(TAG_WORKER, { eval: true }));
  await Promise.all(pool.map((w) => new Promise((resolve) => w.once('message', resolve))));
  startup = performance.now() - started;
  const outstanding = pool.map(() => 0);
  let answered: (() => void) | undefined;
  pool.forEach((w, i) => w.on('message', () => (outstanding[i]!--, answered?.())));
  const answer = () => new Promise<void>((resolve) => (answered = resolve));
  const send = async (texts: string[]) => {
    while (Math.min(...outstanding) >= 4) await answer();
    const i = outstanding.indexOf(Math.min(...outstanding));
    outstanding[i]!++;
    pool[i]!.postMessage(texts);
  };
  let batch: string[] = [];
  for await (const r of records()) {
    batch.push(`${r.title ?? ''}\n\n${r.body}`);
    articles++;
    bytes += Buffer.byteLength(r.body) + Buffer.byteLength(r.title ?? '');
    if (batch.length === 16) await send(batch.splice(0));
  }
  if (batch.length) await send(batch);
  while (outstanding.some((n) => n > 0)) await answer();
  await Promise.all(pool.map((w) => w.terminate()));
} else if (mode === 'tag') {
  nodejieba.load();
  startup = performance.now() - started;
  for await (const r of records()) {
    nodejieba.tag(`${r.title ?? ''}\n\n${r.body}`);
    articles++;
    bytes += Buffer.byteLength(r.body) + Buffer.byteLength(r.title ?? '');
  }
} else {
  const total = Number.isFinite(limit) ? limit : 10_248 * repeat;
  for await (const result of analyseAll(records(), workers)) {
    if (articles++ === 0) startup = performance.now() - started;
    if ('article' in result) bytes += Buffer.byteLength(result.article.text);
    if (articles % Math.ceil(total / 4) === 0) rssSamples.push(process.memoryUsage().rss);
  }
}
const seconds = (performance.now() - started) / 1000;
const afterStartup = seconds - startup / 1000;
const cpu = process.cpuUsage();
const threads = threadCpuSeconds();
const totalCpu = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({
    mode,
    workers,
    articles,
    seconds,
    articlesPerSecond: articles / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    startupSeconds: startup / 1000,
    // The first article came with the start-up; the rest are the throughput after it.
    articlesPerSecondAfterStartup: (articles - 1) / afterStartup,
    mbPerSecondAfterStartup: (bytes / 1e6) * ((articles - 1) / articles) / afterStartup,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssAtQuartersMb: rssSamples.map((b) => Math.round(b / 1e6)),
    cpuSeconds: threads && mode !== 'tag' ? { analysis: totalCpu - threads.main - threads.others, main: threads.main, v8Helpers: threads.others } : null,
  }),
);
