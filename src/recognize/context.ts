/**
 * Read-only helpers over an article that several recognizers share: where
 * clauses break, which words jieba found, whether a span is page furniture.
 */
import type { Article, Token } from '../document.js';

/** Characters that end a clause or a list item. Quote marks are not among them: names contain them. */
export const CLAUSE_BREAK = new Set([...'，,。；;：:！!？?\n（()）【】[]《》 \t']);
export const LIST_SEPARATORS = new Set(['、', '和', '及', '与']);

/** 1 at every position inside 《…》 (book-title marks close at the end of a line at the latest). */
export function bookTitleMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    else if (ch === '\n') depth = 0;
    else if (depth > 0) mask[i] = 1;
  }
  return mask;
}

export const isHan = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';

/** Word index over an article: which token starts or ends at a position, and the token covering it. */
export class ArticleContext {
  readonly text: string;
  private readonly tokenByStart = new Map<number, Token>();
  private readonly tokenByEnd = new Map<number, Token>();
  private readonly covering: Token[] = [];
  private readonly furnitureMask: Uint8Array;

  constructor(readonly article: Article) {
    this.text = article.text;
    for (const sentenceTokens of article.tokens) {
      for (const t of sentenceTokens) {
        this.tokenByStart.set(t.start, t);
        this.tokenByEnd.set(t.end, t);
        this.covering.push(t);
      }
    }
    this.furnitureMask = new Uint8Array(this.text.length);
    for (const f of article.furniture) this.furnitureMask.fill(1, f.start, f.end);
  }

  inFurniture(pos: number): boolean {
    return this.furnitureMask[pos] === 1;
  }

  tokenStartingAt(pos: number): Token | undefined {
    return this.tokenByStart.get(pos);
  }

  tokenEndingAt(pos: number): Token | undefined {
    return this.tokenByEnd.get(pos);
  }

  /** The token that contains position `pos` (binary search over tokens in text order). */
  tokenAt(pos: number): Token | undefined {
    const tokens = this.covering;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (pos < t.start) hi = mid - 1;
      else if (pos >= t.end) lo = mid + 1;
      else return t;
    }
    return undefined;
  }

  /**
   * Is [start, end) a plausible personal name by jieba's segmentation? It is
   * not when jieba reads it as one ordinary word (文化, 高度) or when a word of
   * two or more characters crosses either edge (高度重视 swallows 高度).
   */
  nameFitsWords(start: number, end: number, afterTitle = false): boolean {
    const exact = this.tokenByStart.get(start);
    if (exact && exact.end === end) return NAME_TAGS.has(exact.tag) || !isDictionaryTag(exact.tag);
    // After a title the context already says a name follows; jieba often fuses its last character with the verb (施惠|芳主|持).
    if (afterTitle) return true;
    const atStart = this.tokenAt(start);
    if (atStart && atStart.start < start && atStart.end > start && atStart.word.length > 1 && !NAME_TAGS.has(atStart.tag)) return false;
    const atEnd = this.tokenAt(end - 1);
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
    const s = this.article.sentences.find((x) => pos >= x.start && pos < x.end);
    return s ?? { start: pos, end: pos };
  }
}

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Tags of words jieba gets from its dictionary; `x` marks strings it does not know. */
const isDictionaryTag = (tag: string) => tag !== 'x';
