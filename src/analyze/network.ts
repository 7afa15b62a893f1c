/**
 * Network analytics over the graph document, no database needed: the
 * co-attendance network of persons (one edge per pair who took part in the
 * same event in any role, weighted by the number of events they shared) and,
 * per person, weighted PageRank, betweenness and a Louvain community.
 *
 * The algorithms are graphology's (graphology-metrics, graphology-communities-
 * louvain): maintained, tested implementations, not ours. What is decided here:
 *  - PageRank follows the weights (a pair who met five times pass more rank);
 *  - betweenness counts hops (unweighted): who sits on the shortest chains of
 *    acquaintance between people, normalised to 0…1 as in NetworkX;
 *  - Louvain uses the weights and a seeded random source over persons inserted
 *    in id order, so the same document always gives the same communities;
 *    communities are numbered by size, largest first.
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import { betweenness as betweennessCentrality, pagerank } from 'graphology-metrics/centrality/index.js';
import type { GraphDocument, RelationshipType } from '../schema/graph.js';

// A CommonJS module whose types declare an ES default export: required, so the types and the value agree.
const louvain: typeof import('graphology-communities-louvain').default = createRequire(import.meta.url)('graphology-communities-louvain');

/** The roles that make a person a participant of an event. */
export const PARTICIPATION: readonly RelationshipType[] = ['PRESIDED', 'SPOKE_AT', 'ATTENDED'];

export const PAGERANK_DAMPING = 0.85;
export const LOUVAIN_SEED = 20240629;

/** Events of a person by year; events whose year is unknown (MM-DD or no date) count under "undated". */
export type EventsPerYear = Record<string, number>;

export interface PersonFigures {
  id: string;
  name: string;
  /** Distinct events the person presided, spoke at or attended. */
  events: number;
  /** Distinct co-participants. */
  degree: number;
  /** Distinct co-participants weighted by shared events. */
  strength: number;
  pagerank: number;
  betweenness: number;
  community: number;
  /** Earliest event date: YYYY-MM-DD when any event has a year, else MM-DD, else null. */
  firstSeen: string | null;
  lastSeen: string | null;
  eventsPerYear: EventsPerYear;
}

export interface CommunityMember {
  id: string;
  name: string;
  pagerank: number;
}

export interface TyingEvent {
  id: string;
  name: string;
  date: string | null;
  /** How many of the community's members took part. */
  members: number;
}

export interface CommunityFigures {
  id: number;
  size: number;
  /** Sum of the weights of the pairs inside the community: shared attendances. */
  internalWeight: number;
  /** The members with the highest PageRank, best first. */
  topMembers: CommunityMember[];
  /** The events that tie it: those with the most of its members (at least two), most first. */
  events: TyingEvent[];
}

export interface NetworkAnalysis {
  persons: PersonFigures[];
  communities: CommunityFigures[];
  /** Pairs of persons who met (edges of the co-attendance network). */
  pairs: number;
  /** Events with at least one participant. */
  events: number;
  /** Persons of the document with no role at any event (bylines, people only mentioned): not in the network. */
  leftOut: number;
}

export interface AnalyzeOptions {
  /** How many top members and tying events each community lists (default 5). */
  listed?: number;
}

interface EventInfo {
  id: string;
  name: string;
  date: string | null;
  participants: string[];
}

/** An event date's year, or null for MM-DD / missing dates. */
export function yearOf(date: string | null | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(0, 4) : null;
}

/** Earliest and latest of a person's event dates: full dates when there are any, else MM-DD ones. */
export function dateSpan(dates: (string | null)[]): { first: string | null; last: string | null } {
  const known = dates.filter((d): d is string => !!d);
  const full = known.filter((d) => yearOf(d) !== null);
  const pool = (full.length ? full : known).sort();
  return { first: pool[0] ?? null, last: pool.at(-1) ?? null };
}

/** Events with their distinct participants (by role relationships), in document order. */
function participation(doc: GraphDocument): EventInfo[] {
  const roles = new Set<string>(PARTICIPATION);
  const persons = new Set(doc.nodes.filter((n) => n.label === 'Person').map((n) => n.id));
  const byEvent = new Map<string, Set<string>>();
  for (const r of doc.relationships) {
    if (!roles.has(r.type) || !persons.has(r.from)) continue;
    (byEvent.get(r.to) ?? byEvent.set(r.to, new Set()).get(r.to)!).add(r.from);
  }
  const events: EventInfo[] = [];
  for (const n of doc.nodes) {
    const people = byEvent.get(n.id);
    if (n.label !== 'Event' || !people) continue;
    events.push({ id: n.id, name: n.name, date: n.properties.date ?? null, participants: [...people].sort() });
  }
  return events;
}

/** The co-attendance network: persons with at least one event, an edge per pair, weight = shared events. */
export function coAttendanceGraph(doc: GraphDocument): { graph: UndirectedGraph; events: EventInfo[] } {
  const events = participation(doc);
  const graph = new UndirectedGraph();
  const ids = [...new Set(events.flatMap((e) => e.participants))].sort();
  for (const id of ids) graph.addNode(id);
  const weights = new Map<string, number>();
  for (const e of events)
    for (let i = 0; i < e.participants.length; i++)
      for (let j = i + 1; j < e.participants.length; j++) {
        const key = `${e.participants[i]}\u0000${e.participants[j]}`; // participants are sorted: one key per pair
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
  for (const key of [...weights.keys()].sort()) {
    const [a, b] = key.split('\u0000') as [string, string];
    graph.addUndirectedEdge(a, b, { weight: weights.get(key)! });
  }
  return { graph, events };
}

/** Best PageRank first; ranks equal up to rounding noise (symmetric positions) by id, so the order is stable. */
const byRank = (a: { id: string; pagerank: number }, b: { id: string; pagerank: number }) =>
  Math.abs(b.pagerank - a.pagerank) > 1e-12 ? b.pagerank - a.pagerank : a.id < b.id ? -1 : 1;

/** A small seeded generator (mulberry32) for Louvain's random walk: same seed, same communities. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function analyzeNetwork(doc: GraphDocument, options: AnalyzeOptions = {}): NetworkAnalysis {
  const listed = options.listed ?? 5;
  const { graph, events } = coAttendanceGraph(doc);
  const names = new Map(doc.nodes.map((n) => [n.id, n.name]));

  const ranks = graph.order ? pagerank(graph, { getEdgeWeight: 'weight', alpha: PAGERANK_DAMPING, maxIterations: 1000, tolerance: 1e-10 }) : {};
  const between = graph.order ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
  const found = graph.order ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) }) : {};

  // communities numbered by size, largest first; ties by their first member's id
  const groups = new Map<number, string[]>();
  graph.forEachNode((id) => (groups.get(found[id]!) ?? groups.set(found[id]!, []).get(found[id]!)!).push(id));
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const communityOf = new Map<string, number>();
  ordered.forEach((members, i) => members.forEach((id) => communityOf.set(id, i)));

  const eventsOf = new Map<string, EventInfo[]>();
  for (const e of events) for (const p of e.participants) (eventsOf.get(p) ?? eventsOf.set(p, []).get(p)!).push(e);

  const persons: PersonFigures[] = graph.mapNodes((id) => {
    const mine = eventsOf.get(id)!;
    const span = dateSpan(mine.map((e) => e.date));
    const eventsPerYear: EventsPerYear = {};
    for (const e of mine) {
      const year = yearOf(e.date) ?? 'undated';
      eventsPerYear[year] = (eventsPerYear[year] ?? 0) + 1;
    }
    let strength = 0;
    graph.forEachEdge(id, (_edge, attributes) => (strength += attributes.weight as number));
    return {
      id,
      name: names.get(id) ?? id,
      events: mine.length,
      degree: graph.degree(id),
      strength,
      pagerank: ranks[id]!,
      betweenness: between[id]!,
      community: communityOf.get(id)!,
      firstSeen: span.first,
      lastSeen: span.last,
      eventsPerYear,
    };
  });
  persons.sort(byRank);

  const communities: CommunityFigures[] = ordered.map((members, id) => {
    const inside = new Set(members);
    let internalWeight = 0;
    graph.forEachEdge((_edge, attributes, a, b) => {
      if (inside.has(a) && inside.has(b)) internalWeight += attributes.weight as number;
    });
    const topMembers = members
      .map((m) => ({ id: m, name: names.get(m) ?? m, pagerank: ranks[m]! }))
      .sort(byRank)
      .slice(0, listed);
    const tying = events
      .map((e) => ({ id: e.id, name: e.name, date: e.date, members: e.participants.filter((p) => inside.has(p)).length }))
      .filter((e) => e.members >= 2)
      .sort((a, b) => b.members - a.members || (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : 1))
      .slice(0, listed);
    return { id, size: members.length, internalWeight, topMembers, events: tying };
  });

  const participants = new Set(graph.nodes());
  const leftOut = doc.nodes.filter((n) => n.label === 'Person' && !participants.has(n.id)).length;
  return { persons, communities, pairs: graph.size, events: events.length, leftOut };
}
