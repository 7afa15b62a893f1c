import { describe, expect, it } from 'vitest';
import { dropStrayFragments, isCaption, joinBrokenParagraphs, normalizeCharacters, removePageMarks } from '../../src/clean/rules.js';
import { findFurniture } from '../../src/clean/furniture.js';
import { splitPage } from '../../src/split/index.js';

const longLine = '要以系统观念统筹推进山水林田湖草沙综合治理,一体推进治山、治水、治气、治城,综合治理、系统治';

describe('cleaning rules', () => {
  it('joins a word broken across paragraphs by the page layout', () => {
    expect(joinBrokenParagraphs(`${longLine}\n\n理、源头治理。`)).toBe(`${longLine}理、源头治理。`);
  });

  it('never joins a short headline to the next paragraph', () => {
    expect(joinBrokenParagraphs('张新伟主持\n\n本报讯 6月29日,会议召开。')).toBe('张新伟主持\n本报讯 6月29日,会议召开。');
  });

  it('drops the stray tail of a sentence from another page', () => {
    expect(dropStrayFragments('会场。\n全。要全力绘就新画卷。')).toBe('会场。\n要全力绘就新画卷。');
  });

  it('removes page jump marks in ASCII and full-width brackets', () => {
    expect(removePageMarks('(上接03版)\n蓝佛安指出（下转2版）')).toBe('\n蓝佛安指出');
  });

  it('normalizes line ends and strips control and zero-width characters', () => {
    expect(normalizeCharacters('a\r\nb\u200b\u0007c')).toBe('a\nbc');
  });

  it('recognizes photo captions', () => {
    expect(isCaption('全市河湖长制林长制工作会议会场。梁琛 摄')).toBe(true);
    expect(isCaption('韦韬强调,要加强协调。')).toBe(false);
  });

  it('marks bylines and datelines as furniture', () => {
    const kinds = (t: string) => findFurniture(t).map((f) => [f.kind, t.slice(f.start, f.end)]);
    expect(kinds('本报讯(记者 殷雪莺 胡引平)6月29日,会议召开。')).toEqual([['byline', '本报讯(记者 殷雪莺 胡引平)']]);
    expect(kinds('新华社北京8月23日电  中共中央政治局委员刘鹤出席。')).toEqual([['dateline', '新华社北京8月23日电']]);
    expect(kinds('央视网消息（新闻联播）：会议召开。')).toEqual([['dateline', '央视网消息（新闻联播）：']]);
  });

  it('marks credit paragraphs naming an outlet or a writer as bylines', () => {
    const kinds = (t: string) => findFurniture(t).map((f) => [f.kind, t.slice(f.start, f.end)]);
    expect(kinds('■绍兴日报首席记者 张科勇\n■见习记者 吴可蒙\n撰稿：金笛')).toEqual([
      ['byline', '■绍兴日报首席记者 张科勇'],
      ['byline', '■见习记者 吴可蒙'],
      ['byline', '撰稿：金笛'],
    ]);
    expect(kinds('记者从市教育局获悉，全市中小学将于下周开学。')).toEqual([]);
  });
});

describe('splitting a page', () => {
  const record = { id: 'page', path: 'page.txt', title: null, date: null, source: null, url: null };
  it('cuts a page at a continuation mark into numbered articles', () => {
    const parts = splitPage({ ...record, body: '韦韬在全市工作会议上强调要持续改善河湖生态质量。\n\n(上接03版)\n\n蓝佛安指出,特色专业镇呈现勃勃生机。' });
    expect(parts.map((p) => p.id)).toEqual(['page#1', 'page#2']);
  });
  it('keeps the base name for a single article', () => {
    expect(splitPage({ ...record, body: '(上接03版)\n蓝佛安指出,特色专业镇呈现勃勃生机。' }).map((p) => p.id)).toEqual(['page']);
  });
});
