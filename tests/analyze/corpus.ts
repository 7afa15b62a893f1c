/**
 * A hand-built graph document whose network figures are worked out by hand
 * (see tests/analyze/network.test.ts for the arithmetic).
 *
 *   group 1: 张一, 王二, 李三 met at e1 and e2 (张一 presided e1 and also spoke there: one event, not two)
 *   group 2: 赵四, 钱五, 孙六 met at e4 and e5
 *   周七 met 张一 alone at e3 and 赵四 alone at e6: the only bridge
 *   吴八 is a byline (mentioned, no role at any event): not in the network
 *
 * Co-attendance edges (weight = shared events):
 *   张一–王二 2, 张一–李三 2, 王二–李三 2, 赵四–钱五 2, 赵四–孙六 2, 钱五–孙六 2, 张一–周七 1, 赵四–周七 1
 *
 * Dates: full (YYYY-MM-DD), e3 with an unknown year (MM-DD), e5 none.
 * Places: e1 in 甲市, e4 in 乙县 (PART_OF 甲市), e6 in 丙市.
 */
import type { GraphDocument } from '../../src/schema/graph.js';
import { validateGraph } from '../../src/validate/index.js';

export const P = {
  A: 'person:张一@甲市',
  B: 'person:王二@甲市',
  C: 'person:李三@甲市',
  D: 'person:赵四@甲市',
  E: 'person:钱五@甲市',
  F: 'person:孙六@甲市',
  X: 'person:周七',
  R: 'person:吴八',
} as const;

const NAMES: Record<keyof typeof P, string> = { A: '张一', B: '王二', C: '李三', D: '赵四', E: '钱五', F: '孙六', X: '周七', R: '吴八' };

export const EVENTS = {
  e1: { name: '第一次工作会议', date: '2023-01-05' },
  e2: { name: '第二次工作会议', date: '2023-02-10' },
  e3: { name: '调研座谈会', date: '03-01' },
  e4: { name: '乙县推进会', date: '2022-11-20' },
  e5: { name: '乙县务虚会', date: null },
  e6: { name: '丙市交流会', date: '2023-04-01' },
} as const;

type EventKey = keyof typeof EVENTS;
export const eventId = (e: EventKey) => `event:${e}/${EVENTS[e].name}`;

const mention = (article: string) => [{ article, start: 0, end: 2 }];
const evidence = (article: string, text: string) => [{ article, start: 0, end: text.length, text }];

const ROLES: [keyof typeof P, 'PRESIDED' | 'SPOKE_AT' | 'ATTENDED', EventKey][] = [
  ['A', 'PRESIDED', 'e1'],
  ['A', 'SPOKE_AT', 'e1'],
  ['B', 'ATTENDED', 'e1'],
  ['C', 'ATTENDED', 'e1'],
  ['A', 'SPOKE_AT', 'e2'],
  ['B', 'PRESIDED', 'e2'],
  ['C', 'ATTENDED', 'e2'],
  ['A', 'ATTENDED', 'e3'],
  ['X', 'SPOKE_AT', 'e3'],
  ['D', 'PRESIDED', 'e4'],
  ['E', 'ATTENDED', 'e4'],
  ['F', 'ATTENDED', 'e4'],
  ['D', 'SPOKE_AT', 'e5'],
  ['E', 'ATTENDED', 'e5'],
  ['F', 'ATTENDED', 'e5'],
  ['D', 'ATTENDED', 'e6'],
  ['X', 'ATTENDED', 'e6'],
];

export function handBuiltGraph(): GraphDocument {
  const events = Object.keys(EVENTS) as EventKey[];
  const articleOf = (e: EventKey) => `t-${e}`;
  const personArticles = new Map<string, string[]>();
  for (const [p, , e] of ROLES) personArticles.set(P[p], [...(personArticles.get(P[p]) ?? []), articleOf(e)]);
  personArticles.set(P.R, [articleOf('e1')]);
  return validateGraph({
    version: 1,
    articles: events.map((e) => ({
      id: articleOf(e),
      title: EVENTS[e].name,
      date: EVENTS[e].date && /^\d{4}/.test(EVENTS[e].date!) ? EVENTS[e].date : null,
      source: '测试日报',
      url: null,
      path: `${articleOf(e)}.txt`,
    })),
    nodes: [
      ...(Object.keys(P) as (keyof typeof P)[]).map((k) => ({
        id: P[k],
        label: 'Person',
        name: NAMES[k],
        aliases: [],
        properties: {},
        mentions: [...new Set(personArticles.get(P[k]))].map((a) => ({ article: a, start: 0, end: 2, titles: k === 'R' ? ['记者'] : [] })),
      })),
      ...events.map((e) => ({
        id: eventId(e),
        label: 'Event',
        name: EVENTS[e].name,
        aliases: [],
        properties: { date: EVENTS[e].date, kind: 'meeting' },
        mentions: mention(articleOf(e)),
      })),
      { id: 'location:甲市', label: 'Location', name: '甲市', aliases: ['甲'], properties: { divisionCode: null, level: 'city' }, mentions: mention('t-e1') },
      { id: 'location:乙县', label: 'Location', name: '乙县', aliases: [], properties: { divisionCode: null, level: 'county' }, mentions: mention('t-e4') },
      { id: 'location:丙市', label: 'Location', name: '丙市', aliases: [], properties: { divisionCode: null, level: 'city' }, mentions: mention('t-e6') },
    ],
    relationships: [
      ...ROLES.map(([p, type, e]) => ({ type, from: P[p], to: eventId(e), properties: {}, evidence: evidence(articleOf(e), `${NAMES[p]}${type}`) })),
      { type: 'HELD_IN', from: eventId('e1'), to: 'location:甲市', properties: {}, evidence: evidence('t-e1', '在甲市召开') },
      { type: 'HELD_IN', from: eventId('e4'), to: 'location:乙县', properties: {}, evidence: evidence('t-e4', '在乙县召开') },
      { type: 'HELD_IN', from: eventId('e6'), to: 'location:丙市', properties: {}, evidence: evidence('t-e6', '在丙市召开') },
      { type: 'PART_OF', from: 'location:乙县', to: 'location:甲市', properties: {}, evidence: evidence('t-e4', '乙县') },
    ],
  });
}
