/**
 * Read-only helpers over an article that several recognizers share: where
 * clauses break, which words jieba found, whether a span is page furniture.
 */
import type { Article } from '../document.js';
import { ArticleWords } from '../segment/index.js';
import { indexContaining } from '../spans.js';

/** Characters that end a clause or a list item. Quote marks are not among them: names contain them. */
export const CLAUSE_BREAK = new Set([...'，,。；;：:！!？?\n（()）【】[]《》 \t']);
export const LIST_SEPARATORS = new Set(['、', '和', '及', '与']);

/** 1 at every position inside 《…》 (book-title marks close at the end of a line at the latest). */
export function bookTitleMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  // Character codes, not text[i]: each text[i] of a Chinese character allocates a string.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_BOOK_TITLE) depth++;
    else if (code === CLOSE_BOOK_TITLE) depth = Math.max(0, depth - 1);
    else if (code === NEWLINE) depth = 0;
    else if (depth > 0) mask[i] = 1;
  }
  return mask;
}

const OPEN_BOOK_TITLE = '《'.charCodeAt(0);
const CLOSE_BOOK_TITLE = '》'.charCodeAt(0);
const NEWLINE = 10;

/** A lookup table over UTF-16 codes: 1 for the first character of each word. Scanning loops test a code before building any string. */
export function firstCharTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) if (w.length) table[w.charCodeAt(0)] = 1;
  return table;
}

export const isHan = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';

/**
 * Shared views of an article: its words (see ArticleWords), its furniture, its
 * clauses. Made once per article before the first stage; the words exist from
 * the first time a stage asks for them, which needs the article's sentences.
 */
export class ArticleContext {
  readonly text: string;
  private articleWords: ArticleWords | undefined;
  private readonly furnitureMask: Uint8Array;

  constructor(readonly article: Article) {
    this.text = article.text;
    this.furnitureMask = new Uint8Array(this.text.length);
    for (const f of article.furniture) this.furnitureMask.fill(1, f.start, f.end);
  }

  /** jieba's words, tagged as they are asked for. */
  get words(): ArticleWords {
    return (this.articleWords ??= new ArticleWords(this.text, this.article.sentences));
  }

  inFurniture(pos: number): boolean {
    return this.furnitureMask[pos] === 1;
  }

  /**
   * Is [start, end) a plausible personal name by jieba's segmentation? It is
   * not when jieba reads it as one ordinary word (文化, 高度) or when a word of
   * two or more characters crosses either edge (高度重视 swallows 高度).
   */
  nameFitsWords(start: number, end: number, afterTitle = false): boolean {
    const exact = this.words.tokenStartingAt(start);
    if (exact && exact.end === end) return NAME_TAGS.has(exact.tag) || !isDictionaryTag(exact.tag);
    // After a title the context already says a name follows; jieba often fuses its last character with the verb (施惠|芳主|持).
    if (afterTitle) return true;
    const atStart = this.words.tokenAt(start);
    if (atStart && atStart.start < start && atStart.end > start && atStart.word.length > 1 && !NAME_TAGS.has(atStart.tag)) return false;
    const atEnd = this.words.tokenAt(end - 1);
    if (atEnd && atEnd.end > end && atEnd.word.length > 1 && !NAME_TAGS.has(atEnd.tag)) return false;
    return true;
  }

  /** Start of the clause containing `pos` (just after the previous clause break), looking back at most `maxBack` characters. */
  clauseStart(pos: number, maxBack = Infinity): number {
    let i = pos;
    const floor = Math.max(0, pos - maxBack);
    while (i > floor && !CLAUSE_BREAK.has(this.text[i - 1]!)) i--;
    return i;
  }

  sentenceAt(pos: number): { start: number; end: number } {
    const s = indexContaining(this.article.sentences, pos);
    return s < 0 ? { start: pos, end: pos } : this.article.sentences[s]!;
  }
}

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Tags of words jieba gets from its dictionary; `x` marks strings it does not know. */
const isDictionaryTag = (tag: string) => tag !== 'x';
