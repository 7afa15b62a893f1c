/**
 * The document that flows through the pipeline. Each stage adds annotations
 * to it (spaCy-style); no stage rewrites what an earlier one added, except
 * `clean`, which produces the analysed text that every offset refers to.
 *
 * The analysed text of an article is its title (when it has one), a blank
 * line, then the cleaned body. Mentions and evidence in the graph document
 * carry offsets into that text.
 */
import type { NodeLabel, RelationshipType } from './schema/graph.js';

/** One input record, before cleaning: what the readers produce. */
export interface SourceRecord {
  id: string;
  path: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  body: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Page furniture kept in the text for offsets but never read as prose. */
export interface Furniture extends Span {
  kind: 'byline' | 'dateline' | 'caption' | 'headline';
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Token extends Span {
  word: string;
  tag: string;
}

export interface PersonMention extends Span {
  name: string;
  titles: string[];
  /** How the name was found, for explanations and debugging. */
  via: 'title' | 'credit' | 'role' | 'list' | 'known';
}

export type EventKind = 'meeting' | 'visit' | 'ceremony' | 'forum' | 'activity';

export interface EventMention extends Span {
  name: string;
  kind: EventKind;
  /** Text reports the event as happening here (召开, 举行, 在…上讲话), rather than referring to it. */
  reported: boolean;
  /** Named as another meeting whose decisions are carried out (认真落实全省河湖长制工作会议部署): never this article's event. */
  referred?: boolean;
  /** Written as the article's own event: 本届博览会, 本次会议, 此次论坛. */
  ownEvent?: boolean;
  /** Index (into `events`) of the event this mention was grouped into, set by the stage that assigns `events`. */
  event?: number;
}

export interface ArticleEvent {
  name: string;
  aliases: string[];
  kind: EventKind;
  date: string | null;
  mentions: EventMention[];
}

export interface NamedMention extends Span {
  name: string;
  /** Canonical form when the surface differs (太原 → 太原市). */
  canonical?: string;
}

export interface LocationMention extends NamedMention {
  divisionCode: string | null;
  level: 'country' | 'province' | 'city' | 'county' | 'township' | 'village' | 'place' | 'water' | 'region';
}

export interface PolicyMention extends NamedMention {
  kind: 'system' | 'campaign' | 'law' | 'plan' | 'slogan' | 'programme';
  /** Sentence presents it as something to carry out (not only reviewed or referred to). */
  mandated: boolean;
}

export interface TargetMention extends Span {
  text: string;
  value: number;
  unit: string;
  deadline: string | null;
}

/**
 * One end of a fact: a node of the article, by its label. Events and targets
 * are named by their index in the article's list (their node ids are only
 * settled by the resolve stage), the others by name.
 */
export type FactEndpoint = {
  [L in NodeLabel]: L extends 'Event' | 'Target' ? { label: L; index: number } : { label: L; name: string };
}[NodeLabel];

/**
 * A fact between two annotations of the same article, with the sentence that
 * states it. `type` is a relationship type of the schema's specs
 * (RELATIONSHIP_SPECS), or of the extra specs a graph builder was given; the
 * builder checks both ends against the spec.
 */
export interface Fact {
  type: RelationshipType | (string & {});
  from: FactEndpoint;
  to: FactEndpoint;
  properties?: Record<string, string | number | null>;
  evidence: Span;
}

/**
 * The annotations stages assign (see src/stage.ts): each names a list of the
 * Article. `furniture` comes with the article from the clean stage.
 */
export const ANNOTATIONS = [
  'furniture',
  'sentences',
  'persons',
  'eventMentions',
  'events',
  'organizations',
  'locations',
  'policies',
  'targets',
  'facts',
] as const satisfies readonly (keyof Article)[];
export type Annotation = (typeof ANNOTATIONS)[number];

/** An analysed article: the record's metadata, and annotations over its analysed text. */
export interface Article extends Omit<SourceRecord, 'body'> {
  /** The analysed text: title, blank line, cleaned body. */
  text: string;
  /** Where the body starts in `text` (after the title and blank line). */
  bodyStart: number;
  furniture: Furniture[];
  sentences: Sentence[];
  persons: PersonMention[];
  eventMentions: EventMention[];
  events: ArticleEvent[];
  organizations: NamedMention[];
  locations: LocationMention[];
  policies: PolicyMention[];
  targets: TargetMention[];
  facts: Fact[];
}

export function newArticle(record: SourceRecord, text: string, bodyStart: number, furniture: Furniture[]): Article {
  const { id, path, title, date, source, url } = record;
  return {
    id,
    path,
    title,
    date,
    source,
    url,
    text,
    bodyStart,
    furniture,
    sentences: [],
    persons: [],
    eventMentions: [],
    events: [],
    organizations: [],
    locations: [],
    policies: [],
    targets: [],
    facts: [],
  };
}
