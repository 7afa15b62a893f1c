/**
 * On the dev corpus: the ten persons with the most distinct co-participants
 * by the gold annotations and by `kg analyze` share at least seven names.
 * Gold persons are per article, so gold co-participants across articles join
 * by name; ours are graph nodes, compared by their names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PARTICIPATION, analyzeNetwork } from '../../src/analyze/network.js';
import { extractGraph } from '../../src/workflows/extract.js';
import { DEV_ARTICLES, DEV_GOLD, describeWithDevCorpus } from '../helpers/corpus.js';

interface Gold {
  relations: { type: string; from: string; to: string }[];
}

/** Name → distinct co-participant names, over every gold article (an event is per article). */
function goldCoParticipants(): Map<string, Set<string>> {
  const roles = new Set<string>(PARTICIPATION);
  const co = new Map<string, Set<string>>();
  for (const file of readdirSync(DEV_GOLD).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(DEV_GOLD, file), 'utf8')) as Gold;
    const byEvent = new Map<string, Set<string>>();
    for (const r of gold.relations) if (roles.has(r.type)) (byEvent.get(r.to) ?? byEvent.set(r.to, new Set()).get(r.to)!).add(r.from);
    for (const people of byEvent.values())
      for (const a of people) {
        const mine = co.get(a) ?? co.set(a, new Set()).get(a)!;
        for (const b of people) if (b !== a) mine.add(b);
      }
  }
  return co;
}

/** The first ten by count, ties by name. */
const topTen = (counts: [string, number][]) =>
  counts
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([name]) => name);

describeWithDevCorpus('kg analyze on the dev corpus', () => {
  it('the ten persons with the most co-participants agree with the gold on at least seven names', async () => {
    const gold = topTen([...goldCoParticipants()].map(([name, others]) => [name, others.size]));
    const { graph } = await extractGraph([DEV_ARTICLES], { workers: 0 });
    const ours = topTen(analyzeNetwork(graph).persons.map((p) => [p.name, p.degree]));
    const shared = ours.filter((name) => gold.includes(name));
    console.log(`top 10 by co-participants: gold ${gold.join(' ')}; kg analyze ${ours.join(' ')}; shared ${shared.length}`);
    expect(shared.length, `gold ${gold.join(' ')} / ours ${ours.join(' ')}`).toBeGreaterThanOrEqual(7);
  }, 300_000);
});
