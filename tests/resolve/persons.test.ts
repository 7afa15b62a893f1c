import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

const graphOf = (...bodies: Array<[string, string]>) => {
  const b = new GraphBuilder();
  for (const [id, body] of bodies) b.add(analyseArticle({ id, path: `${id}.txt`, title: null, date: null, source: null, url: null, body }));
  return b.build();
};
const personIds = (g: ReturnType<typeof graphOf>, name: string) => g.nodes.filter((n) => n.label === 'Person' && n.name === name).map((n) => n.id);

describe('one person across articles', () => {
  it('keeps two local officials of one name in different cities apart', () => {
    const g = graphOf(
      ['a', '全市工作会议在绍兴召开。市委书记王建国出席并讲话。'],
      ['b', '全市工作会议在太原召开。市委书记王建国出席并讲话。'],
    );
    expect(personIds(g, '王建国').sort()).toEqual(['person:王建国@太原市', 'person:王建国@绍兴市']);
  });

  it('merges the same local official across articles of one city, county reports included', () => {
    const g = graphOf(
      ['a', '全市工作会议在绍兴召开。市委书记马卫光出席并讲话。'],
      ['b', '全县工作会议在诸暨召开。县领导陪同。市委书记马卫光出席。'],
    );
    expect(personIds(g, '马卫光')).toEqual(['person:马卫光@绍兴市']);
  });

  it('keeps one node for a leader with provincial and national titles', () => {
    const g = graphOf(
      ['a', '江西省委书记刘奇出席会议并讲话。'],
      ['b', '全国政协副主席刘奇出席会议。'],
    );
    expect(personIds(g, '刘奇')).toEqual(['person:刘奇']);
  });

  it('makes a national leader first named bare in a local report the national person', () => {
    const g = graphOf(
      ['a', '全市工作会议在大同召开。蔡奇来到大同市考察。中共中央政治局常委、中央书记处书记蔡奇指出，要抓好落实。'],
      ['b', '中共中央政治局常委蔡奇出席会议。'],
    );
    expect(personIds(g, '蔡奇')).toEqual(['person:蔡奇']);
  });

  it('keeps a city party secretary with a provincial seat local: 省委常委、市委书记韦韬', () => {
    const g = graphOf(
      ['a', '全市河湖长制工作会议在太原召开。省委常委、市委书记韦韬出席并讲话。'],
      ['b', '全市经济工作会议在太原召开。市委书记韦韬主持会议。'],
    );
    expect(personIds(g, '韦韬')).toEqual(['person:韦韬@太原市']);
  });

  it('reads 以X同志为核心的党中央 as the national leader, also in a local report', () => {
    const g = graphOf(
      ['a', '全市工作会议在绍兴召开。会议强调，要坚决维护以习近平同志为核心的党中央权威。'],
      ['b', '习近平总书记出席会议并讲话。'],
    );
    expect(personIds(g, '习近平')).toEqual(['person:习近平']);
  });

  it("counts a school paper's 校党委 report as local, so its officers stay one node (source 萍乡学院)", () => {
    const b = new GraphBuilder();
    const source = '萍乡学院校报';
    b.add(analyseArticle({ id: 'a', path: 'a.txt', title: null, date: null, source, url: null, body: '省委宣讲团成员莅临我校宣讲。宣讲会由党委书记陈金印主持。' }));
    b.add(analyseArticle({ id: 'b', path: 'b.txt', title: null, date: null, source, url: null, body: '校党委理论学习中心组召开会议。会议由党委书记陈金印主持。' }));
    expect(personIds(b.build(), '陈金印')).toEqual(['person:陈金印@萍乡市']);
  });
});
