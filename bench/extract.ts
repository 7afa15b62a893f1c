/**
 * Extraction throughput on the bulk corpus, one configuration per process so
 * peak memory is its own. Prints one JSON line.
 *
 *   tsx bench/extract.ts --mode tag|extract --workers N [--limit N]
 *
 * `tag` is nodejieba's own tagging of the same texts (the reference speed);
 * `extract` runs the whole per-article pipeline, streaming: articles are
 * analysed and dropped, and resident memory is sampled at each quarter of the
 * corpus to show it does not grow with it.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import nodejieba from 'nodejieba';
import type { SourceRecord } from '../src/document.js';
import { analyseAll } from '../src/workflows/pool.js';

export const BULK = new URL('../../shared/corpus/bulk/xwlb-2022-2023.jsonl', import.meta.url);

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const mode = arg('mode', 'extract');
const workers = Number(arg('workers', '1'));
const limit = Number(arg('limit', 'Infinity'));

async function* records(): AsyncGenerator<SourceRecord> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(BULK), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (n++ >= limit) return;
    const r = JSON.parse(line) as { id: string; title?: string; date?: string; source?: string; text: string };
    yield { id: r.id, path: 'bulk', title: r.title ?? null, date: r.date ?? null, source: r.source ?? null, url: null, body: r.text };
  }
}

const started = performance.now();
let articles = 0;
let bytes = 0;
const rssSamples: number[] = [];
if (mode === 'tag') {
  for await (const r of records()) {
    nodejieba.tag(`${r.title ?? ''}\n\n${r.body}`);
    articles++;
    bytes += Buffer.byteLength(r.body) + Buffer.byteLength(r.title ?? '');
  }
} else {
  const total = Number.isFinite(limit) ? limit : 10_248;
  for await (const result of analyseAll(records(), workers)) {
    articles++;
    if ('article' in result) bytes += Buffer.byteLength(result.article.text);
    if (articles % Math.ceil(total / 4) === 0) rssSamples.push(process.memoryUsage().rss);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    mode,
    workers: mode === 'tag' ? 0 : workers,
    articles,
    seconds,
    articlesPerSecond: articles / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssAtQuartersMb: rssSamples.map((b) => Math.round(b / 1e6)),
  }),
);
