/**
 * Property: any text, however odd, goes through analyseArticle, GraphBuilder
 * and validateGraph without throwing, and the document passes the schema
 * (validateGraph checks it with zod and throws otherwise). Mentions and
 * evidence stay inside their article's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/document.js';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { GraphDocumentSchema } from '../../src/schema/graph.js';
import { splitPage } from '../../src/split/index.js';
import { validateGraph } from '../../src/validate/index.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

/** Pieces of the genre: titles, role verbs, event nouns, surnames, punctuation, digits, quotes, marks. */
const PIECES = [
  ...'、，。；：“”《》（）()「」！？…—·\n 　0123456789１２３',
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳司马',
  '书记', '主持', '会议', '市委', '省委常委', '市长', '副主席', '总书记', '出席', '讲话', '强调', '指出', '召开', '举行',
  '调研', '座谈会', '工作会议', '在', '于', '以', '形式', '力争', '到2025年', '完成', '万亩', '%', '以上', '河湖长制',
  '“四治”', '《条例》', '（上接2版）', '（下转3版）', '本报讯', '记者', '摄', '新华社北京8月24日电', '市领导', '等',
  '\u0000', '\u0007', '\u200b', '\ufeff', '\r\n', '\ud800', '😀', 'ＡＢＣ', 'Li Qiang', '---',
];

const genreText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
const cjkText = fc
  .array(fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0x3000, max: 0x303f }), fc.integer({ min: 0x20, max: 0x7e })), { maxLength: 200 })
  .map((cps) => String.fromCodePoint(...cps));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), cjkText, genreText);

const record = (body: string, title: string | null, id: string): SourceRecord => ({ id, path: `${id}.txt`, title, date: null, source: null, url: null, body });

function extract(records: SourceRecord[]) {
  const builder = new GraphBuilder();
  const articles = records.flatMap((r) => splitPage(r)).map((r) => analyseArticle(r));
  for (const a of articles) builder.add(a);
  return { articles, graph: validateGraph(builder.build()) };
}

describe('any text through the pipeline', () => {
  it('never throws and always yields a schema-valid graph', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: null }), (body, title) => {
        const { articles, graph } = extract([record(body, title, 'a')]);
        expect(GraphDocumentSchema.safeParse(graph).success).toBe(true);
        const textOf = new Map(articles.map((a) => [a.id, a.text]));
        for (const n of graph.nodes) {
          for (const m of n.mentions) {
            const text = textOf.get(m.article)!;
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeLessThanOrEqual(m.end);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps several articles apart (ids, shared people) without throwing', () => {
    fc.assert(
      fc.property(fc.array(genreText, { minLength: 1, maxLength: 4 }), (bodies) => {
        const { graph } = extract(bodies.map((b, i) => record(b, null, `p${i}`)));
        expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
      }),
      { numRuns: 100 },
    );
  });
});
