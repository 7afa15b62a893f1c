/**
 * Spreads independent articles over worker threads and hands results back
 * in input order, so the output is identical whatever the number of workers.
 * At most `workers × IN_FLIGHT_PER_WORKER` articles are in flight: a large
 * corpus streams through with bounded memory.
 */
import { Worker } from 'node:worker_threads';
import type { Article, SourceRecord } from '../document.js';
import { analyseArticle } from './analyse.js';

const IN_FLIGHT_PER_WORKER = 16;

export type AnalysisResult = { article: Article } | { error: string };

/** Analyse records in order; `workers` 0 runs in this thread. */
export async function* analyseAll(records: AsyncIterable<SourceRecord>, workers: number): AsyncGenerator<AnalysisResult> {
  if (workers <= 0) {
    for await (const record of records) {
      try {
        yield { article: analyseArticle(record) };
      } catch (err) {
        yield { error: `${record.path}: ${err instanceof Error ? err.message : String(err)}` };
      }
    }
    return;
  }
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url)));
  const results = new Map<number, AnalysisResult>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  for (const w of pool) {
    w.on('message', (msg: { seq: number } & AnalysisResult) => {
      results.set(msg.seq, 'article' in msg ? { article: msg.article } : { error: msg.error });
      wake?.();
    });
    w.on('error', (err) => {
      failure = err;
      wake?.();
    });
  }
  const waitForResult = () => new Promise<void>((resolve) => (wake = resolve));
  let sent = 0;
  let next = 0;
  try {
    for await (const record of records) {
      pool[sent % workers]!.postMessage({ seq: sent, record });
      sent++;
      while (sent - next >= workers * IN_FLIGHT_PER_WORKER) {
        if (failure) throw failure;
        if (results.has(next)) {
          yield take(results, next++);
        } else await waitForResult();
      }
      while (results.has(next)) yield take(results, next++);
    }
    while (next < sent) {
      if (failure) throw failure;
      if (results.has(next)) yield take(results, next++);
      else await waitForResult();
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

function take(results: Map<number, AnalysisResult>, seq: number): AnalysisResult {
  const r = results.get(seq)!;
  results.delete(seq);
  return r;
}
