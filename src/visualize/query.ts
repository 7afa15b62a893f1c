/**
 * `viz --query NAME|FILE.cypher`: run a library query (src/query/library.ts,
 * the same reader and read transaction as `kg query`) against Neo4j and turn
 * the nodes, relationships and paths it returns into a view. Connection from
 * the same settings as every command (src/neo4j/connection.ts: --uri/--username/
 * --password/--database, NEO4J_* environment, .env).
 */
import neo4j, { isNode, isPath, isRelationship, type Driver, type Node, type Relationship } from 'neo4j-driver';
import { connect, describeError, resolveConfig, type ConnectionFlags } from '../neo4j/connection.js';
import { executeReadQuery, loadQuery, plain } from '../query/library.js';
import { NODE_LABELS } from '../schema/graph.js';
import { ViewError, type GraphView, type ViewArticle, type ViewEdge, type ViewEvidence, type ViewNode } from './model.js';

const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Evidence as the loader may store it: a list of texts (with `articles` beside it), or JSON of [{article,text}]. */
function evidenceOf(props: Record<string, unknown>): ViewEvidence[] {
  let ev = props.evidence ?? props.evidenceText ?? props.evidenceTexts;
  if (typeof ev === 'string' && /^\s*\[/.test(ev)) {
    try {
      ev = JSON.parse(ev);
    } catch {
      /* a plain sentence */
    }
  }
  const articles = asStrings(props.articles ?? props.article);
  const list = Array.isArray(ev) ? ev : ev == null ? [] : [ev];
  return list.flatMap((item, i): ViewEvidence[] => {
    if (typeof item === 'string') return [{ article: articles[i] ?? articles[0] ?? null, text: item }];
    if (item && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') {
      const o = item as { text: string; article?: unknown };
      return [{ article: typeof o.article === 'string' ? o.article : null, text: o.text }];
    }
    return [];
  });
}

export interface QueryResultLike {
  records: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }[];
}

/** Collect every node, relationship and path in the records into a view. */
export function viewFromRecords(result: QueryResultLike, title: string): GraphView {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (isNode(v as object)) nodes.set((v as Node).elementId, v as Node);
    else if (isRelationship(v as object)) rels.set((v as Relationship).elementId, v as Relationship);
    else if (isPath(v as object)) {
      const p = v as { start: Node; end: Node; segments: { relationship: Relationship; start: Node; end: Node }[] };
      visit(p.start);
      visit(p.end);
      for (const s of p.segments) [s.start, s.relationship, s.end].forEach(visit);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) Object.values(v).forEach(visit);
  };
  for (const record of result.records) for (const key of record.keys) visit(record.get(key));

  const viewId = new Map<string, string>();
  const articles: Record<string, ViewArticle> = {};
  const viewNodes: ViewNode[] = [];
  for (const [elementId, n] of nodes) {
    const props = plain(n.properties) as Record<string, unknown>;
    const id = typeof props.id === 'string' ? props.id : elementId;
    viewId.set(elementId, id);
    const label = n.labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? n.labels[0] ?? 'Node';
    if (label === 'Article')
      articles[id] = {
        id,
        title: typeof props.title === 'string' ? props.title : null,
        date: typeof props.date === 'string' ? props.date : null,
        source: typeof props.source === 'string' ? props.source : null,
      };
    const { id: _id, name, aliases, titles, articles: arts, ...rest } = props;
    viewNodes.push({
      id,
      label,
      name: typeof name === 'string' ? name : typeof props.title === 'string' ? props.title : id,
      aliases: asStrings(aliases),
      properties: rest,
      titles: asStrings(titles),
      articles: asStrings(arts),
    });
  }
  const edges: ViewEdge[] = [];
  for (const [elementId, r] of rels) {
    const from = viewId.get(r.startNodeElementId);
    const to = viewId.get(r.endNodeElementId);
    if (!from || !to) continue; // an endpoint the query did not return: nothing to draw it to
    const props = plain(r.properties) as Record<string, unknown>;
    const { evidence: _e, evidenceText: _t, evidenceTexts: _ts, articles: _a, article: _b, ...rest } = props;
    edges.push({ id: elementId, type: r.type, from, to, properties: rest, evidence: evidenceOf(props) });
  }
  return { title, nodes: viewNodes, edges, articles };
}

/** Every string in the records, lists included: the names and ids a table query returns. */
function stringsIn(result: QueryResultLike): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') found.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
  };
  for (const record of result.records) for (const key of record.keys) visit(record.get(key));
  return [...found];
}

/**
 * The nodes whose id or name a table query returned, and the relationships
 * among them, read in one read transaction (labels from the schema's fixed list).
 */
async function entitiesNamedIn(driver: Driver, table: QueryResultLike, database: string | undefined): Promise<QueryResultLike> {
  const values = stringsIn(table);
  const byLabel = NODE_LABELS.map((label) => `MATCH (n:${label}) WHERE n.id IN $values OR n.name IN $values RETURN n`).join(' UNION ');
  const cypher = `CALL { ${byLabel} } WITH collect(n) AS nodes
    UNWIND nodes AS a OPTIONAL MATCH (a)-[r]->(b) WHERE b IN nodes
    RETURN nodes, collect(r) AS relationships`;
  return driver.executeQuery(cypher, { values }, { database, routing: neo4j.routing.READ });
}

export async function viewFromQuery(nameOrFile: string, params: Record<string, string>, flags: ConnectionFlags = {}): Promise<GraphView> {
  let query;
  try {
    query = loadQuery(nameOrFile);
  } catch (err) {
    throw new ViewError((err as Error).message);
  }
  const config = resolveConfig(flags);
  const driver = await connect(config);
  try {
    let result;
    try {
      result = await executeReadQuery(driver, query, params, config.database);
    } catch (err) {
      if (/takes (no parameter|a number)/.test((err as Error).message)) throw new ViewError((err as Error).message);
      throw describeError(err, config);
    }
    const shown = Object.entries(params).map(([k, v]) => `${k}=${v}`);
    const title = `news-kg: ${query.name}${shown.length ? ` (${shown.join(', ')})` : ''}`;
    const view = viewFromRecords(result, title);
    if (view.nodes.length) return view;
    // A table (the library's queries return names and dates): draw the entities it names instead.
    return viewFromRecords(await entitiesNamedIn(driver, result, config.database), title);
  } finally {
    await driver.close();
  }
}
