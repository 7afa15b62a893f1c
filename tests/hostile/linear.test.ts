/**
 * Text that is hard on pattern matching stays linear: for each shape, one
 * analysis of 100 KB and one of 1 MB (after a warm-up), through the whole
 * per-article pipeline, graph building and schema validation. time(1 MB) must
 * stay within 10 × time(100 KB) × 4 slack, each the fastest of repeated runs
 * (a quadratic stage gives ~100×).
 */
import { describe, it } from 'vitest';
import type { SourceRecord } from '../../src/document.js';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { splitPage } from '../../src/split/index.js';
import { validateGraph } from '../../src/validate/index.js';
import { analyseArticle } from '../../src/workflows/analyse.js';
import { expectLinear } from '../helpers/linear.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂';
const distinctName = (i: number) => SURNAMES[i % 20]! + GIVEN[Math.floor(i / 20) % 25]! + GIVEN[Math.floor(i / 500) % 25]!;
/** Pieces repeated up to n UTF-8 bytes. */
const fill = (n: number, piece: (i: number) => string) => {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const p = piece(i);
    parts.push(p);
    len += Buffer.byteLength(p);
  }
  return parts.join('');
};
/** One character repeated up to n UTF-8 bytes. */
const run = (ch: string, n: number) => ch.repeat(Math.ceil(n / Buffer.byteLength(ch)));

/** n is a size in UTF-8 bytes. */
const SHAPES: Record<string, (n: number) => string> = {
  'run of 、': (n) => run('、', n),
  'list of one name': (n) => '市委书记' + fill(n, () => '张三、') + '出席会议。',
  'list of distinct names': (n) => '市领导' + fill(n, (i) => distinctName(i) + '、') + '出席。',
  'title chain': (n) => fill(n, () => '省委常委、市委书记、市长、') + '韦韬出席。',
  'thousands of quotes': (n) => fill(n, () => '“四治”《条例》'),
  'unclosed quotes': (n) => run('“', n / 2) + run('《', n / 2),
  digits: (n) => '目标' + run('1234567890', n),
  // Used to exhaust the heap: every target's text (and node id) was the whole comma-less sentence.
  'numbers without commas': (n) => '力争' + fill(n, () => '完成30万亩'),
  'mixed scripts': (n) => fill(n, () => 'Li Qiang李强 приветствие مرحبا 🀄 ＡＢＣ１２３ '),
  'control characters': (n) => fill(n, () => '会议\u0001\u0007召开\u001b[0m。\u200b\u0000'),
  'run of 在': (n) => '韦韬调研' + run('在', n),
  'event nouns after 在': (n) => fill(n, () => '工作会议在在在在在在在在在在在在在在在在在在在在在在在在'),
  'spaces after a full stop': (n) => '会议召开。' + run(' ', n) + '结束。',
  'broken lines': (n) => fill(n, () => '会议强调，要深入学习贯彻落实全市工作会议精神加快建设美丽太原全面再现锦绣太原\n'),
};

/**
 * Shapes hardest on src/relate/roles.ts: many persons and role verbs in one
 * sentence (no punctuation to split it), which once grew ~60× from 100 KB to 1 MB.
 */
const ROLE_HEAVY: Record<string, (n: number) => string> = {
  'no punctuation (persons, events and role verbs in one sentence)': (n) => fill(n, () => '市委书记韦韬主持召开全市工作会议强调要深入学习贯彻落实'),
  'titled names with roles, one sentence': (n) => fill(n, (i) => '市委书记' + distinctName(i) + '主持会议') + '。',
  'attend and speak, repeated': (n) => fill(n, () => '韦韬出席工作会议并讲话，'),
};

const record = (body: string): SourceRecord => ({ id: 'x', path: 'x.txt', title: null, date: null, source: null, url: null, body });

function extract(body: string): void {
  const builder = new GraphBuilder();
  for (const r of splitPage(record(body))) builder.add(analyseArticle(r));
  validateGraph(builder.build());
}

function checkLinear(shape: (n: number) => string) {
  // A floor of 100 ms on the small run keeps GC noise on fast shapes (digits: ~50 ms) out.
  expectLinear(extract, shape(100_000), shape(1_000_000), 100);
}

describe('extraction time grows linearly with hostile text', () => {
  extract('市委书记韦韬主持会议。');
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(name, () => checkLinear(shape), 120_000);
  }
  for (const [name, shape] of Object.entries(ROLE_HEAVY)) {
    it(name, () => checkLinear(shape), 240_000);
  }
});
