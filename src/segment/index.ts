/**
 * The segment stage: sentences, then words. nodejieba tags each sentence;
 * its word boundaries and tags let the recognizers reject name candidates
 * that are ordinary words (高度重视 is not a person 高度). jieba's own person
 * tags are poor on this genre, so they are never used to find names.
 */
import nodejieba from 'nodejieba';
import type { Article, Sentence, Token } from '../document.js';
import { lexicons } from '../recognize/lexicons.js';

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

let dictionaryReady = false;

/** Words jieba must keep whole: title heads and role verbs (so 出席会议 does not hide 出席). */
function loadUserDictionary(): void {
  if (dictionaryReady) return;
  const lex = lexicons();
  for (const w of lex.titles.heads) nodejieba.insertWord(w, 'n');
  for (const list of [lex.roles.PRESIDED, lex.roles.SPOKE_AT, lex.roles.ATTENDED]) {
    for (const w of list) if (w.length > 1) nodejieba.insertWord(w, 'v');
  }
  dictionaryReady = true;
}

export function tagWords(article: Article): void {
  loadUserDictionary();
  article.tokens = article.sentences.map((s) => tagSpan(article.text, s.start, s.end));
}

export function tagSpan(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let pos = start;
  for (const { word, tag } of nodejieba.tag(text.slice(start, end))) {
    tokens.push({ word, tag, start: pos, end: pos + word.length });
    pos += word.length;
  }
  return tokens;
}
