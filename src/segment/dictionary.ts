/**
 * jieba's dictionaries, loaded once per thread: the package's word list and
 * user list, then the project's own words (title heads, role verbs) so that
 * 出席会议 does not hide 出席. The same files give every word its tag.
 *
 * Why not nodejieba.tag: it returns the words of nodejieba.cut(text, true),
 * each with its dictionary tag, but building a {word, tag} object per word
 * across the native boundary costs as much as the segmentation itself. So
 * the words come from `cut` and the tag from the same dictionaries, looked up
 * the way cppjieba's PosTagger::LookupTag does (tests/segment checks the two
 * agree; they agree on all 124,880 sentences of the bulk corpus).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { WordTagTable } from './word-tags.js';
import { lexicons } from '../lexicons/index.js';

const DICT_DIR = join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules/cppjieba/dict');
const WORDS = join(DICT_DIR, 'jieba.dict.utf8');
const USER_WORDS = join(DICT_DIR, 'user.dict.utf8');
/**
 * jieba also loads the tables of its keyword extractor, which this project
 * never calls: a one-line stand-in for each (cppjieba refuses empty files)
 * saves every worker about 0.15 s and the memory of a 6 MB idf table.
 */
const UNUSED_KEYWORD_TABLES = {
  idfDict: fileURLToPath(new URL('../../data/jieba/idf.utf8', import.meta.url)),
  stopWordDict: fileURLToPath(new URL('../../data/jieba/stop_words.utf8', import.meta.url)),
};

let tags: WordTagTable | undefined;

/** Words in jieba's order: segmentation with the HMM for unknown words, as nodejieba.tag does. */
export function cutWords(sentence: string): string[] {
  loadDictionaries();
  return nodejieba.cut(sentence, true);
}

/** The tag nodejieba.tag gives `word`: its dictionary tag, else x / m / eng by its characters. */
export function tagOf(word: string): string {
  return loadDictionaries().get(word) || tagOfUnknown(word);
}

/** How often jieba's corpus had `word`, undefined for a word jieba lists without a count (the project's own words) or does not know. */
export function countOf(word: string): number | undefined {
  return loadDictionaries().count(word);
}

function loadDictionaries(): WordTagTable {
  if (tags) return tags;
  nodejieba.load({ dict: WORDS, userDict: USER_WORDS, ...UNUSED_KEYWORD_TABLES });
  const lex = lexicons();
  const projectWords: [string, string][] = [
    ...lex.titles.heads.map((w): [string, string] => [w, 'n']),
    ...[lex.roles.PRESIDED, lex.roles.SPOKE_AT, lex.roles.ATTENDED].flat().filter((w) => w.length > 1).map((w): [string, string] => [w, 'v']),
  ];
  for (const [word, tag] of projectWords) nodejieba.insertWord(word, tag);
  // In jieba's order: the word list, the user list, the words inserted last.
  tags = new WordTagTable([readFileSync(WORDS, 'utf8'), readFileSync(USER_WORDS, 'utf8'), ...projectWords.map(([w, t]) => `${w} ${t}`)].join('\n'));
  return tags;
}

/** cppjieba's PosTagger::SpecialRule for words outside the dictionary, character for character. */
function tagOfUnknown(word: string): string {
  const runes = [...word];
  let ascii = 0;
  let digits = 0;
  // cppjieba stops counting once half the characters are ASCII.
  for (let i = 0; i < runes.length && ascii < Math.floor(runes.length / 2); i++) {
    const code = runes[i]!.codePointAt(0)!;
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}
