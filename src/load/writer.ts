/**
 * The batched Neo4j writer. Articles are written in batches, one managed
 * write transaction per batch (the driver retries transient errors), so a
 * crash never leaves an article half loaded. In each transaction:
 *
 *  1. Article nodes, then entity nodes per label, mentions per label, facts per
 *     (type, from label, to label): `UNWIND $rows AS row MERGE …`. Labels and
 *     types are spliced in only from the schema's fixed lists; every value is a
 *     parameter.
 *  2. A fact's evidence is kept per article: merging replaces the evidence of
 *     this batch's articles and keeps the rest, and `articles` lists the
 *     articles that still support it.
 *  3. Articles that were already in the database (a reload) lose what the new
 *     version no longer says: their other mentions are deleted, they are
 *     removed from the provenance of facts not in the batch, facts left with
 *     no article are deleted, then entities left with no relationship at all.
 *
 * Loading the same document twice therefore changes nothing, and reloading an
 * edited article replaces its facts while facts and entities other articles
 * support stay.
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type Evidence, type GraphDocument, type NodeLabel, type RelationshipType } from '../schema/graph.js';
import { NODE_LABELS } from '../schema/graph.js';
import { articleIds, assertLoadable, dedupeEvidence, distinct, entityProps, int, mentionKey, relationshipKey } from './model.js';

export interface LoadOptions {
  database?: string;
  /** Roughly how many rows (nodes + relationships) go into one transaction. */
  batchRows?: number;
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
  reloadedArticles: number;
  transactions: number;
  rows: number;
  ms: number;
}

interface MentionRow {
  id: string;
  article: string;
  start: ReturnType<typeof int>;
  end: ReturnType<typeof int>;
  titles: string[] | null;
  key: string;
}

interface Piece {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  from: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
  evidence: Evidence[];
}

interface Batch {
  articles: string[];
  rows: number;
}

const zero = (): LoadCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });

function add(into: LoadCounters, result: QueryResult): void {
  const u = result.summary.counters.updates();
  into.nodesCreated += u.nodesCreated;
  into.nodesDeleted += u.nodesDeleted;
  into.relationshipsCreated += u.relationshipsCreated;
  into.relationshipsDeleted += u.relationshipsDeleted;
  into.propertiesSet += u.propertiesSet;
}

// ---- Cypher. Only ${label} / ${type} from NODE_LABELS / RELATIONSHIP_TYPES are spliced in. ----

const EXISTING_ARTICLES = 'MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id';

const MERGE_ARTICLES = 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props';

const mergeNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
WITH n, row, [a IN coalesce(n.aliases, []) WHERE a <> row.props.name] AS old
SET n += row.props
SET n.aliases = old + [a IN row.props.aliases WHERE NOT a IN old AND a <> row.props.name]`;

/**
 * Mentions of an entity in an article. Those of articles new to the database
 * cannot exist yet: CREATE skips MERGE's lookup on busy entities.
 */
const writeMentions = (label: NodeLabel, verb: 'MERGE' | 'CREATE') => `
UNWIND $rows AS row
MATCH (e:${label} {id: row.id})
MATCH (a:Article {id: row.article})
${verb} (e)-[m:MENTIONED_IN {start: row.start, end: row.end}]->(a)
SET m.titles = row.titles`;

const mergeFacts = (type: RelationshipType, from: NodeLabel, to: NodeLabel) => `
UNWIND $rows AS row
MATCH (x:${from} {id: row.from})
MATCH (y:${to} {id: row.to})
MERGE (x)-[r:${type} {key: row.key}]->(y)
WITH r, row, coalesce(r.evidenceArticles, []) AS oa, coalesce(r.evidenceStarts, []) AS os,
     coalesce(r.evidenceEnds, []) AS oe, coalesce(r.evidenceTexts, []) AS ot
WITH r, row, oa, os, oe, ot, [i IN range(0, size(oa) - 1) WHERE NOT oa[i] IN $batch] AS keep
SET r += row.props,
    r.evidenceArticles = [i IN keep | oa[i]] + row.evArticles,
    r.evidenceStarts = [i IN keep | os[i]] + row.evStarts,
    r.evidenceEnds = [i IN keep | oe[i]] + row.evEnds,
    r.evidenceTexts = [i IN keep | ot[i]] + row.evTexts
WITH r
SET r.articles = reduce(acc = [], a IN r.evidenceArticles | CASE WHEN a IN acc THEN acc ELSE acc + a END)`;


const STALE_MENTIONS = `
MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WHERE a.id IN $reloaded AND NOT (a.id + '|' + e.id + '|' + toString(m.start) + '|' + toString(m.end)) IN $keep
DELETE m
RETURN collect(DISTINCT elementId(e)) AS touched`;

/** Facts the reloaded articles alone supported and the new version no longer states. */
const deleteStaleFacts = (type: RelationshipType) => `
MATCH (x)-[r:${type}]->(y)
WHERE NOT r.key IN $keys AND any(a IN r.articles WHERE a IN $reloaded) AND all(a IN r.articles WHERE a IN $reloaded)
DELETE r
RETURN collect(DISTINCT elementId(x)) + collect(DISTINCT elementId(y)) AS touched`;

/** Facts other articles still support: only the reloaded articles' evidence goes. */
const stripStaleFacts = (type: RelationshipType) => `
MATCH ()-[r:${type}]->()
WHERE NOT r.key IN $keys AND any(a IN r.articles WHERE a IN $reloaded)
WITH r, [i IN range(0, size(r.evidenceArticles) - 1) WHERE NOT r.evidenceArticles[i] IN $reloaded] AS keep
SET r.evidenceArticles = [i IN keep | r.evidenceArticles[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceTexts = [i IN keep | r.evidenceTexts[i]],
    r.articles = [a IN r.articles WHERE NOT a IN $reloaded]`;

const DELETE_ORPHANS = `
UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid AND NOT EXISTS { (n)--() } AND NOT n:Article
DELETE n`;

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
 * the driver's retries ran out). The batches before `articlesWritten` are
 * committed whole; the rest are not there at all, so running the same load
 * again finishes it.
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

export async function loadGraph(driver: Driver, doc: GraphDocument, options: LoadOptions = {}): Promise<LoadStats> {
  assertLoadable(doc);
  const t0 = performance.now();
  const batchRows = options.batchRows ?? 5000;
  const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
  const articles = articleIds(doc);
  const listed = new Map(doc.articles.map((a) => [a.id, a]));

  // Per article: its mentions, the entities it needs, and its share of each fact's evidence.
  const mentionsOf = new Map<string, Map<NodeLabel, MentionRow[]>>();
  const entitiesOf = new Map<string, Set<string>>();
  const piecesOf = new Map<string, Piece[]>();
  const rowsOf = new Map<string, number>();
  const bump = (article: string, n: number) => rowsOf.set(article, (rowsOf.get(article) ?? 0) + n);
  const entities = (article: string) => {
    let set = entitiesOf.get(article);
    if (!set) entitiesOf.set(article, (set = new Set()));
    return set;
  };
  let mentionCount = 0;
  for (const n of doc.nodes) {
    const seen = new Set<string>();
    for (const m of n.mentions) {
      const key = `${m.article}|${mentionKey(n.id, m.start, m.end)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentionCount++;
      let byLabel = mentionsOf.get(m.article);
      if (!byLabel) mentionsOf.set(m.article, (byLabel = new Map()));
      let rows = byLabel.get(n.label);
      if (!rows) byLabel.set(n.label, (rows = []));
      rows.push({ id: n.id, article: m.article, start: int(m.start), end: int(m.end), titles: m.titles?.length ? m.titles : null, key });
      const set = entities(m.article);
      if (!set.has(n.id)) {
        set.add(n.id);
        bump(m.article, 1);
      }
      bump(m.article, 1);
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
      const piece: Piece = {
        type: r.type,
        fromLabel: nodeById.get(r.from)!.label,
        toLabel: nodeById.get(r.to)!.label,
        from: r.from,
        to: r.to,
        key,
        props: r.properties,
        evidence,
      };
      const list = piecesOf.get(article);
      if (list) list.push(piece);
      else piecesOf.set(article, [piece]);
      entities(article).add(r.from).add(r.to);
      bump(article, 1);
    }
  }

  // Batches of whole articles.
  const batches: Batch[] = [];
  let current: Batch = { articles: [], rows: 0 };
  for (const a of articles) {
    current.articles.push(a);
    current.rows += 1 + (rowsOf.get(a) ?? 0);
    if (current.rows >= batchRows) {
      batches.push(current);
      current = { articles: [], rows: 0 };
    }
  }
  if (current.articles.length) batches.push(current);
  const rowsTotal = batches.reduce((s, b) => s + b.rows, 0);

  const totals = zero();
  let rowsDone = 0;
  let reloadedArticles = 0;
  options.onProgress?.(0, rowsTotal);
  const session = driver.session({ database: options.database });
  let articlesDone = 0;
  try {
    for (const batch of batches) {
      const result = await session.executeWrite((tx) =>
        writeBatch(tx, batch, {
          article: (id) => {
            const a = listed.get(id);
            return { id, props: { title: a?.title ?? null, date: a?.date ?? null, source: a?.source ?? null, url: a?.url ?? null, path: a?.path ?? null } };
          },
          node: (id) => nodeById.get(id)!,
          mentions: (id) => mentionsOf.get(id),
          entities: (id) => entitiesOf.get(id),
          pieces: (id) => piecesOf.get(id),
        }),
      );
      for (const k of Object.keys(totals) as (keyof LoadCounters)[]) totals[k] += result.counters[k];
      reloadedArticles += result.reloaded;
      rowsDone += batch.rows;
      articlesDone += batch.articles.length;
      options.onProgress?.(rowsDone, rowsTotal);
    }
  } catch (err) {
    throw new LoadInterruptedError(err, articlesDone, articles.length);
  } finally {
    await session.close();
  }
  return {
    ...totals,
    articles: articles.length,
    nodes: doc.nodes.length + articles.length,
    relationships: doc.relationships.length + mentionCount,
    reloadedArticles,
    transactions: batches.length,
    rows: rowsTotal,
    ms: performance.now() - t0,
  };
}

interface BatchSource {
  article: (id: string) => { id: string; props: Record<string, unknown> };
  node: (id: string) => GraphDocument['nodes'][number];
  mentions: (id: string) => Map<NodeLabel, MentionRow[]> | undefined;
  entities: (id: string) => Set<string> | undefined;
  pieces: (id: string) => Piece[] | undefined;
}

async function writeBatch(tx: ManagedTransaction, batch: Batch, src: BatchSource): Promise<{ counters: LoadCounters; reloaded: number }> {
  const counters = zero();
  const run = async (query: string, params: Record<string, unknown>) => {
    const t = performance.now();
    const res = await tx.run(query, params);
    if (process.env.KG_DEBUG_QUERIES) console.error(`${(performance.now() - t).toFixed(0)} ms ${query.trim().split('\n').slice(0, 3).join(' ')}`);
    add(counters, res);
    return res;
  };
  const ids = batch.articles;
  const existing = (await tx.run(EXISTING_ARTICLES, { ids })).records.map((r) => r.get('id') as string);

  await run(MERGE_ARTICLES, { rows: ids.map(src.article) });

  // Entity nodes, per label.
  const nodeIds = new Set<string>();
  for (const a of ids) for (const id of src.entities(a) ?? []) nodeIds.add(id);
  const nodesByLabel = new Map<NodeLabel, { id: string; props: Record<string, unknown> }[]>();
  for (const id of nodeIds) {
    const n = src.node(id);
    let rows = nodesByLabel.get(n.label);
    if (!rows) nodesByLabel.set(n.label, (rows = []));
    rows.push({ id, props: entityProps(n) });
  }
  for (const label of NODE_LABELS) {
    const rows = nodesByLabel.get(label);
    if (rows?.length) await run(mergeNodes(label), { rows });
  }

  // Mentions, per label: MERGE for articles already loaded, CREATE for new ones.
  const mentionKeys: string[] = [];
  const known = new Set(existing);
  for (const label of NODE_LABELS) {
    const rows = ids.flatMap((a) => src.mentions(a)?.get(label) ?? []);
    for (const r of rows) mentionKeys.push(r.key);
    const strip = ({ key: _k, ...r }: MentionRow) => r;
    const reload = rows.filter((r) => known.has(r.article)).map(strip);
    const fresh = rows.filter((r) => !known.has(r.article)).map(strip);
    if (reload.length) await run(writeMentions(label, 'MERGE'), { rows: reload });
    if (fresh.length) await run(writeMentions(label, 'CREATE'), { rows: fresh });
  }

  // Facts, per type and endpoint labels. Pieces of one fact from several articles of the batch become one row.
  const factRows = new Map<string, Map<string, FactRow>>();
  const keysByType = new Map<RelationshipType, string[]>();
  for (const a of ids) {
    for (const p of src.pieces(a) ?? []) {
      const group = `${p.type}|${p.fromLabel}|${p.toLabel}`;
      let rows = factRows.get(group);
      if (!rows) factRows.set(group, (rows = new Map()));
      let row = rows.get(p.key);
      if (!row) {
        rows.set(p.key, (row = { from: p.from, to: p.to, key: p.key, props: p.props, evArticles: [], evStarts: [], evEnds: [], evTexts: [] }));
        const keys = keysByType.get(p.type);
        if (keys) keys.push(p.key);
        else keysByType.set(p.type, [p.key]);
      }
      for (const e of p.evidence) {
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
        if (rows?.size) await run(mergeFacts(type, from, to), { rows: [...rows.values()], batch: ids });
      }
    }
  }

  // A reload: drop what the new version of these articles no longer says.
  if (existing.length) {
    const touched: string[] = [];
    const res = await run(STALE_MENTIONS, { reloaded: existing, keep: mentionKeys });
    touched.push(...(res.records[0]?.get('touched') ?? []));
    for (const type of RELATIONSHIP_TYPES) {
      const keys = keysByType.get(type) ?? [];
      const del = await run(deleteStaleFacts(type), { reloaded: existing, keys });
      touched.push(...(del.records[0]?.get('touched') ?? []));
      await run(stripStaleFacts(type), { reloaded: existing, keys });
    }
    if (touched.length) await run(DELETE_ORPHANS, { ids: distinct(touched) });
  }
  return { counters, reloaded: existing.length };
}

interface FactRow {
  from: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
  evArticles: string[];
  evStarts: ReturnType<typeof int>[];
  evEnds: ReturnType<typeof int>[];
  evTexts: string[];
}
