import { basename } from 'node:path';
import type { ReadProblem } from '../read/index.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type GraphDocument } from '../schema/graph.js';

/** One block a person can read: articles, nodes per label, relationships per type, failed inputs, skipped files. */
export function summarize(graph: GraphDocument, problems: ReadProblem[], skipped: ReadProblem[] = []): string {
  const count = <T>(items: T[], key: (t: T) => string, keys: readonly string[]) =>
    keys.map((k) => `${k} ${items.filter((i) => key(i) === k).length}`).join(', ');
  return [
    `articles: ${graph.articles.length}${problems.length ? `, inputs failed: ${problems.length}` : ''}${skipped.length ? `, files skipped: ${skipped.length} (${skipped.map((s) => basename(s.path)).join(', ')})` : ''}`,
    `nodes: ${graph.nodes.length} (${count(graph.nodes, (n) => n.label, NODE_LABELS)})`,
    `relationships: ${graph.relationships.length} (${count(graph.relationships, (r) => r.type, RELATIONSHIP_TYPES)})`,
  ].join('\n');
}

/** How every command reports input trouble on stderr: one line per failed input or skipped file. */
export const reportToStderr = {
  onProblem: (p: ReadProblem) => console.error(`kg: ${p.path}: ${p.reason}`),
  onSkipped: (s: ReadProblem) => console.error(`kg: skipped ${s.path}: ${s.reason}`),
};
