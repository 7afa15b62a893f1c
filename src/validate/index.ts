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
  type NodeLabel,
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
  const references = new ReferenceCheck(specs);
  for (const n of graph.nodes) references.node(n);
  for (const r of graph.relationships) references.relationship(r);
  const problems = references.finish();
  if (problems.length) throw new InvalidGraphError(problems);
  return graph;
}

/**
 * validateGraph's checks beyond the schema, one element at a time, nodes
 * before the relationships that link them (as a document read as a stream
 * is checked): node ids are unique, every relationship endpoint is a node of
 * an allowed label, a node without mention is the position of a HOLDS_POSITION.
 */
export class ReferenceCheck {
  private readonly labelOf = new Map<string, NodeLabel>();
  private readonly unmentioned = new Set<string>();
  private readonly linkProblems: string[] = [];
  private duplicates = false;

  constructor(private readonly specs: RelationshipSpecs<string> = RELATIONSHIP_SPECS) {}

  node(n: { id: string; label: NodeLabel; mentions: unknown[] }): void {
    if (this.labelOf.has(n.id)) this.duplicates = true;
    this.labelOf.set(n.id, n.label);
    if (!n.mentions.length) this.unmentioned.add(n.id);
  }

  /** False when an endpoint is missing or of a label the type does not allow. */
  relationship(r: { type: string; from: string; to: string }): boolean {
    const spec = this.specs[r.type]!; // the schema admitted only specified types
    const from = this.labelOf.get(r.from);
    const to = this.labelOf.get(r.to);
    if (!from || !spec.from.includes(from)) this.linkProblems.push(`${r.type} from ${r.from}: expected ${spec.from.join('|')}, found ${from ?? 'no node'}`);
    if (!to || !spec.to.includes(to)) this.linkProblems.push(`${r.type} to ${r.to}: expected ${spec.to.join('|')}, found ${to ?? 'no node'}`);
    if (r.type === 'HOLDS_POSITION') this.unmentioned.delete(r.to);
    return Boolean(from && spec.from.includes(from) && to && spec.to.includes(to));
  }

  /** The problems, in validateGraph's order. */
  finish(): string[] {
    return [
      ...(this.duplicates ? ['duplicate node ids'] : []),
      ...this.linkProblems,
      ...[...this.unmentioned].map((id) => `${id}: no mention, and no HOLDS_POSITION names it`),
    ];
  }
}
