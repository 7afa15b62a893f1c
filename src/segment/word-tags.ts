/**
 * Word → tag over jieba's dictionary files without a JavaScript object per
 * word. The files' text stays one string and an open-addressing hash table
 * of line offsets (typed arrays) indexes it: building it is a single pass,
 * and the garbage collector, which marks every entry of a 350,000-entry Map
 * again and again in each worker, sees three objects.
 */
export class WordTagTable {
  private readonly source: string;
  /** Line start + 1 of the word in each slot; 0 is an empty slot. */
  private readonly slots: Int32Array;
  /** Index into `tags` of each slot's tag, read from its line on the first lookup (UNREAD before). */
  private readonly tagOfSlot: Uint16Array;
  private readonly tags: string[] = [];
  private readonly tagIds = new Map<string, number>();

  /**
   * `text` holds lines `word`, `word tag` or `word freq tag`, split on single
   * spaces as cppjieba's DictTrie does; a later line for the same word
   * replaces an earlier one, as in jieba's trie. A line without a tag gives
   * the empty tag.
   */
  constructor(text: string) {
    this.source = text;
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1;
    while (size < (lines + 1) * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.tagOfSlot = new Uint16Array(size).fill(UNREAD);
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) this.addLine(start, end);
      start = end + 1;
    }
  }

  /** The tag of `word`, '' for a word listed without one, undefined for a word not listed. */
  get(word: string): string | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot]!;
      if (at === 0) return undefined;
      if (this.wordAt(at - 1, word)) {
        if (this.tagOfSlot[slot] === UNREAD) this.tagOfSlot[slot] = this.tagId(at - 1 + word.length);
        return this.tags[this.tagOfSlot[slot]!];
      }
    }
  }

  /** The id of the tag in the fields after a word (` tag` or ` freq tag`), `after` being where the word ends. */
  private tagId(after: number): number {
    let end = this.source.indexOf('\n', after);
    if (end < 0) end = this.source.length;
    const fields = this.source.slice(after, end).split(' ').slice(1);
    const tag = fields.length === 0 ? '' : fields.length === 1 ? fields[0]! : fields[1]!;
    let id = this.tagIds.get(tag);
    if (id === undefined) {
      id = this.tags.push(tag) - 1;
      this.tagIds.set(tag, id);
    }
    return id;
  }

  private addLine(start: number, end: number): void {
    const text = this.source;
    const firstSpace = text.indexOf(' ', start);
    const wordEnd = firstSpace >= 0 && firstSpace < end ? firstSpace : end;
    const mask = this.slots.length - 1;
    for (let slot = hashOf(text, start, wordEnd) & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot]!;
      if (at === 0 || this.sameWord(at - 1, start, wordEnd - start)) {
        this.slots[slot] = start + 1;
        this.tagOfSlot[slot] = UNREAD;
        return;
      }
    }
  }

  /** Is the line at `start` the entry for `word` (the word followed by a space or the line's end)? */
  private wordAt(start: number, word: string): boolean {
    return this.source.startsWith(word, start) && this.wordEndsAt(start + word.length);
  }

  /** Does the line at `line` start with the `length`-character word at `word` of the same text? */
  private sameWord(line: number, word: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.source.charCodeAt(line + i) !== this.source.charCodeAt(word + i)) return false;
    return this.wordEndsAt(line + length);
  }

  private wordEndsAt(pos: number): boolean {
    const next = this.source.charCodeAt(pos);
    return next !== next || next === SPACE || next === NEWLINE;
  }
}

const SPACE = 32;
const NEWLINE = 10;

const UNREAD = 0xffff;

/** FNV-1a over UTF-16 codes. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
