/**
 * CSV files for `neo4j-admin database import full`: one nodes file per label
 * (`id:ID(<group>)`, typed property columns, `:LABEL`) and one relationships
 * file per type (`:START_ID`, `:END_ID`, `:TYPE`, typed properties), plus
 * import.sh with the matching command line. Entities share the ID group
 * "Entity", articles have their own group "Article". Values are typed as
 * `kg load` writes them (offsets long, Event dates date, other numbers
 * double). An empty list cannot be written to CSV (the cell reads as no
 * property), so after the import `kg load --schema-only` sets the missing
 * lists to [] and applies the constraints and indexes; tests/export/
 * csv-import.test.ts runs the whole path with the real tool.
 */
import neo4j from 'neo4j-driver';
import { ALL_LABELS, ALL_REL_TYPES, ARTICLE_LABEL, type GraphModel, type ModelLabel, type Value } from '../load/model.js';

export interface CsvFile {
  name: string;
  content: string;
}

const DELIMITER_CANDIDATES = [';', '|', '\u001f'];

const group = (label: ModelLabel) => (label === ARTICLE_LABEL ? 'Article' : 'Entity');

/** RFC 4180 field: always quoted, quotes doubled (neo4j-admin reads this with --multiline-fields for embedded newlines). */
export function csvField(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

type ColumnType = 'long' | 'double' | 'boolean' | 'date' | 'string';

function scalarType(v: Value): ColumnType {
  if (neo4j.isInt(v)) return 'long';
  if (neo4j.isDate(v)) return 'date';
  if (typeof v === 'number') return 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

interface Column {
  key: string;
  type: ColumnType;
  array: boolean;
}

function columns(rows: Record<string, Value>[]): Column[] {
  const cols = new Map<string, Column>();
  for (const row of rows) {
    for (const [key, v] of Object.entries(row)) {
      const array = Array.isArray(v);
      const first = array ? (v as Value[])[0] : v;
      const type = first === undefined ? undefined : scalarType(first);
      const old = cols.get(key);
      if (!old) cols.set(key, { key, type: type ?? 'string', array });
      else if (type && old.type !== type) old.type = 'string';
    }
  }
  return [...cols.values()];
}

function header(c: Column): string {
  return `${c.key}:${c.type}${c.array ? '[]' : ''}`;
}

function cell(v: Value | undefined, c: Column, delimiter: string): string {
  if (v === undefined) return '';
  const scalar = (x: Value) => String(x);
  if (Array.isArray(v)) return v.length ? csvField(v.map(scalar).join(delimiter)) : '';
  return c.type === 'string' ? csvField(scalar(v)) : scalar(v);
}

/** An array delimiter that occurs in no array value (neo4j-admin --array-delimiter). */
export function arrayDelimiter(model: GraphModel): string {
  const strings: string[] = [];
  const collect = (props: Record<string, Value>) => {
    for (const v of Object.values(props)) if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') strings.push(x);
  };
  for (const n of model.nodes) collect(n.props);
  for (const r of model.relationships) collect(r.props);
  const found = DELIMITER_CANDIDATES.find((d) => !strings.some((s) => s.includes(d)));
  if (!found) throw new Error('every array delimiter candidate occurs in the data; cannot write CSV arrays');
  return found;
}

export function renderCsv(model: GraphModel): CsvFile[] {
  const delimiter = arrayDelimiter(model);
  const files: CsvFile[] = [];
  const nodeArgs: string[] = [];
  const relArgs: string[] = [];
  for (const label of ALL_LABELS) {
    const nodes = model.nodes.filter((n) => n.label === label);
    if (!nodes.length) continue;
    const cols = columns(nodes.map((n) => n.props)).filter((c) => c.key !== 'id');
    const lines = [[`id:ID(${group(label)})`, ...cols.map(header), ':LABEL'].join(',')];
    for (const n of nodes) lines.push([csvField(n.id), ...cols.map((c) => cell(n.props[c.key], c, delimiter)), label].join(','));
    const name = `nodes_${label}.csv`;
    files.push({ name, content: lines.join('\n') + '\n' });
    nodeArgs.push(`--nodes=${name}`);
  }
  for (const type of ALL_REL_TYPES) {
    const rels = model.relationships.filter((r) => r.type === type);
    if (!rels.length) continue;
    const byGroup = new Map<string, typeof rels>();
    for (const r of rels) {
      const g = `${group(r.from.label)}|${group(r.to.label)}`;
      const list = byGroup.get(g);
      if (list) list.push(r);
      else byGroup.set(g, [r]);
    }
    for (const [g, list] of byGroup) {
      const [fromGroup, toGroup] = g.split('|');
      const rows = list.map((r) => ({ ...r.identity, ...r.props }));
      const cols = columns(rows);
      const lines = [[`:START_ID(${fromGroup})`, `:END_ID(${toGroup})`, ...cols.map(header), ':TYPE'].join(',')];
      list.forEach((r, i) => lines.push([csvField(r.from.id), csvField(r.to.id), ...cols.map((c) => cell(rows[i]![c.key], c, delimiter)), type].join(',')));
      const name = byGroup.size > 1 ? `rels_${type}_${toGroup}.csv` : `rels_${type}.csv`;
      files.push({ name, content: lines.join('\n') + '\n' });
      relArgs.push(`--relationships=${name}`);
    }
  }
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  files.push({
    name: 'import.sh',
    content: [
      '#!/bin/sh',
      '# Offline import into an empty database (stop Neo4j first; this replaces the database named in $1, default neo4j).',
      '# Then start Neo4j and run `kg load --schema-only`: constraints and indexes, and the empty lists CSV cannot hold.',
      'set -e',
      'cd "$(dirname "$0")"',
      // The database name goes first: after a --relationships= list it is read as one more file.
      `neo4j-admin database import full "\${1:-neo4j}" --overwrite-destination --multiline-fields=true --array-delimiter=${quote(delimiter === '\u001f' ? 'U+001F' : delimiter)} \\`,
      `  ${[...nodeArgs, ...relArgs].join(' \\\n  ')}`,
      '',
    ].join('\n'),
  });
  return files;
}
