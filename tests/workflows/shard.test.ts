/**
 * `kg extract --shard k/n`: the shards partition a corpus (every article in
 * exactly one), by its id alone (the same split whatever the input order).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractGraph, parseShard, shardOf } from '../../src/workflows/extract.js';
import { DEV_ARTICLES, describeWithDevCorpus } from '../helpers/corpus.js';

it('reads k/n with 1 ≤ k ≤ n, and nothing else', () => {
  expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
  expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  for (const bad of ['0/2', '3/2', '2', '1/0', 'a/b', '1/2/3']) expect(parseShard(bad)).toBeNull();
});

it('puts every id in exactly one shard of n, the same one each time', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `article-${i}`);
  for (const n of [1, 2, 3, 7]) {
    const shards = ids.map((id) => shardOf(id, n));
    expect(shards.every((k) => k >= 1 && k <= n)).toBe(true);
    expect(ids.map((id) => shardOf(id, n))).toEqual(shards);
    // Every shard gets a share of 500 ids (a hash, not a constant).
    expect(new Set(shards).size).toBe(n);
  }
});

describeWithDevCorpus('extracting shards of the dev articles', () => {
  const files = readdirSync(DEV_ARTICLES)
    .filter((f) => /^[LNS]0[1-4]\.txt$/.test(f))
    .sort()
    .map((f) => join(DEV_ARTICLES, f));
  const articleIds = async (paths: string[], index?: number) =>
    (await extractGraph(paths, { workers: 0, ...(index ? { shard: { index, count: 3 } } : {}) })).graph.articles.map((a) => a.id).sort();

  it('3 shards hold every article exactly once, whatever the input order', async () => {
    const all = await articleIds(files);
    const shards = [await articleIds(files, 1), await articleIds(files, 2), await articleIds(files, 3)];
    expect(shards.flat().sort()).toEqual(all);
    expect(new Set(shards.flat()).size).toBe(all.length);
    expect(await articleIds([...files].reverse(), 2)).toEqual(shards[1]);
  });
});
