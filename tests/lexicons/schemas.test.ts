import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR, LexiconError, readLexicon } from '../../src/lexicons/load.js';
import { LEXICON_SCHEMAS, PersonsLexicon, TargetsLexicon, VenuesLexicon } from '../../src/lexicons/schemas.js';

/** A lexicon directory holding one file, `file`, with `content`. */
function lexiconDir(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-lexicon-'));
  writeFileSync(join(dir, file), content);
  return dir;
}
const venues = () => JSON.parse(readFileSync(join(LEXICON_DIR, 'venues.json'), 'utf8')) as Record<string, unknown>;

describe('lexicon files and their schemas', () => {
  it('every JSON file of data/lexicons has a schema, and satisfies it', () => {
    const files = readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(LEXICON_SCHEMAS).sort());
    for (const [file, schema] of Object.entries(LEXICON_SCHEMAS)) expect(() => readLexicon(file, schema), file).not.toThrow();
  });

  it('a misspelt key names the file and the key', () => {
    const dir = lexiconDir('venues.json', JSON.stringify({ ...venues(), goto: ['来到'] }));
    expect(() => readLexicon('venues.json', VenuesLexicon, dir)).toThrow(LexiconError);
    expect(() => readLexicon('venues.json', VenuesLexicon, dir)).toThrow(new RegExp(`lexicon ${join(dir, 'venues.json')} does not match its schema[^]*goto`));
  });

  it('a missing list, an empty one or a wrong type is named by its key', () => {
    const { heldVerbs, ...withoutHeld } = venues();
    expect(heldVerbs).toBeDefined();
    expect(() => readLexicon('venues.json', VenuesLexicon, lexiconDir('venues.json', JSON.stringify(withoutHeld)))).toThrow(/heldVerbs:/);
    expect(() => readLexicon('venues.json', VenuesLexicon, lexiconDir('venues.json', JSON.stringify({ ...venues(), goTo: [] })))).toThrow(/goTo:/);
    expect(() => readLexicon('venues.json', VenuesLexicon, lexiconDir('venues.json', JSON.stringify({ ...venues(), goTo: '来到' })))).toThrow(/goTo:/);
    const persons = lexiconDir('persons.json', JSON.stringify({ _comment: '', notNameEnd: ['委'] }));
    expect(() => readLexicon('persons.json', PersonsLexicon, persons)).toThrow(/notNameEnd:/);
  });

  it('a regular-expression fragment that does not compile is refused', () => {
    const targets = JSON.parse(readFileSync(join(LEXICON_DIR, 'targets.json'), 'utf8')) as Record<string, unknown>;
    const dir = lexiconDir('targets.json', JSON.stringify({ ...targets, goalFrames: ['(?:到|至'] }));
    expect(() => readLexicon('targets.json', TargetsLexicon, dir)).toThrow(/goalFrames\.0: not a valid regular expression/);
  });

  it('a file that is not JSON names the file', () => {
    const dir = lexiconDir('venues.json', '{ "heldVerbs": ["召开", }');
    expect(() => readLexicon('venues.json', VenuesLexicon, dir)).toThrow(new RegExp(`^lexicon ${join(dir, 'venues.json')}: .*JSON`));
  });
});
