import { readFileSync } from 'node:fs';
import { analyseArticle } from '/work/wt-events/src/workflows/analyse.js';
for (const id of process.argv.slice(2)) {
  const raw = readFileSync(`/work/shared/corpus/dev/articles/${id}.txt`, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  let title: string | null = null, date: string | null = null, body = raw;
  if (fm) { body = raw.slice(fm[0].length); title = /title: "(.*)"/.exec(fm[1]!)?.[1] ?? null; date = /date: (\S+)/.exec(fm[1]!)?.[1] ?? null; }
  const a = analyseArticle({ id, path: id, title, date, source: null, url: null, body });
  console.log('=====', id);
  for (const m of a.eventMentions) console.log('  M', m.kind, m.reported ? 'R' : '-', m.event ?? '', m.name, '|', a.text.slice(Math.max(0,m.start-12), m.start).replace(/\n/g,'/'), '[..]', a.text.slice(m.end, m.end+12).replace(/\n/g,'/'));
  for (const e of a.events) console.log('  E', e.name, e.aliases, e.date);
}
