/**
 * The validate stage: the graph document must satisfy the zod schema and its
 * references must close (every relationship endpoint is a node of an allowed
 * label) before anything is written or loaded.
 */
import { GraphDocumentSchema, RELATIONSHIP_SPECS, type GraphDocument } from '../schema/graph.js';

export class InvalidGraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`graph document is invalid:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
  }
}

export function validateGraph(doc: unknown): GraphDocument {
  const parsed = GraphDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new InvalidGraphError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const graph = parsed.data;
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const problems: string[] = [];
  if (labelOf.size !== graph.nodes.length) problems.push('duplicate node ids');
  for (const r of graph.relationships) {
    const spec = RELATIONSHIP_SPECS[r.type];
    const from = labelOf.get(r.from);
    const to = labelOf.get(r.to);
    if (!from || !spec.from.includes(from)) problems.push(`${r.type} from ${r.from}: expected ${spec.from.join('|')}, found ${from ?? 'no node'}`);
    if (!to || !spec.to.includes(to)) problems.push(`${r.type} to ${r.to}: expected ${spec.to.join('|')}, found ${to ?? 'no node'}`);
  }
  if (problems.length) throw new InvalidGraphError(problems);
  return graph;
}
