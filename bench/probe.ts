/**
 * Recall probe on unlabelled text (issue 15): over the bulk corpus, count
 *  - sentences that contain a role verb (主持, 出席, 参加, 陪同, 讲话, 致辞, 发言,
 *    强调) but none of whose persons (if any were recognized) has a PRESIDED /
 *    SPOKE_AT / ATTENDED fact, and
 *  - articles with no event at all,
 * and print a deterministic sample of each. Neither count can reach zero
 * (新闻联播 also reports things that are not meetings, and 强调 is often a
 * quoted document's word), but a rule that captures how the genre is written
 * drives both down on text nobody annotated.
 *
 *   npm run probe [-- --limit N --sample K]
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyseArticle, type SourceRecord } from '../src/index.js';

const BULK = new URL('../../shared/corpus/bulk/xwlb-2022-2023.jsonl', import.meta.url);

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const limit = Number(arg('limit', 'Infinity'));
const sampleSize = Number(arg('sample', '12'));

const ROLE_VERB = /主持|出席|参加|陪同|讲话|致辞|发言|强调/;
const ROLE_TYPES = new Set(['PRESIDED', 'SPOKE_AT', 'ATTENDED']);

/** Every k-th item, so the sample spreads over the corpus and is the same on every run. */
function spread<T>(items: T[], k: number): T[] {
  if (items.length <= k) return items;
  const step = items.length / k;
  return Array.from({ length: k }, (_, i) => items[Math.floor(i * step)]!);
}

async function main(): Promise<void> {
  let articles = 0;
  let roleSentences = 0;
  const silentSentences: string[] = [];
  const eventless: string[] = [];
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(BULK), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (n++ >= limit) break;
    const r = JSON.parse(line) as { id: string; title?: string; date?: string; source?: string; text: string };
    const record: SourceRecord = { id: r.id, path: 'bulk', title: r.title ?? null, date: r.date ?? null, source: r.source ?? null, url: null, body: r.text };
    const article = analyseArticle(record);
    articles++;
    if (!article.events.length) eventless.push(`${article.id} ${article.title ?? article.text.slice(0, 40)}`);
    // A fact is stated once per (person, role, event) however often the text repeats it,
    // so a sentence counts as read when one of its persons has a role fact.
    const withRole = new Set<string>();
    for (const f of article.facts) if (ROLE_TYPES.has(f.type) && f.from.label === 'Person') withRole.add(f.from.name);
    for (const s of article.sentences) {
      if (s.start < article.bodyStart && article.title) continue; // the headline is the title, read with the body
      const text = article.text.slice(s.start, s.end);
      if (!ROLE_VERB.test(text)) continue;
      roleSentences++;
      const persons = article.persons.filter((p) => p.start >= s.start && p.end <= s.end);
      if (!persons.some((p) => withRole.has(p.name))) silentSentences.push(`${article.id}: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  console.log(`articles: ${articles}`);
  console.log(`articles with no event: ${eventless.length} (${((100 * eventless.length) / articles).toFixed(1)}%)`);
  console.log(`sentences with a role verb: ${roleSentences}; with no role relation: ${silentSentences.length} (${((100 * silentSentences.length) / roleSentences).toFixed(1)}%)`);
  console.log('\nsample of role-verb sentences with no role relation:');
  for (const s of spread(silentSentences, sampleSize)) console.log(`  ${s}`);
  console.log('\nsample of articles with no event:');
  for (const s of spread(eventless, sampleSize)) console.log(`  ${s}`);
}

await main();
