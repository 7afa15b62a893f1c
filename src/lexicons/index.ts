/** The lexicons several stages share (titles, surnames, followers, roles, events), loaded once per thread. */
import { readLexicon, readWordList } from './load.js';
import { EventsLexicon, FollowersLexicon, RolesLexicon, TitlesLexicon } from './schemas.js';
import type { z } from 'zod';

export interface Lexicons {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  titles: z.output<typeof TitlesLexicon>;
  followers: Set<string>;
  followerMaxLen: number;
  roles: z.output<typeof RolesLexicon>;
  events: z.output<typeof EventsLexicon>;
}

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  if (cached) return cached;
  const surnameList = readWordList('surnames.txt');
  const followers = readLexicon('followers.json', FollowersLexicon).words;
  cached = {
    surnames: new Set(surnameList.filter((s) => s.length === 1)),
    compoundSurnames: new Set(surnameList.filter((s) => s.length === 2)),
    titles: readLexicon('titles.json', TitlesLexicon),
    followers: new Set(followers),
    followerMaxLen: Math.max(...followers.map((w) => w.length)),
    roles: readLexicon('roles.json', RolesLexicon),
    events: readLexicon('events.json', EventsLexicon),
  };
  return cached;
}
