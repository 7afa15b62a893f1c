/**
 * A worker thread of the extract workflow: source records in, analysed
 * articles out.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceRecord } from '../document.js';
import { analyseArticle } from './analyse.js';

export interface WorkerRequest {
  seq: number;
  record: SourceRecord;
}

parentPort!.on('message', ({ seq, record }: WorkerRequest) => {
  try {
    const article = analyseArticle(record);
    parentPort!.postMessage({ seq, article });
  } catch (err) {
    parentPort!.postMessage({ seq, error: `${record.path}: ${err instanceof Error ? err.message : String(err)}` });
  }
});
