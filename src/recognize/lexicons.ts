/**
 * Lexicons live as data in data/lexicons/; this module loads each once per
 * process (each worker thread loads its own copy) and gives them typed shapes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicons/', import.meta.url));

export function readLexicon<T>(file: string): T {
  return JSON.parse(readFileSync(LEXICON_DIR + file, 'utf8')) as T;
}

/** A word list file: whitespace-separated entries, `#` starts a comment line. */
export function readWordList(file: string): string[] {
  const words = readFileSync(LEXICON_DIR + file, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
  return [...new Set(words)];
}

/** Longest-first alternation of literal words, for building regular expressions from data. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Longest entry of `words` that starts at text[pos], or undefined. */
export function longestPrefixAt(text: string, pos: number, words: ReadonlySet<string>, maxLen: number): string | undefined {
  for (let len = Math.min(maxLen, text.length - pos); len > 0; len--) {
    const w = text.slice(pos, pos + len);
    if (words.has(w)) return w;
  }
  return undefined;
}

let cached: Lexicons | undefined;

export interface Lexicons {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  titles: {
    heads: string[];
    notFollowedBy: Record<string, string[]>;
    notPrecededBy: Record<string, string[]>;
    headsNeedingPrefix: string[];
    collectiveTitles: string[];
    roleWords: string[];
    foreignHeads: string[];
  };
  followers: Set<string>;
  followerMaxLen: number;
  roles: { PRESIDED: string[]; SPOKE_AT: string[]; ATTENDED: string[]; spokeInsideParagraph: string[] };
  events: {
    nouns: Record<'meeting' | 'ceremony' | 'forum' | 'activity' | 'visit', string[]>;
    reportVerbs: string[];
    roleContext: string[];
    referOnlyAfter: string[];
    referOnlyBefore: string[];
    notFollowedBy: Record<string, string[]>;
  };
}

export function lexicons(): Lexicons {
  if (cached) return cached;
  const surnameList = readWordList('surnames.txt');
  const followers = readLexicon<{ words: string[] }>('followers.json').words;
  cached = {
    surnames: new Set(surnameList.filter((s) => s.length === 1)),
    compoundSurnames: new Set(surnameList.filter((s) => s.length === 2)),
    titles: readLexicon('titles.json'),
    followers: new Set(followers),
    followerMaxLen: Math.max(...followers.map((w) => w.length)),
    roles: readLexicon('roles.json'),
    events: readLexicon('events.json'),
  };
  return cached;
}
