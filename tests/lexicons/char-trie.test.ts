import { describe, expect, it } from 'vitest';
import { CharTrie } from '../../src/lexicons/char-trie.js';

describe('CharTrie: words starting or ending at a position, without slicing the text', () => {
  const places = ['山西', '山西省', '太原', '太原市', '清徐县', '北京', '北京人民大会堂', '京'];
  const text = '山西省太原市清徐县，北京人民大会堂';

  it('gives the lengths of the places that start at a position, longest first', () => {
    const trie = new CharTrie(places);
    expect(trie.lengthsAt(text, 0)).toEqual([3, 2]);
    expect(trie.lengthsAt(text, 3)).toEqual([3, 2]);
    expect(trie.lengthsAt(text, text.indexOf('北京'))).toEqual([7, 2]);
    expect(trie.lengthsAt(text, 1)).toEqual([]);
  });

  it('skips one-character words (京 is a place only in its fixed frames)', () => {
    expect(new CharTrie(places).lengthsAt(text, text.indexOf('京'))).toEqual([]);
  });

  it('reversed, gives the places that end at a position', () => {
    const trie = new CharTrie(places, true);
    expect(trie.lengthsAt(text, 2)).toEqual([3]);
    expect(trie.lengthsAt(text, text.length - 1)).toEqual([7]);
    expect(trie.lengthsAt(text, 0)).toEqual([]);
  });

  it('holds many words (the table grows)', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => `地${String.fromCharCode(0x4e00 + (i % 20_000))}${String.fromCharCode(0x4e00 + Math.floor(i / 20_000))}`);
    const trie = new CharTrie(words);
    for (const w of [words[0]!, words[12_345]!, words[49_999]!]) expect(trie.lengthsAt(`${w}。`, 0)).toEqual([3]);
  });
});
