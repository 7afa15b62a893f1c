/**
 * The bulk corpus (10,248 新闻联播 items) for the benchmarks, optionally K
 * times over: each pass after the first under new ids (xwlb-…~2, ~3, …), so
 * a corpus K times larger whose items are the same news.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SourceRecord } from '../src/index.js';

export const BULK = new URL('../../shared/corpus/bulk/xwlb-2022-2023.jsonl', import.meta.url);

/** One line of the bulk corpus (its JSONL form, which `kg extract` reads). */
export interface BulkItem {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  text: string;
}

/** The bulk items `repeat` times over (new ids after the first pass), at most `limit` of them. */
export async function* bulkItems(repeat = 1, limit = Infinity): AsyncGenerator<BulkItem> {
  let n = 0;
  for (let pass = 1; pass <= repeat; pass++) {
    for await (const line of createInterface({ input: createReadStream(BULK), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      if (n++ >= limit) return;
      const item = JSON.parse(line) as BulkItem;
      yield pass === 1 ? item : { ...item, id: `${item.id}~${pass}` };
    }
  }
}

/** The same items as the extractor's source records. */
export async function* bulkRecords(repeat = 1, limit = Infinity): AsyncGenerator<SourceRecord> {
  for await (const r of bulkItems(repeat, limit)) {
    yield { id: r.id, path: 'bulk', title: r.title ?? null, date: r.date ?? null, source: r.source ?? null, url: null, body: r.text };
  }
}
