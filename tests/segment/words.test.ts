import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/clean/index.js';
import { ArticleWords, splitSentences, tagSpan, wordStartsAt } from '../../src/segment/index.js';
import { tagOf } from '../../src/segment/dictionary.js';

const sample = readFileSync(new URL('../../data/sample/000_260baaeb98d07a4e.txt', import.meta.url), 'utf8');

describe('tagSpan: nodejieba.cut plus a dictionary lookup gives what nodejieba.tag gives', () => {
  const sentences = [
    '6月29日，全市河湖长制林长制工作会议召开，省委常委、市委书记韦韬出席并讲话。',
    '力争到2025年省级特色专业镇达到30个以上，5G基站超过1.2万个。',
    '云计算、区块链和AT&T的c#工程师在B超室见到了蓝翔的学员。',
    'APEC会议上，WTO总干事伊维拉出席。',
    'x',
    '1',
    'a1',
    '韦韬主持会议并作总结讲话，市长张新伟出席。',
  ];
  it.each(sentences)('%s', (sentence) => {
    tagSpan(sentence, 0, sentence.length); // loads the dictionaries and the project's words first
    expect(tagSpan(sentence, 0, sentence.length).map(({ word, tag }) => ({ word, tag }))).toEqual(nodejieba.tag(sentence));
  });

  it('every sentence of the sample page', () => {
    const text = sample.replace(/\r/g, '');
    for (const line of text.split('\n').filter((l) => l.trim())) {
      expect(tagSpan(line, 0, line.length).map(({ word, tag }) => ({ word, tag }))).toEqual(nodejieba.tag(line));
    }
  });

  it('tags words outside the dictionary by their characters, as cppjieba does', () => {
    expect(tagOf('韦韬')).toBe('x');
    expect(tagOf('2025')).toBe('m');
    expect(tagOf('APEC')).toBe('eng');
    expect(tagOf('市委书记')).toBe('n');
    expect(tagOf('出席')).toBe('v');
  });
});

describe('ArticleWords: words tagged on first use, one sentence at a time', () => {
  const article = prepareArticle({ id: 'a', path: 'a.txt', title: '全市河湖长制工作会议召开', date: '2023-06-29', source: null, url: null, body: '6月29日，省委常委、市委书记韦韬出席并讲话。市长张新伟主持。' });
  splitSentences(article);
  const words = new ArticleWords(article.text, article.sentences);
  const at = (s: string) => article.text.indexOf(s);

  it('finds the word covering, starting at or ending at a position', () => {
    expect(words.tokenAt(at('书记'))?.word).toBe('市委书记');
    expect(words.tokenStartingAt(at('市委书记'))?.word).toBe('市委书记');
    expect(words.tokenStartingAt(at('书记'))).toBeUndefined();
    expect(words.tokenEndingAt(at('出席') + 2)?.word).toBe('出席');
  });

  it('gives the same words as tagging every sentence up front', () => {
    const upFront = article.sentences.flatMap((s) => tagSpan(article.text, s.start, s.end));
    for (const t of upFront) {
      expect(words.tokenAt(t.start)).toEqual(t);
      expect(words.tokenAt(t.end - 1)).toEqual(t);
    }
  });

  it('has no word outside the sentences (the blank line after the title)', () => {
    expect(words.tokenAt(article.text.indexOf('\n'))).toBeUndefined();
    expect(words.tokenAt(article.text.length)).toBeUndefined();
  });
});

describe('wordStartsAt: where a word starts whatever jieba cuts', () => {
  it('holds after a sentence end, a comma or white space, and every such position starts a word', () => {
    const article = prepareArticle({ id: 'b', path: 'b.txt', title: '山西省召开会议', date: null, source: null, url: null, body: sample });
    splitSentences(article);
    const words = new ArticleWords(article.text, article.sentences);
    const { text } = article;
    expect(wordStartsAt(text, text.indexOf('，') + 1)).toBe(true);
    expect(wordStartsAt(text, text.indexOf('书记') + 1)).toBe(false);
    let breaks = 0;
    for (let pos = 0; pos < text.length; pos++) {
      if (!wordStartsAt(text, pos)) continue;
      breaks++;
      const t = words.tokenAt(pos);
      if (t) expect(t.start).toBe(pos);
    }
    expect(breaks).toBeGreaterThan(20);
  });
});
