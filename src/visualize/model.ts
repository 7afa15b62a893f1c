/**
 * The view model: what the HTML page draws. Made from a graph document
 * (whole, or the neighbourhood of a focus node) or from Neo4j query results.
 * Compact on purpose: a 5,000-node view is embedded in the page as JSON.
 * A view from a document carries each person's co-attendance figures (src/analyze)
 * and the communities, for the page's sizes, colours and label order.
 */
import { analyzeNetwork, type PersonFigures } from '../analyze/network.js';
import type { GraphDocument } from '../schema/graph.js';

/** A person's figures in the co-attendance network of the whole document (src/analyze). */
export type ViewMetrics = Pick<PersonFigures, 'events' | 'degree' | 'pagerank' | 'betweenness' | 'community' | 'firstSeen' | 'lastSeen'>;

/** A community for the legend: its number, size and best-ranked names. */
export interface ViewCommunity {
  id: number;
  size: number;
  names: string[];
}

export interface ViewNode {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
  /** Person: the titles printed with its mentions, first seen first. */
  titles: string[];
  /** Ids of the articles that mention the node. */
  articles: string[];
  /** Persons at an event: their network figures (views from a document; query views read node properties). */
  metrics?: ViewMetrics;
}

export interface ViewEvidence {
  article: string | null;
  text: string;
}

export interface ViewEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  evidence: ViewEvidence[];
}

export interface ViewArticle {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface GraphView {
  title: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  articles: Record<string, ViewArticle>;
  /** Communities of two or more persons, largest first (views from a document). */
  communities?: ViewCommunity[];
}

export interface FromDocumentOptions {
  /** Show only the neighbourhood of the nodes with this name, alias or id. */
  focus?: string;
  /** How many hops around the focus (default 1). */
  depth?: number;
  /** With focus: also show every neighbour of the events in view (default true). */
  expandEvents?: boolean;
  title?: string;
}

export class ViewError extends Error {}

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** The nodes a --focus names: exact id, name or alias; else names containing it. */
export function findFocus(doc: GraphDocument, focus: string): string[] {
  const exact = doc.nodes.filter((n) => n.id === focus || n.name === focus || n.aliases.includes(focus));
  if (exact.length) return exact.map((n) => n.id);
  return doc.nodes.filter((n) => n.name.includes(focus)).map((n) => n.id);
}

export function viewFromDocument(doc: GraphDocument, options: FromDocumentOptions = {}): GraphView {
  let keep: Set<string> | null = null;
  if (options.focus !== undefined) {
    const seeds = findFocus(doc, options.focus);
    if (!seeds.length) throw new ViewError(`no node named "${options.focus}" in the graph`);
    const adjacent = new Map<string, string[]>();
    for (const r of doc.relationships) {
      (adjacent.get(r.from) ?? adjacent.set(r.from, []).get(r.from)!).push(r.to);
      (adjacent.get(r.to) ?? adjacent.set(r.to, []).get(r.to)!).push(r.from);
    }
    keep = new Set(seeds);
    let frontier = seeds;
    for (let hop = 0; hop < (options.depth ?? 1); hop++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const other of adjacent.get(id) ?? [])
          if (!keep.has(other)) {
            keep.add(other);
            next.push(other);
          }
      frontier = next;
    }
    // meeting-centric: every event in view comes with its whole meeting
    // (presiders, speakers, attendees, place, policies), so a person's
    // neighbourhood shows who they met and what was decided.
    if (options.expandEvents !== false) {
      const events = doc.nodes.filter((n) => n.label === 'Event' && keep!.has(n.id)).map((n) => n.id);
      for (const id of events) for (const other of adjacent.get(id) ?? []) keep.add(other);
    }
  }
  // figures of the whole document, so a focused view ranks people as the corpus does
  const network = analyzeNetwork(doc, { listed: 4 });
  const figures = new Map(network.persons.map((p) => [p.id, p]));
  const nodes: ViewNode[] = doc.nodes
    .filter((n) => !keep || keep.has(n.id))
    .map((n) => {
      const node: ViewNode = {
        id: n.id,
        label: n.label,
        name: n.name,
        aliases: n.aliases,
        properties: n.properties as Record<string, unknown>,
        titles: unique(n.mentions.flatMap((m) => m.titles ?? [])),
        articles: unique(n.mentions.map((m) => m.article)),
      };
      const f = figures.get(n.id);
      if (f) node.metrics = metricsOf(f);
      return node;
    });
  const ids = new Set(nodes.map((n) => n.id));
  const edges: ViewEdge[] = [];
  doc.relationships.forEach((r, i) => {
    if (!ids.has(r.from) || !ids.has(r.to)) return;
    edges.push({
      id: `r${i}`,
      type: r.type,
      from: r.from,
      to: r.to,
      properties: r.properties,
      evidence: r.evidence.map((e) => ({ article: e.article, text: e.text })),
    });
  });
  const used = new Set([...nodes.flatMap((n) => n.articles), ...edges.flatMap((e) => e.evidence.map((x) => x.article))]);
  const articles: Record<string, ViewArticle> = {};
  for (const a of doc.articles)
    if (used.has(a.id)) articles[a.id] = { id: a.id, title: a.title, date: a.date, source: a.source };
  const title = options.title ?? (options.focus ? `news-kg: ${options.focus}` : 'news-kg graph');
  const communities = network.communities
    .filter((c) => c.size > 1)
    .map((c) => ({ id: c.id, size: c.size, names: c.topMembers.map((m) => m.name) }));
  return { title, nodes, edges, articles, communities };
}

/** Four significant digits are plenty for sizes and the panel, and keep a 5,000-node page small. */
const short = (x: number) => Number(x.toPrecision(4));

function metricsOf(p: PersonFigures): ViewMetrics {
  const { events, degree, community, firstSeen, lastSeen } = p;
  return { events, degree, pagerank: short(p.pagerank), betweenness: short(p.betweenness), community, firstSeen, lastSeen };
}
