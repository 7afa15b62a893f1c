/**
 * A trie over UTF-16 codes for scanning text position by position without
 * building a string: (node, code) → child lives in an open-addressing table
 * of typed arrays. Walking forward from a position gives every word that
 * starts there; a trie of reversed words, walked backward, every word that
 * ends there.
 */
export class CharTrie {
  /** SLOT_SIZE numbers per slot, side by side so a probe reads one cache line: parent, code, child + 1 (0: empty slot). */
  private slots: Int32Array;
  /** The root's children, by code (child + 1, 0 for none). */
  private readonly rootChildren = new Int32Array(0x10000);
  /**
   * The first two codes of every word (in walk order) hashed into 2^24 bits:
   * most positions of a text are rejected here, before any walk. A pair that
   * shares a hash with a word's only costs a needless walk.
   */
  private readonly openings = new Uint32Array(1 << 19);
  private wordEnds = new Uint8Array(1024);
  private nodes = 1;
  private used = 0;

  constructor(words: Iterable<string>, private readonly reversed = false) {
    this.slots = new Int32Array((1 << 16) * SLOT_SIZE);
    for (const w of words) this.insert(w);
  }

  /**
   * Lengths (two characters or more) of the words that start at `pos`, or
   * for a reversed trie end at `pos`, longest first.
   */
  lengthsAt(text: string, pos: number): number[] {
    const step = this.reversed ? -1 : 1;
    const opening = pairHash(text.charCodeAt(pos), text.charCodeAt(pos + step));
    if ((this.openings[opening >>> 5]! & (1 << (opening & 31))) === 0) return NONE;
    let found: number[] | undefined;
    let node = 0;
    for (let i = pos, len = 1; i >= 0 && i < text.length; i += step, len++) {
      node = this.child(node, text.charCodeAt(i));
      if (node < 0) break;
      if (len >= 2 && this.wordEnds[node]) (found ??= []).push(len);
    }
    return found ? found.reverse() : NONE;
  }

  private insert(word: string): void {
    if (word.length >= 2) {
      const at = (k: number) => word.charCodeAt(this.reversed ? word.length - 1 - k : k);
      const opening = pairHash(at(0), at(1));
      this.openings[opening >>> 5]! |= 1 << (opening & 31);
    }
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
    if (node === 0) return this.rootChildren[code]! - 1;
    const { slots } = this;
    const mask = slots.length / SLOT_SIZE - 1;
    for (let slot = slotOf(node, code) & mask; ; slot = (slot + 1) & mask) {
      const c = slots[slot * SLOT_SIZE + 2]!;
      if (c === 0) return -1;
      if (slots[slot * SLOT_SIZE] === node && slots[slot * SLOT_SIZE + 1] === code) return c - 1;
    }
  }

  private addChild(node: number, code: number): number {
    const child = this.nodes++;
    if (child >= this.wordEnds.length) {
      const wider = new Uint8Array(this.wordEnds.length * 2);
      wider.set(this.wordEnds);
      this.wordEnds = wider;
    }
    if (node === 0) {
      this.rootChildren[code] = child + 1;
      return child;
    }
    if ((this.used + 1) * 2 > this.slots.length / SLOT_SIZE) this.grow();
    this.place(node, code, child);
    return child;
  }

  private place(node: number, code: number, child: number): void {
    const { slots } = this;
    const mask = slots.length / SLOT_SIZE - 1;
    let slot = slotOf(node, code) & mask;
    while (slots[slot * SLOT_SIZE + 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * SLOT_SIZE] = node;
    slots[slot * SLOT_SIZE + 1] = code;
    slots[slot * SLOT_SIZE + 2] = child + 1;
    this.used++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.used = 0;
    for (let s = 0; s < old.length; s += SLOT_SIZE) if (old[s + 2]) this.place(old[s]!, old[s + 1]!, old[s + 2]! - 1);
  }
}

const NONE: number[] = [];
const SLOT_SIZE = 3;

/** (NaN, past either end of the text, hashes like a code: at worst a needless walk.) */
const pairHash = (first: number, second: number) => (((first & 0xfff) << 12) | (second & 0xfff)) & 0xffffff;

const slotOf = (node: number, code: number) => Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
