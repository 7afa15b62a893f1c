/**
 * The graph as a Cypher script for cypher-shell or Neo4j Browser: the schema
 * statements, then `UNWIND [literal rows] AS row MERGE …` per label and type,
 * one statement per line, each ending in `;`. This is the one place values
 * are rendered as text, so every literal is escaped strictly.
 */
import neo4j from 'neo4j-driver';
import { schemaStatements } from '../load/schema.js';
import { ALL_LABELS, ALL_REL_TYPES, type GraphModel, type ModelNode, type ModelRelationship, type Props, type Value } from '../load/model.js';

const ROWS_PER_STATEMENT = 500;

/** A Cypher string literal: single quotes; backslash, quote, control and line-separator characters escaped; lone surrogates replaced. */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of wellFormed(s)) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 || c === 0x85) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

/** A property key or label in backticks (backticks doubled). */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${wellFormed(name).replace(/`/g, '``')}\``;
}

export function cypherValue(v: Value | null | Record<string, unknown>): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} as a Cypher literal`);
    // Floats stay floats (the driver sends JS numbers as floats): 3 → 3.0.
    const s = String(v).replace('e+', 'e');
    return /[.eE]/.test(s) ? s : `${s}.0`;
  }
  if (neo4j.isInt(v)) return v.toString();
  if (neo4j.isDate(v)) return `date('${v.toString()}')`;
  if (Array.isArray(v)) return `[${v.map(cypherValue).join(', ')}]`;
  return cypherMap(v as Record<string, Value>);
}

export function cypherMap(m: Record<string, Value | null | Record<string, unknown>>): string {
  return `{${Object.entries(m)
    .map(([k, v]) => `${cypherName(k)}: ${cypherValue(v as Value)}`)
    .join(', ')}}`;
}

function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The statements of the script, in order (schema first). */
export function cypherStatements(model: GraphModel): string[] {
  const out = schemaStatements();
  const byLabel = new Map<string, ModelNode[]>();
  for (const n of model.nodes) {
    const list = byLabel.get(n.label);
    if (list) list.push(n);
    else byLabel.set(n.label, [n]);
  }
  for (const label of ALL_LABELS) {
    for (const rows of chunks(byLabel.get(label) ?? [], ROWS_PER_STATEMENT)) {
      const literal = `[${rows.map((n) => cypherMap({ id: n.id, props: n.props as unknown as Record<string, unknown> })).join(', ')}]`;
      out.push(`UNWIND ${literal} AS row MERGE (n:${label} {id: row.id}) SET n += row.props`);
    }
  }
  const groups = new Map<string, ModelRelationship[]>();
  for (const r of model.relationships) {
    const g = `${r.type}|${r.from.label}|${r.to.label}`;
    const list = groups.get(g);
    if (list) list.push(r);
    else groups.set(g, [r]);
  }
  for (const type of ALL_REL_TYPES) {
    for (const from of ALL_LABELS) {
      for (const to of ALL_LABELS) {
        const rels = groups.get(`${type}|${from}|${to}`);
        if (!rels) continue;
        const identityKeys = Object.keys(rels[0]!.identity);
        const merge = identityKeys.map((k) => `${cypherName(k)}: row.identity.${cypherName(k)}`).join(', ');
        for (const rows of chunks(rels, ROWS_PER_STATEMENT)) {
          const literal = `[${rows
            .map((r) => cypherMap({ from: r.from.id, to: r.to.id, identity: r.identity as Record<string, unknown>, props: r.props as Record<string, unknown> }))
            .join(', ')}]`;
          out.push(
            `UNWIND ${literal} AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) ` +
              `MERGE (a)-[r:${type} {${merge}}]->(b) SET r += row.props`,
          );
        }
      }
    }
  }
  return out;
}

export function renderCypherScript(model: GraphModel): string {
  const header = [
    '// news-kg graph export. Run with: cypher-shell -u neo4j -p … -f graph.cypher (or paste into Neo4j Browser).',
    `// ${model.nodes.length} nodes, ${model.relationships.length} relationships; one statement per line.`,
  ];
  return [...header, ...cypherStatements(model).map((s) => `${s};`), ''].join('\n');
}

export type { Props };
