import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

type Doc = ReturnType<GraphBuilder['build']>;
const graphOf = (...articles: Array<[string, string, string?]>): Doc => {
  const b = new GraphBuilder();
  for (const [id, body, date] of articles) b.add(analyseArticle({ id, path: `${id}.txt`, title: null, date: date ?? null, source: null, url: null, body }));
  return b.build();
};
const node = (g: Doc, id: string) => g.nodes.find((n) => n.id === id);
const ids = (g: Doc, label: string) => g.nodes.filter((n) => n.label === label).map((n) => n.id).sort();
const articlesOf = (g: Doc, id: string) => [...new Set(node(g, id)?.mentions.map((m) => m.article))].sort();

describe('organizations', () => {
  it('resolves relative forms to the city the article is about and keeps the printed form as an alias', () => {
    const g = graphOf(
      ['a', '全市河湖长制工作会议在太原召开。市委书记韦韬出席并讲话。市水务局、市规划和自然资源局负责同志参加。'],
      ['b', '全市防汛工作会议在太原召开。市委常委会研究部署防汛工作。市水务局汇报了有关情况。'],
    );
    expect(node(g, 'org:太原市水务局')?.aliases).toEqual(['市水务局']);
    expect(articlesOf(g, 'org:太原市水务局')).toEqual(['a', 'b']);
    expect(node(g, 'org:市水务局')).toBeUndefined();
  });

  it('resolves 县委 to the county a county report names, and 省委 to the city’s province', () => {
    const g = graphOf(['c', '全县乡村振兴工作会议在清徐县召开。县委书记王建国出席并讲话。县委、县政府和省委有关部门负责同志参加。']);
    expect(ids(g, 'Organization')).toEqual(expect.arrayContaining(['org:清徐县委', 'org:清徐县政府']));
    expect(node(g, 'org:清徐县委')?.aliases).toEqual(['县委']);
  });

  it('keeps a relative form as printed when the article names no city', () => {
    const g = graphOf(['d', '市委常委会召开会议，研究部署防汛工作。市水务局汇报了有关情况。']);
    expect(ids(g, 'Organization')).toContain('org:市水务局');
  });

  it('merges short and full national names through the alias table', () => {
    const g = graphOf(['e', '工信部召开会议，部署制造业数字化转型工作。'], ['f', '工业和信息化部召开新闻发布会。']);
    expect(node(g, 'org:工业和信息化部')?.aliases).toContain('工信部');
    expect(articlesOf(g, 'org:工业和信息化部')).toEqual(['e', 'f']);
    expect(node(g, 'org:工信部')).toBeUndefined();
  });
});

describe('locations', () => {
  it('canonicalises short names through the gazetteer and links divisions PART_OF their nearest ancestor in the graph', () => {
    const g = graphOf(
      ['a', '全省农村工作会议在太原召开，山西省各市县参加。'],
      ['b', '清徐县召开全县农业工作会议。'],
    );
    expect(node(g, 'location:太原市')?.aliases).toContain('太原');
    const partOf = g.relationships.filter((r) => r.type === 'PART_OF').map((r) => `${r.from}>${r.to}`).sort();
    expect(partOf).toEqual(['location:太原市>location:山西省', 'location:清徐县>location:太原市']);
    const ev = g.relationships.find((r) => r.type === 'PART_OF' && r.from === 'location:清徐县')!.evidence;
    expect(ev).toEqual([expect.objectContaining({ article: 'b', text: '清徐县召开全县农业工作会议。' })]);
  });

  it('adds no parent node nobody mentions: 清徐县 goes straight to 山西省', () => {
    const g = graphOf(['a', '山西省召开会议。清徐县作交流发言。']);
    expect(node(g, 'location:太原市')).toBeUndefined();
    expect(g.relationships.filter((r) => r.type === 'PART_OF').map((r) => `${r.from}>${r.to}`)).toEqual(['location:清徐县>location:山西省']);
  });
});

describe('events', () => {
  const body = '6月29日，全市安全生产工作会议在太原召开。市委书记韦韬出席并讲话。';
  it('two reports of one meeting (same name, same date with a year) are one event with both articles', () => {
    const g = graphOf(['a', body, '2023-06-29'], ['b', body, '2023-06-30']);
    expect(ids(g, 'Event')).toEqual(['event:2023-06-29/太原市/全市安全生产工作会议']);
    expect(articlesOf(g, 'event:2023-06-29/太原市/全市安全生产工作会议')).toEqual(['a', 'b']);
    const spoke = g.relationships.filter((r) => r.type === 'SPOKE_AT');
    expect(spoke).toHaveLength(1);
    expect(spoke[0]!.evidence.map((e) => e.article)).toEqual(['a', 'b']);
  });

  it('keeps events per article when the year is unknown, or the dates differ', () => {
    expect(ids(graphOf(['a', body], ['b', body]), 'Event')).toEqual(['event:a/全市安全生产工作会议', 'event:b/全市安全生产工作会议']);
    const other = body.replace('6月29日', '7月2日');
    expect(ids(graphOf(['a', body, '2023-06-29'], ['b', other, '2023-07-02']), 'Event')).toEqual([
      'event:2023-06-29/太原市/全市安全生产工作会议',
      'event:2023-07-02/太原市/全市安全生产工作会议',
    ]);
  });

  it('keeps one relative name on one day apart in two cities, and relative names of no known city per article', () => {
    const g = graphOf(['a', body, '2023-06-29'], ['b', body.replace('太原', '绍兴'), '2023-06-29']);
    expect(ids(g, 'Event')).toEqual(['event:2023-06-29/太原市/全市安全生产工作会议', 'event:2023-06-29/绍兴市/全市安全生产工作会议']);
    const bare = '6月29日，市委常委会召开会议。市委书记韦韬主持会议并讲话。';
    // 市委常委会召开会议 names the meeting by its convener (市委常委会会议), and no city says which 市委.
    expect(ids(graphOf(['c', bare, '2023-06-29'], ['d', bare, '2023-06-29']), 'Event')).toEqual(['event:c/市委常委会会议', 'event:d/市委常委会会议']);
  });

  it('merges a national meeting reported on one date by two articles, and takes the date from a later mention when the headline has none', () => {
    const b = new GraphBuilder();
    const text = '国务院总理李强6月28日主持召开国务院常务会议，研究部署稳就业工作。';
    b.add(analyseArticle({ id: 'x', path: 'x.txt', title: '李强主持召开国务院常务会议', date: '2023-06-28', source: null, url: null, body: text }));
    b.add(analyseArticle({ id: 'y', path: 'y.txt', title: null, date: '2023-06-29', source: null, url: null, body: text }));
    const g = b.build();
    expect(ids(g, 'Event')).toEqual(['event:2023-06-28/国务院常务会议']);
    expect(articlesOf(g, 'event:2023-06-28/国务院常务会议')).toEqual(['x', 'y']);
    expect(node(g, 'event:2023-06-28/国务院常务会议')?.properties).toMatchObject({ date: '2023-06-28' });
  });
});
