// Prints what the pipeline found in one article: persons, events, facts. For rule development.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseTextFile } from '../src/read/formats.js';
import { analyseArticle } from '../src/index.js';

const path = process.argv[2]!;
const record = parseTextFile(readFileSync(path, 'utf8'), path, basename(path, '.txt'));
const a = analyseArticle(record);
console.log('PERSONS', a.persons.map((p) => `${p.name}[${p.titles.join('/')}](${p.via}@${p.start})`).join(' '));
console.log('EVENT MENTIONS', a.eventMentions.map((m) => `${m.name}${m.reported ? '+' : '-'}${m.event ?? ''}@${m.start}`).join(' | '));
console.log('EVENTS', a.events.map((e, i) => `${i}:${e.name} (${e.aliases.join(',')}) ${e.date}`).join(' | '));
for (const f of a.facts) {
  const [from, to] = [f.from, f.to].map((end) => ('index' in end ? `${end.label}${end.index}` : end.name));
  if (process.argv[3] !== 'all' && !['PRESIDED', 'SPOKE_AT', 'ATTENDED'].includes(f.type)) continue;
  console.log(' ', f.type, from, '->', to);
}
