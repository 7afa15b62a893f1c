/**
 * The segment stage: sentences, then words. nodejieba segments and tags each
 * sentence (see dictionary.ts); its word boundaries and tags let the
 * recognizers reject name candidates that are ordinary words (高度重视 is not
 * a person 高度). jieba's own person tags are poor on this genre, so they are
 * never used to find names.
 */
import type { Article, Sentence, Token } from '../document.js';
import type { Stage } from '../stage.js';
import { indexContaining } from '../spans.js';
import { cutWords, tagOf } from './dictionary.js';

const SENTENCE_END = /[。！？!?；;\n]/g;

export function splitSentences(article: Article): void {
  const { text } = article;
  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + (m[0] === '\n' ? 0 : 1);
    if (end > start && text.slice(start, end).trim()) sentences.push({ start, end, paragraph });
    start = m.index! + 1;
    if (m[0] === '\n') paragraph++;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ start, end: text.length, paragraph });
  article.sentences = sentences;
}

export const sentenceStage: Stage = { name: 'sentences', requires: [], assigns: ['sentences'], run: splitSentences };

/**
 * The article's words, tagged by jieba one sentence at a time and only when a
 * recognizer first asks about a position in that sentence: tagging is the
 * largest single cost per article, and a fifth of the text (mostly sentences
 * without a name, place or organization candidate) is never asked about.
 * The words are the same as tagging every sentence up front.
 */
export class ArticleWords {
  private readonly tagged: (Token[] | undefined)[];

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
  ) {
    this.tagged = new Array(sentences.length);
  }

  /** The word that contains position `pos`, if `pos` lies in a sentence. */
  tokenAt(pos: number): Token | undefined {
    const s = indexContaining(this.sentences, pos);
    if (s < 0) return undefined;
    const tokens = (this.tagged[s] ??= tagSpan(this.text, this.sentences[s]!.start, this.sentences[s]!.end));
    const t = indexContaining(tokens, pos);
    return t < 0 ? undefined : tokens[t];
  }

  tokenStartingAt(pos: number): Token | undefined {
    const t = this.tokenAt(pos);
    return t && t.start === pos ? t : undefined;
  }

  tokenEndingAt(pos: number): Token | undefined {
    const t = this.tokenAt(pos - 1);
    return t && t.end === pos ? t : undefined;
  }
}

/**
 * Characters no word of jieba's reaches over: sentence ends (each sentence is
 * cut on its own) and cppjieba's separators (，。 and white space, cut apart
 * before segmentation, see its PreFilter).
 */
const WORD_BREAKS = new Set([...'。！？!?；;\n', ' ', '\t', '，']);

/** Does a word start at `pos` however jieba cuts the sentence? Lets a caller skip tagging it. */
export function wordStartsAt(text: string, pos: number): boolean {
  return pos === 0 || WORD_BREAKS.has(text[pos - 1]!);
}

export function tagSpan(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let pos = start;
  for (const word of cutWords(text.slice(start, end))) {
    tokens.push({ word, tag: tagOf(word), start: pos, end: pos + word.length });
    pos += word.length;
  }
  return tokens;
}
