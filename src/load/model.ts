/**
 * The property-graph model of a graph document, as it lives in Neo4j: the one
 * mapping shared by the loader and every export, so a loaded graph and an
 * exported one are the same graph.
 *
 * - one node per entity, labelled from NODE_LABELS, with `id`, `name`,
 *   `aliases` and the label's properties (camelCase, nulls dropped); an
 *   Event's `YYYY-MM-DD` date is a Cypher `date`, an `MM-DD` one the string
 *   `monthDay` (see eventDateProps);
 * - one `(:Article {id, title, date, source, url, path, contentHash, factKeys})`
 *   per article (see ArticleShare: what a reload compares to skip it);
 * - `(entity)-[:MENTIONED_IN {start, end, titles?}]->(:Article)` per mention
 *   (identity: start and end within that article);
 * - one relationship per fact, identified by `key` (a hash of type, endpoints
 *   and properties), carrying the document's properties plus its provenance:
 *   `articles` (distinct article ids) and the evidence as parallel arrays
 *   `evidenceArticles`, `evidenceStarts`, `evidenceEnds`, `evidenceTexts`.
 *
 * Offsets are Neo4j integers (neo4j.int); other numbers are floats.
 */
import { createHash } from 'node:crypto';
import neo4j, { type Date, type Integer } from 'neo4j-driver';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type Evidence,
  type GraphDocument,
  type NodeLabel,
  type Relationship,
  type RelationshipType,
} from '../schema/graph.js';

export const ARTICLE_LABEL = 'Article' as const;
export const MENTIONED_IN = 'MENTIONED_IN' as const;
/** Every label the loader writes: the schema's entity labels plus Article. Never taken from text. */
export const ALL_LABELS = [...NODE_LABELS, ARTICLE_LABEL] as const;
export type ModelLabel = (typeof ALL_LABELS)[number];
export const ALL_REL_TYPES = [...RELATIONSHIP_TYPES, MENTIONED_IN] as const;
export type ModelRelType = (typeof ALL_REL_TYPES)[number];

export type Value = string | number | boolean | Integer | Date<Integer> | Value[];
export type Props = Record<string, Value>;

export interface ModelNode {
  label: ModelLabel;
  id: string;
  /** Everything but id; nulls dropped. */
  props: Props;
}

export interface ModelRelationship {
  type: ModelRelType;
  from: { label: ModelLabel; id: string };
  to: { label: ModelLabel; id: string };
  /** The properties that identify the relationship between its two nodes (MERGE key). */
  identity: Props;
  /** The rest (provenance included). */
  props: Props;
}

export interface GraphModel {
  nodes: ModelNode[];
  relationships: ModelRelationship[];
}

/**
 * Node properties that are always lists, empty ones included. A neo4j-admin
 * CSV import cannot write an empty list (an empty array cell is no property),
 * so `kg load --schema-only` sets the missing ones to [] after an import.
 */
export const LIST_PROPERTIES: readonly { label: ModelLabel; property: string }[] = [
  ...NODE_LABELS.map((label) => ({ label, property: 'aliases' })),
  { label: ARTICLE_LABEL, property: 'factKeys' },
];

export const int = (n: number): Integer => neo4j.int(n);

/** Relationship properties the loader writes itself; a fact's own properties must not use these names. */
export const RESERVED_FACT_PROPERTIES = ['key', 'articles', 'evidenceArticles', 'evidenceStarts', 'evidenceEnds', 'evidenceTexts'] as const;

/**
 * Longest indexed string, in UTF-8 bytes. Neo4j 5 range indexes (and so the
 * uniqueness constraints on id) refuse keys over about 8 kB ("Property value is
 * too large to index"; an 8,167-byte id was refused in tests/faults), which
 * would fail a load midway.
 */
export const MAX_INDEXED_BYTES = 8000;

/** A graph document Neo4j would refuse partway through a load; found before anything is written. */
export class UnloadableGraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`graph cannot be loaded into Neo4j: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; … and ${problems.length - 3} more` : ''}`);
    this.name = 'UnloadableGraphError';
  }
}

const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Checks what the schema cannot: fact property names that would overwrite the
 * loader's provenance (`key` is the MERGE identity, so a document setting it
 * would duplicate the fact on the next load) or that Neo4j refuses (empty, or
 * holding a NUL), and ids and names too long for their indexes. Values are
 * otherwise free text: they only ever travel as query parameters.
 */
export function assertLoadable(doc: GraphDocument): void {
  const problems: string[] = [];
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  for (const a of articleIds(doc)) {
    if (bytes(a) > MAX_INDEXED_BYTES) problems.push(`article id ${show(a)} is ${bytes(a)} bytes (at most ${MAX_INDEXED_BYTES})`);
  }
  for (const n of doc.nodes) {
    if (bytes(n.id) > MAX_INDEXED_BYTES) problems.push(`node id ${show(n.id)} is ${bytes(n.id)} bytes (at most ${MAX_INDEXED_BYTES})`);
    if (bytes(n.name) > MAX_INDEXED_BYTES) problems.push(`name of ${show(n.id)} is ${bytes(n.name)} bytes (at most ${MAX_INDEXED_BYTES})`);
  }
  const reserved: readonly string[] = RESERVED_FACT_PROPERTIES;
  for (const r of doc.relationships) {
    for (const k of Object.keys(r.properties)) {
      if (reserved.includes(k)) problems.push(`${r.type} ${show(r.from)} → ${show(r.to)} has a property named "${k}", which the loader keeps for provenance`);
      else if (k === '' || k.includes('\u0000')) problems.push(`${r.type} ${show(r.from)} → ${show(r.to)} has a property name Neo4j refuses (${JSON.stringify(k)})`);
    }
  }
  if (problems.length) throw new UnloadableGraphError(problems);
}

/** Drops nulls and undefined: Neo4j stores no nulls. */
export function compact(obj: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined) out[k] = v as Value;
  return out;
}

/** JSON with sorted keys, so equal objects give equal strings. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Stable identity of a fact: type, endpoints and properties (as the extractor dedupes them). */
export function relationshipKey(r: Pick<Relationship, 'type' | 'from' | 'to' | 'properties'>): string {
  return createHash('sha1').update(`${r.type}\n${r.from}\n${r.to}\n${canonical(r.properties)}`).digest('base64url');
}


const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An event date as stored: a Cypher `date` when the year is known (so queries
 * compare and order real dates), else the `MM-DD` text in `monthDay`. Both
 * keys are always present, one null, so a reload that learns the year drops
 * the month-day.
 */
export function eventDateProps(date: string | null): { date: Date<Integer> | null; monthDay: string | null } {
  const iso = date ? ISO_DATE.exec(date) : null;
  if (iso) return { date: new neo4j.types.Date(int(Number(iso[1])), int(Number(iso[2])), int(Number(iso[3]))), monthDay: null };
  return { date: null, monthDay: date };
}

/** The properties of an entity node (nulls kept as null so a reload can remove them; see nodeProps). */
export function entityProps(n: GraphDocument['nodes'][number]): Record<string, Value | null> {
  const props: Record<string, Value | null> = { name: n.name, aliases: [...n.aliases] };
  for (const [k, v] of Object.entries(n.properties as Record<string, unknown>)) props[k] = (v ?? null) as Value | null;
  if (n.label === 'Event') Object.assign(props, eventDateProps(n.properties.date));
  return props;
}

/** Evidence as parallel arrays (relationship properties cannot hold maps). */
export function evidenceArrays(evidence: Evidence[]): Props {
  return {
    evidenceArticles: evidence.map((e) => e.article),
    evidenceStarts: evidence.map((e) => int(e.start)),
    evidenceEnds: evidence.map((e) => int(e.end)),
    evidenceTexts: evidence.map((e) => e.text),
  };
}

export function distinct<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Every article id the document refers to: listed ones first, then any only referenced. */
export function articleIds(doc: GraphDocument): string[] {
  const ids = new Set(doc.articles.map((a) => a.id));
  for (const n of doc.nodes) for (const m of n.mentions) ids.add(m.article);
  for (const r of doc.relationships) for (const e of r.evidence) ids.add(e.article);
  return [...ids];
}

export function mentionKey(entityId: string, start: number, end: number): string {
  return `${entityId}|${start}|${end}`;
}

/**
 * Bumped whenever what the loader writes for an article changes, so the next
 * load rewrites every article once instead of skipping it as unchanged.
 */
const LOAD_MODEL_VERSION = 1;

/** A fact as an article lists it in `factKeys`: the type is kept so the fact is found through its type's key index. */
export const factRef = (type: RelationshipType, key: string): string => `${type}:${key}`;

export function parseFactRef(ref: string): { type: RelationshipType; key: string } | null {
  const at = ref.indexOf(':');
  const type = ref.slice(0, at);
  return at > 0 && (RELATIONSHIP_TYPES as readonly string[]).includes(type) ? { type: type as RelationshipType, key: ref.slice(at + 1) } : null;
}

export interface MentionShare {
  entity: string;
  label: NodeLabel;
  start: number;
  end: number;
  titles: string[] | null;
}

export interface FactShare {
  type: RelationshipType;
  key: string;
  from: string;
  to: string;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  props: Relationship['properties'];
  /** This article's evidence only. */
  evidence: Evidence[];
}

/** What one article contributes to the graph, and the digest a reload compares to skip it when nothing changed. */
export interface ArticleShare {
  id: string;
  /** title, date, source, url, path (null when unknown, so a reload removes them). */
  record: Record<string, string | null>;
  mentions: MentionShare[];
  facts: FactShare[];
  /** Entities it mentions or states facts about. */
  entities: string[];
  /**
   * Hash of everything loading this article writes: its record, mentions and
   * evidence, and the properties of the entities it touches (so an entity
   * renamed elsewhere in the document rewrites the articles naming it).
   */
  contentHash: string;
  /** factRef of every fact it gives evidence for, sorted: a reload finds the old ones by key. */
  factKeys: string[];
}

/** Every article's share of the document, in articleIds order. */
export function articleShares(doc: GraphDocument): ArticleShare[] {
  const listed = new Map(doc.articles.map((a) => [a.id, a]));
  const shares = new Map<string, ArticleShare>();
  for (const id of articleIds(doc)) {
    const a = listed.get(id);
    const record = { title: a?.title ?? null, date: a?.date ?? null, source: a?.source ?? null, url: a?.url ?? null, path: a?.path ?? null };
    shares.set(id, { id, record, mentions: [], facts: [], entities: [], contentHash: '', factKeys: [] });
  }
  const entitySets = new Map<string, Set<string>>([...shares.keys()].map((id) => [id, new Set()]));
  const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
  for (const n of doc.nodes) {
    const seen = new Set<string>();
    for (const m of n.mentions) {
      const k = `${m.article}|${m.start}|${m.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      shares.get(m.article)!.mentions.push({ entity: n.id, label: n.label, start: m.start, end: m.end, titles: m.titles?.length ? [...m.titles] : null });
      entitySets.get(m.article)!.add(n.id);
    }
  }
  for (const r of doc.relationships) {
    const key = relationshipKey(r);
    const byArticle = new Map<string, Evidence[]>();
    for (const e of dedupeEvidence(r.evidence)) {
      const list = byArticle.get(e.article);
      if (list) list.push(e);
      else byArticle.set(e.article, [e]);
    }
    for (const [article, evidence] of byArticle) {
      const fromLabel = nodeById.get(r.from)!.label;
      const toLabel = nodeById.get(r.to)!.label;
      shares.get(article)!.facts.push({ type: r.type, key, from: r.from, to: r.to, fromLabel, toLabel, props: r.properties, evidence });
      entitySets.get(article)!.add(r.from).add(r.to);
    }
  }
  const entityDigest = new Map<string, string>();
  const digestOf = (id: string) => {
    let d = entityDigest.get(id);
    if (d === undefined) {
      const n = nodeById.get(id)!;
      entityDigest.set(id, (d = canonical([n.label, n.name, n.aliases, n.properties])));
    }
    return d;
  };
  for (const share of shares.values()) {
    share.entities = [...entitySets.get(share.id)!];
    share.factKeys = distinct(share.facts.map((f) => factRef(f.type, f.key))).sort();
    // Arrays of plain values stringify the same way every time: no canonical() needed but for objects.
    const lines = [
      ...share.mentions.map((m) => `M ${JSON.stringify([m.entity, m.start, m.end, m.titles])}`),
      ...share.facts.map((f) => `F ${JSON.stringify([f.type, f.key, f.from, f.to, f.evidence.map((e) => [e.start, e.end, e.text])])}`),
      ...share.entities.map((id) => `E ${JSON.stringify(id)} ${digestOf(id)}`),
    ].sort();
    share.contentHash = createHash('sha1')
      .update(`${LOAD_MODEL_VERSION}\n${canonical([share.id, share.record])}\n${lines.join('\n')}`)
      .digest('base64url');
  }
  return [...shares.values()];
}

/** An article node's properties: its record (nulls dropped) and its share's digest. */
export function articleNodeProps(share: ArticleShare): Props {
  return { ...compact(share.record), contentHash: share.contentHash, factKeys: share.factKeys };
}

/** The whole document as the property graph the loader writes (after one full load into an empty database). */
export function toGraphModel(doc: GraphDocument, shares: ArticleShare[] = articleShares(doc)): GraphModel {
  assertLoadable(doc);
  const nodes: ModelNode[] = [];
  const relationships: ModelRelationship[] = [];
  for (const share of shares) nodes.push({ label: ARTICLE_LABEL, id: share.id, props: articleNodeProps(share) });
  const labelOf = new Map<string, NodeLabel>();
  for (const n of doc.nodes) {
    labelOf.set(n.id, n.label);
    nodes.push({ label: n.label, id: n.id, props: compact(entityProps(n)) });
  }
  for (const share of shares) {
    for (const m of share.mentions) {
      relationships.push({
        type: MENTIONED_IN,
        from: { label: m.label, id: m.entity },
        to: { label: ARTICLE_LABEL, id: share.id },
        identity: { start: int(m.start), end: int(m.end) },
        props: m.titles ? { titles: m.titles } : {},
      });
    }
  }
  for (const r of doc.relationships) {
    const ev = dedupeEvidence(r.evidence);
    relationships.push({
      type: r.type,
      from: { label: labelOf.get(r.from)!, id: r.from },
      to: { label: labelOf.get(r.to)!, id: r.to },
      identity: { key: relationshipKey(r) },
      props: { ...compact(r.properties), articles: distinct(ev.map((e) => e.article)), ...evidenceArrays(ev) },
    });
  }
  return { nodes, relationships };
}

/**
 * The part of a document the given articles state: their records, the facts
 * they give evidence for (that evidence only), the nodes they mention or those
 * facts reach (with the mentions in these articles, possibly none). An
 * article's share is the same in every subgraph that holds it.
 */
export function articleSubgraph(doc: GraphDocument, articles: Iterable<string>): GraphDocument {
  const keep = new Set(articles);
  const relationships = doc.relationships
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => keep.has(e.article)) }))
    .filter((r) => r.evidence.length);
  const reached = new Set(relationships.flatMap((r) => [r.from, r.to]));
  const nodes = doc.nodes
    .map((n) => ({ ...n, mentions: n.mentions.filter((m) => keep.has(m.article)) }))
    .filter((n) => n.mentions.length || reached.has(n.id));
  return { version: 1, articles: doc.articles.filter((a) => keep.has(a.id)), nodes, relationships };
}

/** Evidence without repeats of the same (article, start, end). */
export function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.article}|${e.start}|${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function isEntityLabel(label: string): label is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(label);
}

export type { NodeLabel, RelationshipType };
