/**
 * A trie over UTF-16 codes for scanning text position by position without
 * building a string: (node, code) → child lives in an open-addressing table
 * of typed arrays. Walking forward from a position gives every word that
 * starts there; a trie of reversed words, walked backward, every word that
 * ends there.
 */
export class CharTrie {
  private parents: Int32Array;
  private codes: Uint16Array;
  /** Child node + 1 in each slot; 0 is an empty slot. */
  private children: Int32Array;
  private wordEnds = new Uint8Array(1024);
  private nodes = 1;
  private used = 0;

  constructor(words: Iterable<string>, private readonly reversed = false) {
    this.parents = new Int32Array(1 << 16);
    this.codes = new Uint16Array(1 << 16);
    this.children = new Int32Array(1 << 16);
    for (const w of words) this.insert(w);
  }

  /**
   * Lengths (two characters or more) of the words that start at `pos`, or
   * for a reversed trie end at `pos`, longest first.
   */
  lengthsAt(text: string, pos: number): number[] {
    let found: number[] | undefined;
    const step = this.reversed ? -1 : 1;
    let node = 0;
    for (let i = pos, len = 1; i >= 0 && i < text.length; i += step, len++) {
      node = this.child(node, text.charCodeAt(i));
      if (node < 0) break;
      if (len >= 2 && this.wordEnds[node]) (found ??= []).push(len);
    }
    return found ? found.reverse() : NONE;
  }

  private insert(word: string): void {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(this.reversed ? word.length - 1 - k : k);
      let next = this.child(node, code);
      if (next < 0) next = this.addChild(node, code);
      node = next;
    }
    this.wordEnds[node] = 1;
  }

  private child(node: number, code: number): number {
    const mask = this.children.length - 1;
    for (let slot = slotOf(node, code) & mask; ; slot = (slot + 1) & mask) {
      const c = this.children[slot]!;
      if (c === 0) return -1;
      if (this.parents[slot] === node && this.codes[slot] === code) return c - 1;
    }
  }

  private addChild(node: number, code: number): number {
    if ((this.used + 1) * 2 > this.children.length) this.grow();
    const child = this.nodes++;
    if (child >= this.wordEnds.length) {
      const wider = new Uint8Array(this.wordEnds.length * 2);
      wider.set(this.wordEnds);
      this.wordEnds = wider;
    }
    this.place(node, code, child);
    return child;
  }

  private place(node: number, code: number, child: number): void {
    const mask = this.children.length - 1;
    let slot = slotOf(node, code) & mask;
    while (this.children[slot] !== 0) slot = (slot + 1) & mask;
    this.parents[slot] = node;
    this.codes[slot] = code;
    this.children[slot] = child + 1;
    this.used++;
  }

  private grow(): void {
    const { parents, codes, children } = this;
    this.parents = new Int32Array(children.length * 2);
    this.codes = new Uint16Array(children.length * 2);
    this.children = new Int32Array(children.length * 2);
    this.used = 0;
    for (let s = 0; s < children.length; s++) if (children[s]) this.place(parents[s]!, codes[s]!, children[s]! - 1);
  }
}

const NONE: number[] = [];

const slotOf = (node: number, code: number) => Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
