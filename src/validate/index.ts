/**
 * The validate stage: the graph document must satisfy the zod schema and its
 * references must close (every relationship endpoint is a node of an allowed
 * label) before anything is written or loaded.
 */
import { z } from 'zod';
import {
  GraphDocumentSchema,
  RELATIONSHIP_SPECS,
  graphDocumentSchema,
  withExtraSpecs,
  type GraphDocument,
  type RelationshipSpecs,
  type RelationshipType,
} from '../schema/graph.js';

export class InvalidGraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`graph document is invalid:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
  }
}

/** The checked document; relationships may also have the types of `extra` specs (see RelationshipSpecs). */
export function validateGraph<T extends string = never>(doc: unknown, extra?: RelationshipSpecs<T>): GraphDocument<RelationshipType | T> {
  const specs = withExtraSpecs(extra);
  const isType = (v: unknown): v is RelationshipType | T => typeof v === 'string' && Object.hasOwn(specs, v);
  const schema = extra ? graphDocumentSchema(z.custom<RelationshipType | T>(isType, { message: `not a relationship type (${Object.keys(specs).join(', ')})` })) : GraphDocumentSchema;
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    throw new InvalidGraphError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const graph = parsed.data;
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const problems: string[] = [];
  if (labelOf.size !== graph.nodes.length) problems.push('duplicate node ids');
  for (const r of graph.relationships) {
    const spec = specs[r.type]!; // the schema admitted only specified types
    const from = labelOf.get(r.from);
    const to = labelOf.get(r.to);
    if (!from || !spec.from.includes(from)) problems.push(`${r.type} from ${r.from}: expected ${spec.from.join('|')}, found ${from ?? 'no node'}`);
    if (!to || !spec.to.includes(to)) problems.push(`${r.type} to ${r.to}: expected ${spec.to.join('|')}, found ${to ?? 'no node'}`);
  }
  const positionHeld = new Set(graph.relationships.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.to));
  for (const n of graph.nodes) if (!n.mentions.length && !positionHeld.has(n.id)) problems.push(`${n.id}: no mention, and no HOLDS_POSITION names it`);
  if (problems.length) throw new InvalidGraphError(problems);
  return graph;
}
