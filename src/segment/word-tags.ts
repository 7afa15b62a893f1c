/**
 * Word → tag over jieba's dictionary files without a JavaScript object per
 * word. The files' text stays one string and an open-addressing hash table
 * of line offsets (one typed array) indexes it: building it is a single pass,
 * and the garbage collector, which marks every entry of a 350,000-entry Map
 * again and again in each worker, sees a handful of objects.
 *
 * Each slot keeps the line offset, the word's full hash and its tag id side
 * by side, so a probe reads one cache line, and the dictionary text is only
 * read for a word whose hash matches.
 */
export class WordTagTable {
  private readonly source: string;
  /** SLOT_SIZE numbers per slot: line start + 1 (0: empty), hash, tag id (UNREAD until first looked up). */
  private readonly slots: Int32Array;
  private readonly mask: number;
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
    this.slots = new Int32Array(size * SLOT_SIZE);
    this.mask = size - 1;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) this.addLine(start, end);
      start = end + 1;
    }
  }

  /** The tag of `word`, '' for a word listed without one, undefined for a word not listed. */
  get(word: string): string | undefined {
    const slot = this.slotOf(word);
    if (slot < 0) return undefined;
    const { slots } = this;
    if (slots[slot * SLOT_SIZE + 2] === UNREAD) slots[slot * SLOT_SIZE + 2] = this.tagId(slots[slot * SLOT_SIZE]! - 1 + word.length);
    return this.tags[slots[slot * SLOT_SIZE + 2]!];
  }

  /** How often jieba's corpus had `word` (the `freq` of a `word freq tag` line); undefined for a word listed without a count or not listed. */
  count(word: string): number | undefined {
    const slot = this.slotOf(word);
    if (slot < 0) return undefined;
    const fields = this.fieldsAfter(this.slots[slot * SLOT_SIZE]! - 1 + word.length);
    return fields.length === 2 ? Number(fields[0]) : undefined;
  }

  /** The slot holding `word`, -1 when the word is not listed. */
  private slotOf(word: string): number {
    const hash = hashOf(word, 0, word.length);
    const { slots } = this;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slots[slot * SLOT_SIZE]!;
      if (at === 0) return -1;
      if (slots[slot * SLOT_SIZE + 1] === hash && this.wordAt(at - 1, word)) return slot;
    }
  }

  /** The fields of a line after its word (` tag` or ` freq tag`), `after` being where the word ends. */
  private fieldsAfter(after: number): string[] {
    let end = this.source.indexOf('\n', after);
    if (end < 0) end = this.source.length;
    return this.source.slice(after, end).split(' ').slice(1);
  }

  /** The id of the tag in the fields after a word, `after` being where the word ends. */
  private tagId(after: number): number {
    const fields = this.fieldsAfter(after);
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
    const hash = hashOf(text, start, wordEnd);
    const { slots } = this;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slots[slot * SLOT_SIZE]!;
      if (at === 0 || (slots[slot * SLOT_SIZE + 1] === hash && this.sameWord(at - 1, start, wordEnd - start))) {
        slots[slot * SLOT_SIZE] = start + 1;
        slots[slot * SLOT_SIZE + 1] = hash;
        slots[slot * SLOT_SIZE + 2] = UNREAD;
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

const SLOT_SIZE = 3;
const UNREAD = -1;
const SPACE = 32;
const NEWLINE = 10;

/** FNV-1a over UTF-16 codes, as a signed 32-bit integer (what an Int32Array slot holds). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
