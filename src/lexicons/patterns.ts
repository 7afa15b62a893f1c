/** Building regular expressions and lookups from lexicon words. */

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest-first alternation of literal words, for building regular expressions from data. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/** Alternation of literal words in the order the lexicon lists them (where the first alternative that matches should win). */
export function inOrder(words: readonly string[]): string {
  return words.map(escape).join('|');
}

/** Longest entry of `words` that starts at text[pos], or undefined. */
export function longestPrefixAt(text: string, pos: number, words: ReadonlySet<string>, maxLen: number): string | undefined {
  for (let len = Math.min(maxLen, text.length - pos); len > 0; len--) {
    const w = text.slice(pos, pos + len);
    if (words.has(w)) return w;
  }
  return undefined;
}
