import type { ReadProblem } from '../read/index.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type GraphDocument } from '../schema/graph.js';

/** One block a person can read: articles, nodes per label, relationships per type, failed inputs. */
export function summarize(graph: GraphDocument, problems: ReadProblem[]): string {
  const count = <T>(items: T[], key: (t: T) => string, keys: readonly string[]) =>
    keys.map((k) => `${k} ${items.filter((i) => key(i) === k).length}`).join(', ');
  return [
    `articles: ${graph.articles.length}${problems.length ? `, inputs failed: ${problems.length}` : ''}`,
    `nodes: ${graph.nodes.length} (${count(graph.nodes, (n) => n.label, NODE_LABELS)})`,
    `relationships: ${graph.relationships.length} (${count(graph.relationships, (r) => r.type, RELATIONSHIP_TYPES)})`,
  ].join('\n');
}
