import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { registerQueryCommands } from '../../src/cli/query-command.js';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { explainNode, findNodes } from '../../src/workflows/explain.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

const bodies: Record<string, [string, string]> = {
  a: ['2023-06-29', '6月29日，全市安全生产工作会议在太原召开。市委书记韦韬出席并讲话。市水务局负责同志参加。工信部有关负责同志出席。'],
  b: ['2023-06-30', '6月29日，全市安全生产工作会议在太原召开。市委书记韦韬出席并讲话。太原市水务局汇报工作。工业和信息化部发布通知。'],
};
const texts = new Map<string, string>();
const builder = new GraphBuilder({ recordMerges: true });
for (const [id, [date, body]] of Object.entries(bodies)) {
  const article = analyseArticle({ id, path: `${id}.txt`, title: null, date, source: null, url: null, body });
  texts.set(id, article.text);
  builder.add(article);
}
const graph = builder.build();
const explain = (q: string) => explainNode(findNodes(graph, q)[0]!, { texts, merges: builder.mergeRecords() });
const lines = (q: string) => explain(q).mentions.map((m) => `${m.article} ${m.surface} ${m.rule}`);

describe('kg explain', () => {
  it('says "jurisdiction unknown" for a local official whose report names no place, rather than guessing one', () => {
    const b = new GraphBuilder({ recordMerges: true });
    const article = analyseArticle({ id: 'c', path: 'c.txt', title: null, date: null, source: null, url: null, body: '全市工作会议召开。市委书记王建国出席并讲话。' });
    b.add(article);
    const g = b.build();
    const e = explainNode(findNodes(g, '王建国')[0]!, { texts: new Map([['c', article.text]]), merges: b.mergeRecords() });
    expect(e.id).toBe('person:王建国');
    expect(e.mentions.map((m) => m.why)).toEqual(['jurisdiction unknown: a local report whose city or county nothing in it decides; merged by name alone']);
  });
  it('says "jurisdiction unknown" for a township report that names no place (镇党委, 全镇)', () => {
    const b = new GraphBuilder({ recordMerges: true });
    const article = analyseArticle({ id: 'd', path: 'd.txt', title: null, date: null, source: null, url: null, body: '镇党委召开全体党员大会。镇党委书记刘德胜主持会议。刘德胜要求，全镇党员干部扎实做好防汛工作。' });
    b.add(article);
    const e = explainNode(findNodes(b.build(), '刘德胜')[0]!, { texts: new Map([['d', article.text]]), merges: b.mergeRecords() });
    expect(new Set(e.mentions.map((m) => m.why))).toEqual(new Set(['jurisdiction unknown: a local report whose city or county nothing in it decides; merged by name alone']));
  });


  it('shows each merged mention with its surface and rule', () => {
    expect(lines('市水务局')).toEqual(['a 市水务局 same jurisdiction', 'b 太原市水务局 same name']);
    expect(explain('市水务局').mentions[0]!.why).toBe('relative form 市水务局 in a report on 太原市');
    expect(lines('工信部')).toEqual(['a 工信部 alias table', 'b 工业和信息化部 same name']);
    expect(lines('太原')).toEqual(['a 太原 gazetteer', 'b 太原 gazetteer']);
    expect(lines('event:2023-06-29/太原市/全市安全生产工作会议')).toEqual(['a 全市安全生产工作会议 same name+date', 'b 全市安全生产工作会议 same name+date']);
    // 6月29日，(6) 全市安全生产工作会议(10) 在太原召开。(6) 市委书记(4): the name starts at 26.
    const person = explain('韦韬');
    expect(person.id).toBe('person:韦韬@太原市');
    expect(person.mentions.map((m) => [m.article, m.start, m.end, m.surface, m.titles, m.rule])).toEqual([
      ['a', 26, 28, '韦韬', ['市委书记'], 'same jurisdiction'],
      ['b', 26, 28, '韦韬', ['市委书记'], 'same jurisdiction'],
    ]);
  });

  it('runs as kg explain on a saved graph.json, re-reading the articles for surfaces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-explain-'));
    for (const [id, [, body]] of Object.entries(bodies)) writeFileSync(join(dir, `${id}.txt`), body);
    const saved = { ...graph, articles: graph.articles.map((a) => ({ ...a, path: join(dir, `${a.id}.txt`) })) };
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(saved));
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    try {
      const program = new Command().exitOverride();
      registerQueryCommands(program);
      await program.parseAsync(['node', 'kg', 'explain', '市水务局', join(dir, 'graph.json')]);
    } finally {
      spy.mockRestore();
    }
    expect(out.join('')).toContain('org:太原市水务局  (Organization) 太原市水务局');
    expect(out.join('')).toMatch(/a \d+-\d+ 市水务局  — same jurisdiction: relative form 市水务局 in a report on 太原市/);
  });

  it('shows the rule the builder recorded at merge time, for every mention', () => {
    const merges = builder.mergeRecords();
    for (const node of graph.nodes) expect(merges.get(node.id)?.length ?? 0, node.id).toBe(node.mentions.length);
    // 市水务局 printed beside 太原市水务局 takes the full form the article prints.
    const c = analyseArticle({ id: 'c', path: 'c.txt', title: null, date: '2023-07-01', source: null, url: null, body: '太原市水务局召开会议。市水务局负责同志汇报工作。乡村振兴战略深入实施，推进乡村振兴。' });
    const single = new GraphBuilder({ recordMerges: true });
    single.add(c);
    const doc = single.build();
    const read = { texts: new Map([['c', c.text]]), merges: single.mergeRecords() };
    const rules = (q: string) => explainNode(findNodes(doc, q)[0]!, read).mentions.map((m) => `${m.surface} ${m.rule}: ${m.why}`);
    expect(rules('太原市水务局')).toEqual(['太原市水务局 same name: same name', '市水务局 same jurisdiction: short form of 太原市水务局, printed in full in the article']);
    expect(rules('乡村振兴战略')).toEqual(['乡村振兴战略 same name: same name', '乡村振兴 same policy: 乡村振兴: another form of 乡村振兴战略 in the article']);
  });

  it('says so when the article of a mention was not read again', () => {
    const e = explainNode(findNodes(graph, '韦韬')[0]!);
    expect(e.mentions.map((m) => [m.surface, m.rule])).toEqual([
      [null, 'not recorded'],
      [null, 'not recorded'],
    ]);
  });

  it('recording merges leaves the graph document as it is', () => {
    const plain = new GraphBuilder();
    for (const [id, [date, body]] of Object.entries(bodies)) plain.add(analyseArticle({ id, path: `${id}.txt`, title: null, date, source: null, url: null, body }));
    expect(JSON.stringify(plain.build())).toBe(JSON.stringify(graph));
    expect(plain.mergeRecords().size).toBe(0);
  });
});
