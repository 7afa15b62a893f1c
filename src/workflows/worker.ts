/**
 * A worker thread of the extract workflow: batches of source records in,
 * analysed articles out.
 */
import { parentPort } from 'node:worker_threads';
import { analyseRecord } from './analyse.js';
import type { BatchRequest, BatchResponse } from './pool.js';

parentPort!.on('message', ({ first, records }: BatchRequest) => {
  parentPort!.postMessage({ first, results: records.map(analyseRecord) } satisfies BatchResponse);
});
