/**
 * Spreads independent articles over worker threads and hands results back
 * in input order, so the output is identical whatever the number of workers.
 * Articles travel in batches (a message costs more than cloning an article),
 * each batch to the worker with the fewest batches waiting, and at most
 * `workers × BATCHES_PER_WORKER` batches are in flight: a large corpus
 * streams through with bounded memory.
 */
import { Worker } from 'node:worker_threads';
import type { SourceRecord } from '../document.js';
import { analyseRecord, type AnalysisResult } from './analyse.js';

const BATCH_SIZE = 16;
const BATCHES_PER_WORKER = 3;

/** A batch of records for a worker, numbered from `first` in input order. */
export interface BatchRequest {
  first: number;
  records: SourceRecord[];
}

export interface BatchResponse {
  first: number;
  results: AnalysisResult[];
}

/** Analyse records in order; `workers` 0 runs in this thread. */
export async function* analyseAll(records: AsyncIterable<SourceRecord>, workers: number): AsyncGenerator<AnalysisResult> {
  if (workers <= 0) {
    for await (const record of records) yield analyseRecord(record);
    return;
  }
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url)));
  const waiting = pool.map(() => 0);
  const results = new Map<number, AnalysisResult>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  pool.forEach((w, i) => {
    w.on('message', ({ first, results: batch }: BatchResponse) => {
      waiting[i]!--;
      batch.forEach((r, k) => results.set(first + k, r));
      wake?.();
    });
    w.on('error', (err) => {
      failure = err;
      wake?.();
    });
  });
  const resultArrives = () => new Promise<void>((resolve) => (wake = resolve));
  let sent = 0;
  let next = 0;
  let batch: SourceRecord[] = [];
  const send = () => {
    const idle = waiting.indexOf(Math.min(...waiting));
    waiting[idle]!++;
    pool[idle]!.postMessage({ first: sent, records: batch } satisfies BatchRequest);
    sent += batch.length;
    batch = [];
  };
  try {
    for await (const record of records) {
      batch.push(record);
      if (batch.length < BATCH_SIZE) continue;
      send();
      while (sent - next >= workers * BATCHES_PER_WORKER * BATCH_SIZE) {
        if (failure) throw failure;
        if (results.has(next)) yield take(results, next++);
        else await resultArrives();
      }
      while (results.has(next)) yield take(results, next++);
    }
    if (batch.length) send();
    while (next < sent) {
      if (failure) throw failure;
      if (results.has(next)) yield take(results, next++);
      else await resultArrives();
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
