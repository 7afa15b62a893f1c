/**
 * `kg analyze --write`: the figures as Person properties in Neo4j, so the
 * named queries (key-people, community, bridges) can rank by them.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphDocument } from '../schema/graph.js';
import type { NetworkAnalysis } from './network.js';

/** The Person properties `--write` sets. A person at no event gets eventCount 0 and none of the others. */
export const PERSON_ANALYTICS_PROPERTIES = ['pagerank', 'betweenness', 'community', 'eventCount'] as const;

const WRITE = `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.pagerank = row.pagerank, p.betweenness = row.betweenness, p.community = row.community, p.eventCount = row.eventCount
RETURN count(p) AS matched`;

export interface WriteResult {
  /** Persons of the document found in the database and updated. */
  written: number;
  /** Persons of the document the database does not have (not loaded). */
  missing: number;
}

export async function writeAnalytics(
  driver: Driver,
  doc: GraphDocument,
  analysis: NetworkAnalysis,
  options: { database?: string; batchRows?: number } = {},
): Promise<WriteResult> {
  const batchRows = options.batchRows ?? 5000;
  const figures = new Map(analysis.persons.map((p) => [p.id, p]));
  const rows = doc.nodes
    .filter((n) => n.label === 'Person')
    .map((n) => {
      const p = figures.get(n.id);
      // setting a property to null removes it: a person who lost every event keeps no stale rank
      return {
        id: n.id,
        pagerank: p?.pagerank ?? null,
        betweenness: p?.betweenness ?? null,
        community: p ? neo4j.int(p.community) : null,
        eventCount: neo4j.int(p?.events ?? 0),
      };
    });
  let written = 0;
  for (let i = 0; i < rows.length; i += batchRows) {
    const res = await driver.executeQuery(WRITE, { rows: rows.slice(i, i + batchRows) }, { database: options.database, routing: neo4j.routing.WRITE });
    written += neo4j.integer.toNumber(res.records[0]!.get('matched'));
  }
  return { written, missing: rows.length - written };
}
