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
  type ArticleRecord,
  type Evidence,
  type GraphDocument,
  type GraphNode,
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
  const problems = articleIds(doc).flatMap(articleIdProblems);
  for (const n of doc.nodes) problems.push(...nodeLoadProblems(n));
  for (const r of doc.relationships) problems.push(...relationshipLoadProblems(r));
  if (problems.length) throw new UnloadableGraphError(problems);
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** assertLoadable, one element at a time (a document read as a stream is checked as it goes). */
export function articleIdProblems(id: string): string[] {
  return bytes(id) > MAX_INDEXED_BYTES ? [`article id ${show(id)} is ${bytes(id)} bytes (at most ${MAX_INDEXED_BYTES})`] : [];
}

export function nodeLoadProblems(n: Pick<GraphNode, 'id' | 'name'>): string[] {
  const problems: string[] = [];
  if (bytes(n.id) > MAX_INDEXED_BYTES) problems.push(`node id ${show(n.id)} is ${bytes(n.id)} bytes (at most ${MAX_INDEXED_BYTES})`);
  if (bytes(n.name) > MAX_INDEXED_BYTES) problems.push(`name of ${show(n.id)} is ${bytes(n.name)} bytes (at most ${MAX_INDEXED_BYTES})`);
  return problems;
}

export function relationshipLoadProblems(r: Pick<Relationship, 'type' | 'from' | 'to' | 'properties'>): string[] {
  const problems: string[] = [];
  const reserved: readonly string[] = RESERVED_FACT_PROPERTIES;
  for (const k of Object.keys(r.properties)) {
    if (reserved.includes(k)) problems.push(`${r.type} ${show(r.from)} → ${show(r.to)} has a property named "${k}", which the loader keeps for provenance`);
    else if (k === '' || k.includes('\u0000')) problems.push(`${r.type} ${show(r.from)} → ${show(r.to)} has a property name Neo4j refuses (${JSON.stringify(k)})`);
  }
  return problems;
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

/** A fact as an article lists it in `factKeys`: the type is kept so the fact is found through its type's key index. */
export const factRef = (type: RelationshipType, key: string): string => `${type}:${key}`;

export function parseFactRef(ref: string): { type: RelationshipType; key: string } | null {
  const at = ref.indexOf(':');
  const type = ref.slice(0, at);
  return at > 0 && (RELATIONSHIP_TYPES as readonly string[]).includes(type) ? { type: type as RelationshipType, key: ref.slice(at + 1) } : null;
}

/**
 * Bumped whenever what the loader writes for an article changes, so the next
 * load rewrites every article once instead of skipping it as unchanged.
 * 2: contentHash became a sum of line hashes (see DocumentDigester).
 */
const LOAD_MODEL_VERSION = 2;

/** What loading an article writes for it besides its mentions and facts, and what a reload compares. */
export interface ArticleDigest {
  id: string;
  /** title, date, source, url, path (null when unknown, so a reload removes them). */
  record: Record<string, string | null>;
  contentHash: string;
  /** factRef of every fact it gives evidence for, sorted: a reload finds the old ones by key. */
  factKeys: string[];
}

/** A document's digest: what the fresh path needs besides the items themselves. */
export interface DocumentDigest {
  /** In articleIds order (listed ones first, then those only referenced, as the items name them). */
  articles: Map<string, ArticleDigest>;
  /** Entity id → label (relationship rows are grouped by their endpoints' labels). */
  labels: Map<string, NodeLabel>;
  /** Distinct mentions (per entity, article, start and end) and facts. */
  mentions: number;
  facts: number;
}

const LANES = 5; // a sha1 digest as 32-bit words

/**
 * An article's contentHash, built item by item: the hash of everything loading
 * it writes, its record, its mentions and its evidence, each line carrying the
 * digest of the entities it names (so an entity renamed elsewhere in the
 * document rewrites the articles naming it). The lines' sha1s are added up
 * (word-wise, modulo 2^32), so the order the document lists them in does not
 * count and no article's lines have to be kept: a document read as a stream
 * is digested in memory that grows with its articles and entities, not with
 * its mentions and evidence.
 */
export class DocumentDigester {
  private readonly articles = new Map<string, { record: Record<string, string | null>; sum: Uint32Array; facts: string[] }>();
  private readonly entities = new Map<string, { label: NodeLabel; digest: string }>();
  private mentions = 0;
  private facts = 0;

  private articleState(id: string) {
    let state = this.articles.get(id);
    if (!state) this.articles.set(id, (state = { record: { title: null, date: null, source: null, url: null, path: null }, sum: new Uint32Array(LANES), facts: [] }));
    return state;
  }

  private addLine(article: string, line: string): void {
    const sum = this.articleState(article).sum;
    const h = createHash('sha1').update(line).digest();
    for (let i = 0; i < LANES; i++) sum[i] = (sum[i]! + h.readUInt32BE(4 * i)) >>> 0;
  }

  /** The entity's digest; its node must have been added. */
  private entityDigest(id: string): string {
    return this.entities.get(id)!.digest;
  }

  article(a: ArticleRecord): void {
    this.articleState(a.id).record = { title: a.title ?? null, date: a.date ?? null, source: a.source ?? null, url: a.url ?? null, path: a.path ?? null };
  }

  node(n: GraphNode): void {
    const digest = createHash('sha1').update(canonical([n.label, n.name, n.aliases, n.properties])).digest('base64url');
    this.entities.set(n.id, { label: n.label, digest });
    for (const m of distinctMentions(n)) {
      this.mentions++;
      this.addLine(m.article, `M ${JSON.stringify([n.id, m.start, m.end, m.titles?.length ? m.titles : null, digest])}`);
    }
  }

  /** After the nodes it links. */
  relationship(r: Relationship): void {
    this.facts++;
    const ref = factRef(r.type, relationshipKey(r));
    const key = ref.slice(r.type.length + 1);
    const ends = [this.entityDigest(r.from), this.entityDigest(r.to)];
    for (const [article, evidence] of evidenceByArticle(r.evidence)) {
      this.articleState(article).facts.push(ref);
      this.addLine(article, `F ${JSON.stringify([r.type, key, r.from, r.to, evidence.map((e) => [e.start, e.end, e.text]), ...ends])}`);
    }
  }

  finish(): DocumentDigest {
    const articles = new Map<string, ArticleDigest>();
    for (const [id, { record, sum, facts }] of this.articles) {
      const lines = Buffer.from(sum.buffer).toString('hex');
      const contentHash = createHash('sha1').update(`${LOAD_MODEL_VERSION}\n${canonical([id, record])}\n${lines}`).digest('base64url');
      articles.set(id, { id, record, contentHash, factKeys: distinct(facts).sort() });
    }
    const labels = new Map([...this.entities].map(([id, e]) => [id, e.label]));
    return { articles, labels, mentions: this.mentions, facts: this.facts };
  }
}

/** A whole document's items in document order (see DocumentItem). */
export function* documentItems(doc: GraphDocument): Generator<DocumentItem> {
  for (const value of doc.articles) yield { section: 'articles', value };
  for (const value of doc.nodes) yield { section: 'nodes', value };
  for (const value of doc.relationships) yield { section: 'relationships', value };
}

/** One element of a graph document's articles, nodes or relationships. */
export type DocumentItem =
  | { section: 'articles'; value: ArticleRecord }
  | { section: 'nodes'; value: GraphNode }
  | { section: 'relationships'; value: Relationship };

export function digestDocument(doc: GraphDocument): DocumentDigest {
  const digester = new DocumentDigester();
  for (const item of documentItems(doc)) addItem(digester, item);
  return digester.finish();
}

export function addItem(digester: DocumentDigester, item: DocumentItem): void {
  if (item.section === 'articles') digester.article(item.value);
  else if (item.section === 'nodes') digester.node(item.value);
  else digester.relationship(item.value);
}

/** A node's mentions without repeats of the same (article, start, end). */
export function distinctMentions(n: GraphNode): GraphNode['mentions'] {
  const seen = new Set<string>();
  return n.mentions.filter((m) => {
    const k = `${m.article}|${m.start}|${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A fact's evidence (without repeats) per article, in the order the articles first appear. */
export function evidenceByArticle(evidence: Evidence[]): Map<string, Evidence[]> {
  const byArticle = new Map<string, Evidence[]>();
  for (const e of dedupeEvidence(evidence)) {
    const list = byArticle.get(e.article);
    if (list) list.push(e);
    else byArticle.set(e.article, [e]);
  }
  return byArticle;
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

/** What one article contributes to the graph (its digest, see DocumentDigester, included). */
export interface ArticleShare extends ArticleDigest {
  mentions: MentionShare[];
  facts: FactShare[];
  /** Entities it mentions or states facts about. */
  entities: string[];
}

/** Every article's share of the document, in articleIds order. */
export function articleShares(doc: GraphDocument): ArticleShare[] {
  const shares = new Map<string, ArticleShare>();
  const entitySets = new Map<string, Set<string>>();
  for (const [id, digest] of digestDocument(doc).articles) {
    shares.set(id, { ...digest, mentions: [], facts: [], entities: [] });
    entitySets.set(id, new Set());
  }
  const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
  for (const n of doc.nodes) {
    for (const m of distinctMentions(n)) {
      shares.get(m.article)!.mentions.push({ entity: n.id, label: n.label, start: m.start, end: m.end, titles: m.titles?.length ? [...m.titles] : null });
      entitySets.get(m.article)!.add(n.id);
    }
  }
  for (const r of doc.relationships) {
    const key = relationshipKey(r);
    const fromLabel = nodeById.get(r.from)!.label;
    const toLabel = nodeById.get(r.to)!.label;
    for (const [article, evidence] of evidenceByArticle(r.evidence)) {
      shares.get(article)!.facts.push({ type: r.type, key, from: r.from, to: r.to, fromLabel, toLabel, props: r.properties, evidence });
      entitySets.get(article)!.add(r.from).add(r.to);
    }
  }
  for (const share of shares.values()) share.entities = [...entitySets.get(share.id)!];
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
    nodes.push(entityModelNode(n));
  }
  for (const share of shares) for (const m of share.mentions) relationships.push(mentionModelRelationship(m.label, m.entity, share.id, m));
  for (const r of doc.relationships) relationships.push(factModelRelationship(r, labelOf.get(r.from)!, labelOf.get(r.to)!));
  return { nodes, relationships };
}

export function entityModelNode(n: GraphNode): ModelNode {
  return { label: n.label, id: n.id, props: compact(entityProps(n)) };
}

export function mentionModelRelationship(label: NodeLabel, entity: string, article: string, m: { start: number; end: number; titles?: string[] | null }): ModelRelationship {
  return {
    type: MENTIONED_IN,
    from: { label, id: entity },
    to: { label: ARTICLE_LABEL, id: article },
    identity: { start: int(m.start), end: int(m.end) },
    props: m.titles?.length ? { titles: [...m.titles] } : {},
  };
}

/** A fact with its complete evidence (repeats dropped). */
export function factModelRelationship(r: Relationship, fromLabel: NodeLabel, toLabel: NodeLabel): ModelRelationship {
  const ev = dedupeEvidence(r.evidence);
  return {
    type: r.type,
    from: { label: fromLabel, id: r.from },
    to: { label: toLabel, id: r.to },
    identity: { key: relationshipKey(r) },
    props: { ...compact(r.properties), articles: distinct(ev.map((e) => e.article)), ...evidenceArrays(ev) },
  };
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
