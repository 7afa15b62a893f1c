import { describe, expect, it } from 'vitest';
import { WordTagTable } from '../../src/segment/word-tags.js';

describe('WordTagTable: word → tag over dictionary lines', () => {
  const table = new WordTagTable(['市委 5 nt', '市委书记 40 n', '云计算', '蓝翔 nz', '出席 120 v', '出席 v'].join('\n'));

  it('reads `word freq tag` and `word tag` lines', () => {
    expect(table.get('市委')).toBe('nt');
    expect(table.get('蓝翔')).toBe('nz');
  });

  it('does not take a word for a longer word that starts with it', () => {
    expect(table.get('市委书记')).toBe('n');
    expect(table.get('市委书')).toBeUndefined();
  });

  it('gives the empty tag to a word listed without one, undefined to a word not listed', () => {
    expect(table.get('云计算')).toBe('');
    expect(table.get('韦韬')).toBeUndefined();
  });

  it('lets a later line replace an earlier one, as jieba does', () => {
    expect(table.get('出席')).toBe('v');
    const replaced = new WordTagTable('出席 120 v\n出席 n');
    expect(replaced.get('出席')).toBe('n');
  });

  it('reads the count of a `word freq tag` line, none for a line without one or a word not listed', () => {
    expect(table.count('市委书记')).toBe(40);
    expect(table.count('蓝翔')).toBeUndefined();
    expect(table.count('韦韬')).toBeUndefined();
    expect(table.count('出席')).toBeUndefined();
  });
});
