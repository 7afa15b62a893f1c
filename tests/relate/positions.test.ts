/**
 * HOLDS_POSITION from every title that names a body: relative ones resolved
 * against the article's place (市委书记 in a 太原 report → 太原市委), explicit
 * ones as printed (中车大同电力机车有限公司董事长 → the company), a bare 市长 to
 * 市政府; a body named only in titles is a node without a mention of its own.
 */
import { describe, expect, it } from 'vitest';
import { titleBody } from '../../src/relate/positions.js';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { InvalidGraphError, validateGraph } from '../../src/validate/index.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

const graphOf = (body: string) => {
  const b = new GraphBuilder();
  b.add(analyseArticle({ id: 'a', path: 'a.txt', title: null, date: '2023-06-29', source: null, url: null, body }));
  return validateGraph(b.build());
};
const positions = (g: ReturnType<typeof graphOf>) => {
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.relationships.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${name.get(r.from)} ${r.properties.title} → ${name.get(r.to)}`).sort();
};

describe('the organization a title names', () => {
  it('is the title minus its post, when that has the shape of a body', () => {
    expect(titleBody('市委书记')).toBe('市委');
    expect(titleBody('省委常委')).toBe('省委');
    expect(titleBody('市教育局局长')).toBe('市教育局');
    expect(titleBody('中车大同电力机车有限公司董事长')).toBe('中车大同电力机车有限公司');
    expect(titleBody('副市长')).toBe('市政府');
    expect(titleBody('大冶市市长')).toBe('大冶市政府');
    expect(titleBody('教务处副处长')).toBe('教务处');
    expect(titleBody('县政协主席')).toBe('县政协');
    expect(titleBody('民革中央主席')).toBe('民革中央');
    expect(titleBody('九三学社中央常务副主席')).toBe('九三学社中央');
    expect(titleBody('中央宣讲团成员')).toBe('中央宣讲团');
    expect(titleBody('市青联委员')).toBe('市青联');
    expect(titleBody('国家原子能机构主任')).toBe('国家原子能机构');
    expect(titleBody('代表团成员')).toBeNull();
    expect(titleBody('集团董事长')).toBeNull();
    expect(titleBody('市总河湖长')).toBeNull();
    expect(titleBody('书记')).toBeNull();
  });
});

describe('HOLDS_POSITION', () => {
  it('resolves relative bodies against the report’s city: 市委书记 → 太原市委, 市长 → 太原市政府', () => {
    const g = graphOf('6月29日，全市河湖长制林长制工作会议在太原召开。省委常委、市委书记韦韬出席并讲话。市委副书记、市长张新伟主持。');
    expect(positions(g)).toEqual(['张新伟 市委副书记 → 太原市委', '张新伟 市长 → 太原市政府', '韦韬 市委书记 → 太原市委', '韦韬 省委常委 → 山西省委']);
    const secretary = g.relationships.find((r) => r.type === 'HOLDS_POSITION' && r.properties.title === '市委书记')!;
    expect(secretary.properties.date).toBe('2023-06-29');
    expect(secretary.evidence[0]!.text).toContain('市委书记韦韬');
    // Named only inside titles: a node, but no mention (GUIDE: not an organization the article lists).
    expect(g.nodes.find((n) => n.name === '太原市委')!.mentions).toEqual([]);
  });

  it('keeps an explicit body as printed: a company’s 董事长', () => {
    const g = graphOf('全市民营企业家座谈会召开。中静实业集团有限公司董事长王建国发言。');
    expect(positions(g)).toEqual(['王建国 中静实业集团有限公司董事长 → 中静实业集团有限公司']);
  });

  it('a node without a mention must be the organization of a HOLDS_POSITION', () => {
    const g = graphOf('全市工作会议在太原召开。市委书记韦韬出席。');
    const orphan = { ...g, relationships: g.relationships.filter((r) => r.type !== 'HOLDS_POSITION') };
    expect(() => validateGraph(orphan)).toThrow(InvalidGraphError);
    expect(() => validateGraph(orphan)).toThrow(/org:太原市委: no mention, and no HOLDS_POSITION names it/);
  });
});
