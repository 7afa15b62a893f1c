/**
 * `--workers N` changes how fast, never what: the same document, in input
 * order, whatever the number of worker threads, with the file that cannot be
 * read reported in its place. The dev articles make several batches per
 * worker, so results come back out of order and must be put back in it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractGraph } from '../../src/workflows/extract.js';
import { DEV_ARTICLES as devArticles, describeWithDevCorpus } from '../helpers/corpus.js';

describeWithDevCorpus('extraction on worker threads', () => {
  it('gives the same document and the same problems on 0, 1 and 2 workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-workers-'));
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id": "ok", "text": "6月29日，全市河湖长制工作会议召开，市委书记韦韬出席并讲话。"}\n{"id": \n');
    const inputs = [devArticles, broken];
    const inThread = await extractGraph(inputs, { workers: 0 });
    const one = await extractGraph(inputs, { workers: 1 });
    const two = await extractGraph(inputs, { workers: 2 });
    expect(inThread.graph.nodes.length).toBeGreaterThan(500);
    expect(inThread.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/^line 2: malformed JSON/)]);
    for (const other of [one, two]) {
      expect(JSON.stringify(other.graph)).toBe(JSON.stringify(inThread.graph));
      expect(other.problems).toEqual(inThread.problems);
    }
  });
});
