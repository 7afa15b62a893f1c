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
});
