/**
 * The Neo4j writer. Every write goes through a managed write transaction (the
 * driver retries transient errors: deadlocks, a leader switch, a server back
 * within the retry window). Labels and types are spliced into Cypher only
 * from the schema's fixed lists; every value is a parameter.
 *
 * Two paths:
 *
 * - **Fresh** (`fresh: true`, the database was just wiped and nothing else
 *   writes to it): every node and relationship is CREATEd once, each fact
 *   with its complete evidence, in batches of rows across articles: the
 *   articles first (their record and factKeys, from the document's digest),
 *   then the document's items as they come (a node, its mentions; a fact),
 *   so a document read as a stream (loadGraphFile) is never held whole.
 *   Articles get their contentHash last, so an interrupted fresh load leaves
 *   articles without one, which the next (incremental) load rewrites.
 *
 * - **Incremental** (the default): articles whose stored contentHash equals
 *   the document's are skipped without a write. The others are written in
 *   batches of whole articles, one transaction per batch, so a crash never
 *   leaves an article half loaded. In each transaction the batch's articles
 *   are locked first (MERGE + SET), then classified again (another load may
 *   have written them meanwhile): new ones get their mentions CREATEd and
 *   their evidence appended to the facts; stored ones (edited) lose the
 *   mentions and evidence their new version no longer has, found through the
 *   article's own mentions and its stored `factKeys` (key index lookups, never
 *   a scan of a type); facts left without evidence and entities left without
 *   any relationship are deleted.
 *
 * Loading the same document twice therefore writes nothing the second time,
 * and reloading an edited article replaces only its own mentions and facts
 * while what other articles support stays.
 */
import type { Driver, ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type GraphDocument, type NodeLabel, type RelationshipType } from '../schema/graph.js';
import { graphFileItems } from './graph-file.js';
import {
  ARTICLE_LABEL,
  MENTIONED_IN,
  articleShares,
  assertLoadable,
  compact,
  digestDocument,
  distinct,
  distinctMentions,
  documentItems,
  entityModelNode,
  entityProps,
  factModelRelationship,
  int,
  mentionModelRelationship,
  parseFactRef,
  type ArticleShare,
  type DocumentDigest,
  type DocumentItem,
  type ModelRelationship,
} from './model.js';

export interface LoadOptions {
  database?: string;
  /** Roughly how many rows (nodes + relationships) go into one transaction. */
  batchRows?: number;
  /**
   * The database is empty (just wiped) and no other load writes to it: every
   * node and relationship is CREATEd once instead of merged.
   */
  fresh?: boolean;
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

export interface LoadCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface LoadStats extends LoadCounters {
  articles: number;
  /** Distinct nodes and relationships in the document's property graph (articles and mentions included). */
  nodes: number;
  relationships: number;
  /** Articles already in the database with the same content: not written. */
  unchangedArticles: number;
  /** Articles already in the database with other content: their mentions and facts replaced. */
  reloadedArticles: number;
  transactions: number;
  /** Rows sent to the database (0 when nothing changed). */
  rows: number;
  ms: number;
}

/** Rows of one statement per transaction on the fresh path; article batches on the incremental one. */
export const DEFAULT_BATCH_ROWS = 10_000;

const zero = (): LoadCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });

function add(into: LoadCounters, result: QueryResult): void {
  const u = result.summary.counters.updates();
  into.nodesCreated += u.nodesCreated;
  into.nodesDeleted += u.nodesDeleted;
  into.relationshipsCreated += u.relationshipsCreated;
  into.relationshipsDeleted += u.relationshipsDeleted;
  into.propertiesSet += u.propertiesSet;
}

function addAll(into: LoadCounters, from: LoadCounters): void {
  for (const k of Object.keys(into) as (keyof LoadCounters)[]) into[k] += from[k];
}

/** tx.run that adds the write counters up (and times statements under KG_DEBUG_QUERIES). */
function counting(tx: ManagedTransaction, counters: LoadCounters) {
  return async (query: string, params: Record<string, unknown>) => {
    const t = performance.now();
    const res = await tx.run(query, params);
    if (process.env.KG_DEBUG_QUERIES) console.error(`${(performance.now() - t).toFixed(0)} ms ${query.trim().split('\n').slice(0, 3).join(' ')}`);
    add(counters, res);
    return res;
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// ---- Cypher. Only ${label} / ${type} from the schema's lists are spliced in. ----

const STORED_HASHES = 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash';

/** Locks the batch's articles (MERGE, then a write) so a concurrent load of the same article waits for this one. */
const LOCK_ARTICLES = "UNWIND $ids AS id MERGE (a:Article {id: id}) ON CREATE SET a.loading = 'new' ON MATCH SET a.loading = 'stored'";

/** Read after the lock, so it sees what a load that held it committed. */
const LOCKED_ARTICLES = 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.loading AS loading, a.contentHash AS hash, a.factKeys AS factKeys';

/** The facts an article loaded before factKeys existed gives evidence for, through the entities it mentions. */
const LEGACY_FACT_REFS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:MENTIONED_IN]-(e)-[r]-()
WHERE type(r) <> 'MENTIONED_IN' AND id IN r.articles
RETURN id, collect(DISTINCT type(r) + ':' + r.key) AS refs`;

const FINISH_ARTICLES = 'UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a += row.props REMOVE a.loading';

/**
 * Statements that read a property and write a value computed from it first
 * write a dummy property: that takes the write lock, so the read sees what a
 * concurrent load committed instead of losing its update (Neo4j's documented
 * remedy for lost updates in Cypher). The dummy is removed in the same statement.
 */
const mergeNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET n._lock = true
WITH n, row, [a IN coalesce(n.aliases, []) WHERE a <> row.props.name] AS old
SET n += row.props
SET n.aliases = old + [a IN row.props.aliases WHERE NOT a IN old AND a <> row.props.name]
REMOVE n._lock`;

/** Mentions of articles new to the database cannot exist yet: CREATE skips MERGE's look-up on busy entities. */
const writeMentions = (label: NodeLabel, verb: 'MERGE' | 'CREATE') => `
UNWIND $rows AS row
MATCH (e:${label} {id: row.id})
MATCH (a:Article {id: row.article})
${verb} (e)-[m:MENTIONED_IN {start: row.start, end: row.end}]->(a)
SET m.titles = row.titles`;

/**
 * A fact, with this batch's evidence: `replace` lists the row's articles that
 * were loaded before (their old evidence goes), new articles' evidence is
 * appended. Each stored array is read once (indexing `r.x[i]` in a loop would
 * read the whole array per entry) and, with nothing to replace, appended to
 * without a filter, so a fact hundreds of articles state costs linear time
 * per batch.
 */
const mergeFacts = (type: RelationshipType, from: NodeLabel, to: NodeLabel) => `
UNWIND $rows AS row
MATCH (x:${from} {id: row.from})
MATCH (y:${to} {id: row.to})
MERGE (x)-[r:${type} {key: row.key}]->(y)
SET r._lock = true
WITH r, row, coalesce(r.evidenceArticles, []) AS oa, coalesce(r.evidenceStarts, []) AS os,
     coalesce(r.evidenceEnds, []) AS oe, coalesce(r.evidenceTexts, []) AS ot, coalesce(r.articles, []) AS old
WITH r, row, oa, os, oe, ot, old,
     CASE WHEN size(row.replace) = 0 THEN null ELSE [i IN range(0, size(oa) - 1) WHERE NOT oa[i] IN row.replace] END AS keep
SET r += row.props,
    r.evidenceArticles = CASE WHEN keep IS NULL THEN oa ELSE [i IN keep | oa[i]] END + row.evArticles,
    r.evidenceStarts = CASE WHEN keep IS NULL THEN os ELSE [i IN keep | os[i]] END + row.evStarts,
    r.evidenceEnds = CASE WHEN keep IS NULL THEN oe ELSE [i IN keep | oe[i]] END + row.evEnds,
    r.evidenceTexts = CASE WHEN keep IS NULL THEN ot ELSE [i IN keep | ot[i]] END + row.evTexts,
    r.articles = CASE WHEN keep IS NULL THEN old ELSE [a IN old WHERE NOT a IN row.replace] END + row.articles
REMOVE r._lock`;

/** Mentions a stored article's new version no longer has (found from the article, never by a scan). */
const STALE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})<-[m:MENTIONED_IN]-(e)
WHERE NOT (e.id + '|' + toString(m.start) + '|' + toString(m.end)) IN row.keep
DELETE m
RETURN collect(DISTINCT elementId(e)) AS touched`;

/** Facts stored articles no longer state, by key: their evidence goes, and the fact when none is left. */
export const staleFactsQuery = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (x)-[r:${type} {key: row.key}]->(y)
SET r._lock = true
WITH x, y, r, row, r.evidenceArticles AS oa, r.evidenceStarts AS os, r.evidenceEnds AS oe, r.evidenceTexts AS ot
WITH x, y, r, row, oa, os, oe, ot, [i IN range(0, size(oa) - 1) WHERE NOT oa[i] IN row.articles] AS keep
REMOVE r._lock
SET r.evidenceArticles = [i IN keep | oa[i]],
    r.evidenceStarts = [i IN keep | os[i]],
    r.evidenceEnds = [i IN keep | oe[i]],
    r.evidenceTexts = [i IN keep | ot[i]],
    r.articles = [a IN r.articles WHERE NOT a IN row.articles]
WITH x, y, r WHERE size(r.articles) = 0
DELETE r
RETURN collect(DISTINCT elementId(x)) + collect(DISTINCT elementId(y)) AS touched`;

const DELETE_ORPHANS = `
UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid AND NOT EXISTS { (n)--() } AND NOT n:Article
DELETE n`;

const createNodes = (label: string) => `UNWIND $rows AS row CREATE (n:${label} {id: row.id}) SET n += row.props`;

const createRelationships = (type: string, from: string, to: string) => `
UNWIND $rows AS row
MATCH (x:${from} {id: row.from})
MATCH (y:${to} {id: row.to})
CREATE (x)-[r:${type}]->(y)
SET r = row.props`;

const SET_CONTENT_HASHES = 'UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.contentHash = row.hash';

export async function wipeDatabase(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const res = await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    return res.summary.counters.updates().nodesDeleted;
  } finally {
    await session.close();
  }
}

/**
 * A load that failed after it started writing (e.g. the server went away and
 * the driver's retries ran out). What was committed is whole (incremental:
 * whole articles; fresh: articles without contentHash are rewritten), so
 * running the same load again finishes it.
 */
export class LoadInterruptedError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly articlesWritten: number,
    readonly articlesTotal: number,
  ) {
    super(`${cause instanceof Error ? cause.message : String(cause)} (load stopped after ${articlesWritten} of ${articlesTotal} articles)`);
    this.name = 'LoadInterruptedError';
  }
}

interface PathResult extends LoadCounters {
  unchangedArticles: number;
  reloadedArticles: number;
  transactions: number;
  rows: number;
}

export async function loadGraph(driver: Driver, doc: GraphDocument, options: LoadOptions = {}): Promise<LoadStats> {
  assertLoadable(doc);
  if (options.fresh) return loadFresh(driver, digestDocument(doc), () => documentItems(doc), options);
  const t0 = performance.now();
  const shares = articleShares(doc);
  const mentions = shares.reduce((s, a) => s + a.mentions.length, 0);
  const session = driver.session({ database: options.database });
  try {
    const result = await loadIncrementally(session, doc, shares, options);
    return {
      ...result,
      articles: shares.length,
      nodes: doc.nodes.length + shares.length,
      relationships: doc.relationships.length + mentions,
      ms: performance.now() - t0,
    };
  } finally {
    await session.close();
  }
}

/**
 * The fresh path for a graph-document file scanGraphFile admitted (its digest):
 * the file is read again as a stream and its rows sent as they come, so the
 * document is never held whole. The database must be empty (see LoadOptions.fresh).
 */
export async function loadGraphFile(driver: Driver, path: string, digest: DocumentDigest, options: LoadOptions = {}): Promise<LoadStats> {
  return loadFresh(driver, digest, () => graphFileItems(path), { ...options, fresh: true });
}

// ---- Fresh path ----

/** Rows held before the largest group is sent, on top of sending any group that reaches batchRows. */
const FRESH_BUFFER_BATCHES = 8;

async function loadFresh(
  driver: Driver,
  digest: DocumentDigest,
  items: () => Iterable<DocumentItem> | AsyncIterable<DocumentItem>,
  options: LoadOptions,
): Promise<LoadStats> {
  const t0 = performance.now();
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const rowsTotal = digest.articles.size + digest.labels.size + digest.mentions + digest.facts;
  const counters = zero();
  let rowsDone = 0;
  let transactions = 0;
  const session = driver.session({ database: options.database });
  /** One transaction. */
  const send = async (statements: Statement[], countsAsRows = true) => {
    addAll(
      counters,
      await session.executeWrite(async (tx) => {
        const local = zero();
        for (const { query, rows } of statements) await counting(tx, local)(query, { rows });
        return local;
      }),
    );
    transactions++;
    if (countsAsRows) rowsDone += statements.reduce((n, st) => n + st.rows.length, 0);
    options.onProgress?.(rowsDone, rowsTotal);
  };
  const groups = new RowGroups(batchRows, FRESH_BUFFER_BATCHES * batchRows, send);
  const relationshipRow = (r: ModelRelationship) => ({ from: r.from.id, to: r.to.id, props: { ...r.identity, ...r.props } });
  options.onProgress?.(0, rowsTotal);
  try {
    // Articles first: every mention row matches its article. Their contentHash comes last: it marks an article as completely written.
    const articleRows = map(digest.articles.values(), (a) => ({ id: a.id, props: { ...compact(a.record), factKeys: a.factKeys } }));
    for (const rows of batches(articleRows, batchRows)) await send([{ query: createNodes(ARTICLE_LABEL), rows }]);
    for await (const item of items()) {
      if (item.section === 'nodes') {
        const n = item.value;
        const node = entityModelNode(n);
        await groups.add({ query: createNodes(n.label), isNode: true }, { id: node.id, props: node.props });
        const mentions = { query: createRelationships(MENTIONED_IN, n.label, ARTICLE_LABEL), isNode: false };
        for (const m of distinctMentions(n)) await groups.add(mentions, relationshipRow(mentionModelRelationship(n.label, n.id, m.article, m)));
      } else if (item.section === 'relationships') {
        const r = item.value;
        const from = digest.labels.get(r.from)!;
        const to = digest.labels.get(r.to)!;
        await groups.add({ query: createRelationships(r.type, from, to), isNode: false }, relationshipRow(factModelRelationship(r, from, to)));
      }
    }
    await groups.flushAll();
    for (const rows of batches(map(digest.articles.values(), (a) => ({ id: a.id, hash: a.contentHash })), batchRows)) await send([{ query: SET_CONTENT_HASHES, rows }], false);
  } catch (err) {
    throw new LoadInterruptedError(err, 0, digest.articles.size);
  } finally {
    await session.close();
  }
  return {
    ...counters,
    unchangedArticles: 0,
    reloadedArticles: 0,
    transactions,
    rows: rowsTotal,
    articles: digest.articles.size,
    nodes: digest.labels.size + digest.articles.size,
    relationships: digest.facts + digest.mentions,
    ms: performance.now() - t0,
  };
}

interface Statement {
  query: string;
  rows: Record<string, unknown>[];
}

/**
 * The fresh path's rows, one group per statement (nodes of a label, or
 * relationships of a type between two labels), each sent when it reaches
 * batchRows, the largest when all together hold more than `held`. A
 * relationship group goes in one transaction with every node row held, so
 * each row matches its nodes (the items list nodes before the relationships
 * that link them).
 */
class RowGroups {
  private readonly groups = new Map<string, { isNode: boolean; rows: Record<string, unknown>[] }>();
  private total = 0;

  constructor(
    private readonly batchRows: number,
    private readonly held: number,
    private readonly send: (statements: Statement[]) => Promise<void>,
  ) {}

  async add(statement: { query: string; isNode: boolean }, row: Record<string, unknown>): Promise<void> {
    let group = this.groups.get(statement.query);
    if (!group) this.groups.set(statement.query, (group = { isNode: statement.isNode, rows: [] }));
    group.rows.push(row);
    this.total++;
    if (group.rows.length >= this.batchRows) await this.flush(statement.query);
    else if (this.total > this.held) await this.flush([...this.groups].reduce((a, b) => (b[1].rows.length > a[1].rows.length ? b : a))[0]);
  }

  async flushAll(): Promise<void> {
    for (const query of this.groups.keys()) await this.flush(query);
  }

  private async flush(query: string): Promise<void> {
    const group = this.groups.get(query)!;
    const statements: Statement[] = [];
    if (!group.isNode) for (const [q, g] of this.groups) if (g.isNode && g.rows.length) statements.push(this.take(q));
    if (group.rows.length) statements.push(this.take(query));
    if (statements.length) await this.send(statements);
  }

  private take(query: string): Statement {
    const rows = this.groups.get(query)!.rows.splice(0);
    this.total -= rows.length;
    return { query, rows };
  }
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

// ---- Incremental path ----

const rowsOf = (s: ArticleShare) => 1 + s.mentions.length + s.entities.length + s.facts.length;

async function loadIncrementally(session: Session, doc: GraphDocument, shares: ArticleShare[], options: LoadOptions): Promise<PathResult> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const stored = new Map<string, string | null>();
  for (const ids of chunks(shares.map((s) => s.id), 10_000)) {
    const res = await session.executeRead((tx) => tx.run(STORED_HASHES, { ids }));
    for (const r of res.records) stored.set(r.get('id') as string, r.get('hash') as string | null);
  }
  const pending = shares.filter((s) => stored.get(s.id) !== s.contentHash);

  const batches: ArticleShare[][] = [];
  let current: ArticleShare[] = [];
  let currentRows = 0;
  for (const s of pending) {
    current.push(s);
    currentRows += rowsOf(s);
    if (currentRows >= batchRows) {
      batches.push(current);
      current = [];
      currentRows = 0;
    }
  }
  if (current.length) batches.push(current);

  const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
  const rowsTotal = pending.reduce((s, a) => s + rowsOf(a), 0);
  const counters = zero();
  let rowsDone = 0;
  let reloaded = 0;
  let skipped = shares.length - pending.length;
  let articlesDone = skipped;
  if (pending.length) options.onProgress?.(0, rowsTotal);
  try {
    for (const batch of batches) {
      const result = await session.executeWrite((tx) => writeArticles(tx, batch, nodeById));
      addAll(counters, result.counters);
      reloaded += result.reloaded;
      skipped += result.unchanged;
      rowsDone += batch.reduce((s, a) => s + rowsOf(a), 0);
      articlesDone += batch.length;
      options.onProgress?.(rowsDone, rowsTotal);
    }
  } catch (err) {
    throw new LoadInterruptedError(err, articlesDone, shares.length);
  }
  return { ...counters, unchangedArticles: skipped, reloadedArticles: reloaded, transactions: batches.length, rows: rowsTotal };
}

interface FactRow {
  from: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
  articles: string[];
  replace: string[];
  evArticles: string[];
  evStarts: ReturnType<typeof int>[];
  evEnds: ReturnType<typeof int>[];
  evTexts: string[];
}

async function writeArticles(
  tx: ManagedTransaction,
  batch: ArticleShare[],
  nodeById: Map<string, GraphDocument['nodes'][number]>,
): Promise<{ counters: LoadCounters; reloaded: number; unchanged: number }> {
  const counters = zero();
  const run = counting(tx, counters);
  const ids = batch.map((s) => s.id).sort(); // one lock order for every load

  await run(LOCK_ARTICLES, { ids });
  const locked = (await run(LOCKED_ARTICLES, { ids })).records.map((r) => ({
    id: r.get('id') as string,
    isNew: r.get('loading') === 'new',
    hash: r.get('hash') as string | null,
    factKeys: r.get('factKeys') as string[] | null,
  }));
  const byId = new Map(batch.map((s) => [s.id, s]));
  const work = locked.filter((a) => a.hash !== byId.get(a.id)!.contentHash);
  const stored = work.filter((a) => !a.isNew);
  const replaced = new Set(stored.map((a) => a.id));
  const shares = work.map((a) => byId.get(a.id)!);

  // Stored articles: drop the mentions and evidence their new version no longer has.
  const touched: string[] = [];
  if (stored.length) {
    const res = await run(STALE_MENTIONS, {
      rows: stored.map((a) => ({ id: a.id, keep: byId.get(a.id)!.mentions.map((m) => `${m.entity}|${m.start}|${m.end}`) })),
    });
    touched.push(...(res.records[0]?.get('touched') ?? []));
    const oldRefs = new Map(stored.map((a) => [a.id, a.factKeys]));
    const legacy = stored.filter((a) => !a.factKeys).map((a) => a.id);
    if (legacy.length) for (const r of (await run(LEGACY_FACT_REFS, { ids: legacy })).records) oldRefs.set(r.get('id'), r.get('refs'));
    const strip = new Map<RelationshipType, Map<string, string[]>>();
    for (const [id, refs] of oldRefs) {
      const now = new Set(byId.get(id)!.factKeys);
      for (const ref of refs ?? []) {
        const fact = parseFactRef(ref);
        if (!fact || now.has(ref)) continue;
        let byKey = strip.get(fact.type);
        if (!byKey) strip.set(fact.type, (byKey = new Map()));
        byKey.set(fact.key, [...(byKey.get(fact.key) ?? []), id]);
      }
    }
    for (const type of RELATIONSHIP_TYPES) {
      const byKey = strip.get(type);
      if (!byKey) continue;
      const res = await run(staleFactsQuery(type), { rows: [...byKey].map(([key, articles]) => ({ key, articles })) });
      touched.push(...(res.records[0]?.get('touched') ?? []));
    }
  }

  // Entities, per label, in id order.
  const entityIds = distinct(shares.flatMap((s) => s.entities)).sort();
  for (const label of NODE_LABELS) {
    const rows = entityIds.filter((id) => nodeById.get(id)!.label === label).map((id) => ({ id, props: entityProps(nodeById.get(id)!) }));
    if (rows.length) await run(mergeNodes(label), { rows });
  }

  // Mentions, per label: CREATE for new articles, MERGE for stored ones.
  for (const label of NODE_LABELS) {
    const fresh: Record<string, unknown>[] = [];
    const again: Record<string, unknown>[] = [];
    for (const s of shares) {
      for (const m of s.mentions) {
        if (m.label !== label) continue;
        (replaced.has(s.id) ? again : fresh).push({ id: m.entity, article: s.id, start: int(m.start), end: int(m.end), titles: m.titles });
      }
    }
    if (again.length) await run(writeMentions(label, 'MERGE'), { rows: again });
    if (fresh.length) await run(writeMentions(label, 'CREATE'), { rows: fresh });
  }

  // Facts, per type and endpoint labels; pieces of one fact from several articles become one row.
  const factRows = new Map<string, Map<string, FactRow>>();
  for (const s of shares) {
    for (const f of s.facts) {
      const group = `${f.type}|${f.fromLabel}|${f.toLabel}`;
      let rows = factRows.get(group);
      if (!rows) factRows.set(group, (rows = new Map()));
      let row = rows.get(f.key);
      if (!row) {
        row = { from: f.from, to: f.to, key: f.key, props: f.props, articles: [], replace: [], evArticles: [], evStarts: [], evEnds: [], evTexts: [] };
        rows.set(f.key, row);
      }
      row.articles.push(s.id);
      if (replaced.has(s.id)) row.replace.push(s.id);
      for (const e of f.evidence) {
        row.evArticles.push(e.article);
        row.evStarts.push(int(e.start));
        row.evEnds.push(int(e.end));
        row.evTexts.push(e.text);
      }
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const spec = RELATIONSHIP_SPECS[type];
    for (const from of spec.from) {
      for (const to of spec.to) {
        const rows = factRows.get(`${type}|${from}|${to}`);
        if (rows?.size) await run(mergeFacts(type, from, to), { rows: [...rows.values()] });
      }
    }
  }

  if (touched.length) await run(DELETE_ORPHANS, { ids: distinct(touched) });

  const written = new Set(shares.map((s) => s.id));
  await run(FINISH_ARTICLES, {
    rows: ids.map((id) => {
      const s = byId.get(id)!;
      return { id, props: written.has(id) ? { ...s.record, contentHash: s.contentHash, factKeys: s.factKeys } : {} };
    }),
  });
  return { counters, reloaded: stored.length, unchanged: batch.length - work.length };
}
