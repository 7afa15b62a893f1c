/**
 * One zod schema per data/lexicons/*.json file: readLexicon checks a file
 * against its schema when it loads it. Objects are strict (an unknown key is
 * a typo), lists hold non-empty words, and `_comment` documents the file.
 */
import { z } from 'zod';

const word = z.string().min(1);
const words = z.array(word);
/** A list that may not be empty: the rules it feeds make no sense without one word. */
const someWords = words.min(1);
/** A string of single characters, each a member (如 bodyStops: 的在向对…). */
const characters = z.string().min(1);
/** A regular expression fragment kept as data; it must compile. */
const pattern = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');
const wordMap = z.record(word, words);
const lexicon = <S extends z.ZodRawShape>(shape: S) => z.object({ _comment: z.string(), ...shape }).strict();

export const FollowersLexicon = lexicon({ words: someWords });

export const PositionsLexicon = lexicon({ bodySuffixes: someWords });

export const TitlesLexicon = lexicon({
  heads: someWords,
  notFollowedBy: wordMap,
  notPrecededBy: wordMap,
  headsNeedingPrefix: words,
  collectiveTitles: someWords,
  roleWords: words,
  foreignHeads: words,
  chineseAndForeignHeads: someWords,
  prefixCharacters: characters,
  prefixWords: someWords,
  unitCharacters: characters,
  impliedBodies: z.record(word, word),
});

export const RolesLexicon = lexicon({
  PRESIDED: someWords,
  SPOKE_AT: someWords,
  ATTENDED: someWords,
  spokeInsideParagraph: words,
  instructionBefore: someWords,
  visitVerbs: someWords,
  visitNounHeads: someWords,
  referenceAfter: someWords,
  speechNouns: someWords,
  reportVerbs: someWords,
  listenVerbs: someWords,
  wordsEndingInZuo: someWords,
});

export const EventsLexicon = lexicon({
  nouns: z.object({ meeting: someWords, ceremony: someWords, forum: someWords, activity: someWords, visit: someWords }).strict(),
  reportVerbs: someWords,
  roleContext: someWords,
  referOnlyAfter: someWords,
  referOnlyBefore: someWords,
  carryOutVerbs: someWords,
  notFollowedBy: wordMap,
});

export const EventBoundariesLexicon = lexicon({
  nameBoundaries: someWords,
  bodyHeads: someWords,
  genericPrefixes: words,
  beforeReferVerb: someWords,
  dayParts: someWords,
  timeWords: someWords,
});

export const PersonsLexicon = lexicon({
  notNameEnd: characters,
  functionFollowers: characters,
  orgSuffixes: someWords,
  foreignNameStops: characters,
  foreignNameStopWords: someWords,
  givenNameEnds: characters,
  conjunctionNameEnds: characters,
  honorifics: someWords,
  roleNouns: someWords,
  homeWords: someWords,
  notNames: someWords,
  namesAfterTitleVeto: someWords,
  personnelDecisions: someWords,
  personnelObjects: someWords,
  namesAfterTitleEnd: someWords,
  rareWordCount: z.number().int().positive(),
});

export const OrganizationsLexicon = lexicon({
  standalone: someWords,
  aliases: z.record(word, word),
  jurisdictionPrefixes: someWords,
  organPrefixes: words,
  departmentSuffixes: someWords,
  nationalPrefixes: someWords,
  nationalSuffixes: someWords,
  institutionSuffixes: someWords,
  numberedSchool: pattern,
  notAfterSuffix: wordMap,
  notOrganizations: words,
  categoryQuantifiers: someWords,
  bodyStops: characters,
  nameStops: someWords,
  titleModifiers: someWords,
  eventAfter: pattern,
  extraTitleHeads: words,
  subUnitSuffixes: pattern,
  subUnitHeads: someWords,
  orgTails: words,
  nameStopTags: words,
  kindOnlyTags: words,
  jurisdictionNotAfter: characters,
  bodyStopWords: words,
});

export const PlacesLexicon = lexicon({
  water: words,
  region: words,
  venue: words,
  countries: words,
  abbreviations: z.record(word, word),
  abbreviationFrames: words,
  notBefore: words,
  notAfter: words,
  basinSuffix: word,
  datelineAfter: pattern,
  venueSuffixes: someWords,
  venueNotNames: words,
  nicknames: z.record(word, word),
  ethnicGroups: someWords,
});

export const PoliciesLexicon = lexicon({
  programmes: someWords,
  suffixes: someWords,
  genericHeads: words,
  leftStops: someWords,
  quote: z
    .object({ nounsAfter: someWords, negAfter: someWords, verbsBefore: someWords, negBefore: someWords, requirementFrame: z.object({ before: someWords, after: someWords }).strict() })
    .strict(),
  notPolicies: words,
  reviewOnly: someWords,
  studyOnly: someWords,
  carriedOutAfterStudy: someWords,
  draftMarks: someWords,
  notDocumentEnd: someWords,
  maxQuoted: z.number().int().positive(),
  genericEnds: someWords,
  topicalEnds: z.object({ ends: someWords, heads: someWords }).strict(),
  conjoined: z.object({ conjunctions: someWords, openingVerbs: someWords }).strict(),
  programmeNegAfter: someWords,
  draftAfter: someWords,
  headNotFollowedBy: someWords,
  documentHeads: someWords,
  weakVerbs: someWords,
  verbLed: z.object({ heads: someWords, verbs: someWords }).strict(),
  shortLaws: z.object({ verbsBefore: someWords, notLawEnds: someWords }).strict(),
  qualified: z.object({ qualifiers: someWords, heads: someWords }).strict(),
  regionalAid: z.object({ sectors: someWords, verbs: someWords, regions: someWords }).strict(),
  listedPolicies: z.object({ verbs: someWords, policyWords: someWords, minItem: z.number().int().positive() }).strict(),
  meetingTopics: z.object({ topicHeads: someWords, meetingHeads: someWords, scopes: someWords, routineWork: someWords }).strict(),
});

export const TargetsLexicon = lexicon({
  units: someWords,
  goalWords: someWords,
  goalFrames: z.array(pattern).min(1),
  clauseGoalWords: someWords,
  goalNounsAfter: someWords,
  resultWords: someWords,
  runningTotalWords: someWords,
  sentenceResultWords: someWords,
});

export const VenuesLexicon = lexicon({
  heldVerbs: someWords,
  verbsBeforeEvent: someWords,
  conveneVerbs: someWords,
  goTo: someWords,
  hostedJointly: someWords,
  hostedVerbs: someWords,
  visitedBeforeConvening: someWords,
  buildingHeads: someWords,
  heldAdverbs: someWords,
  ownBodyBefore: someWords,
  delegation: someWords,
  touringPronouns: someWords,
  meetingAttendees: someWords,
  delegationVisits: someWords,
});

export const MandatesLexicon = lexicon({ reporterVoice: someWords });

export const JurisdictionLexicon = lexicon({
  localFrame: z.object({ clauseOpeners: someWords, titlePrefixes: someWords, notTitlePrefixes: someWords, anywhere: someWords, cityDepartmentSuffixes: someWords }).strict(),
  nationalOrProvincial: z.object({ titlePrefixes: someWords, titles: someWords }).strict(),
  nationalFrame: z.object({ followers: someWords }).strict(),
});

/** Every JSON lexicon file and its schema (tests load each one). */
export const LEXICON_SCHEMAS = {
  'followers.json': FollowersLexicon,
  'titles.json': TitlesLexicon,
  'roles.json': RolesLexicon,
  'events.json': EventsLexicon,
  'event-boundaries.json': EventBoundariesLexicon,
  'persons.json': PersonsLexicon,
  'organizations.json': OrganizationsLexicon,
  'places.json': PlacesLexicon,
  'policies.json': PoliciesLexicon,
  'targets.json': TargetsLexicon,
  'venues.json': VenuesLexicon,
  'mandates.json': MandatesLexicon,
  'jurisdiction.json': JurisdictionLexicon,
  'positions.json': PositionsLexicon,
} as const;
