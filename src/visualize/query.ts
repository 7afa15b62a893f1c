/**
 * `viz --query NAME`: run cypher/queries/NAME.cypher against Neo4j and turn the
 * nodes, relationships and paths it returns into a view. Connection from the
 * same connection settings as `kg load` (src/neo4j/connection.ts: flags, NEO4J_*
 * environment, .env).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { connect, describeError, resolveConfig } from '../neo4j/connection.js';
import { NODE_LABELS } from '../schema/graph.js';
import { ViewError, type GraphView, type ViewArticle, type ViewEdge, type ViewEvidence, type ViewNode } from './model.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const QUERY_DIR = join(repoRoot, 'cypher', 'queries');

export function availableQueries(dir = QUERY_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** The text of a named query, or a ViewError "no query named X". */
export function readQuery(name: string, dir = QUERY_DIR): string {
  const file = join(dir, `${name}.cypher`);
  if (!/^[\w.-]+$/.test(name) || !existsSync(file)) {
    const known = availableQueries(dir);
    throw new ViewError(
      `no query named "${name}" (looked for ${file}; ${known.length ? `available: ${known.join(', ')}` : 'no queries exist yet'})`,
    );
  }
  return readFileSync(file, 'utf8');
}

/** `--param k=v`: numbers, booleans, null and JSON arrays/objects are parsed; the rest stay strings. Whole numbers go as Cypher integers. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ViewError(`--param expects k=v, got "${pair}"`);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    if (/^(-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null|\[.*\]|\{.*\})$/s.test(raw)) {
      try {
        value = JSON.parse(raw);
      } catch {
        value = raw;
      }
    }
    params[key] = toCypher(value);
  }
  return params;
}

function toCypher(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toCypher);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toCypher(x)]));
  return v;
}

/** Neo4j values to plain JSON: integers to numbers, temporals to strings. */
function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return String(v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

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

export async function viewFromQuery(name: string, params: Record<string, unknown>): Promise<GraphView> {
  const text = readQuery(name);
  // The same connection settings as `kg load` and `kg query`: flags, NEO4J_* environment, .env.
  const config = resolveConfig();
  const driver = await connect(config);
  try {
    const result = await driver.executeQuery(text, params, { database: config.database });
    const shown = Object.entries(params).map(([k, v]) => `${k}=${String(v)}`);
    return viewFromRecords(result, `news-kg: ${name}${shown.length ? ` (${shown.join(', ')})` : ''}`);
  } catch (err) {
    throw describeError(err, config);
  } finally {
    await driver.close();
  }
}
