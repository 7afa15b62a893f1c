/**
 * The named query library: cypher/queries/<name>.cypher. Each file opens with
 * `//` comment lines saying what it answers, then `:param key => value;` lines
 * giving an example for every parameter (Neo4j Browser's syntax, so the file
 * pastes into the Browser unchanged), then one Cypher statement. A user's own
 * .cypher file is read the same way (`kg query my.cypher`, `kg viz --query
 * my.cypher`); its parameters need no :param line. `kg query` and `kg viz`
 * both read and run queries through this file, always in a read transaction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from 'commander';
import neo4j, { type Driver, type EagerResult, type Integer } from 'neo4j-driver';

export const QUERY_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

export type ParamValue = string | number;

export interface NamedQuery {
  name: string;
  path: string;
  /** The header comment, without the slashes. */
  description: string;
  /** Example parameters, in file order; their types set how --param values are read. */
  params: Record<string, ParamValue>;
  cypher: string;
  /** A file given by path rather than a library query: parameters without a :param line are allowed. */
  adHoc?: boolean;
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?);?\s*$/;

export function parseQuery(path: string, source: string): NamedQuery {
  const description: string[] = [];
  const params: Record<string, ParamValue> = {};
  const body: string[] = [];
  for (const line of source.split('\n')) {
    const t = line.trim();
    if (!body.length && t.startsWith('//')) description.push(t.replace(/^\/\/\s?/, ''));
    else if (!body.length && PARAM_LINE.test(t)) {
      const [, key, raw] = PARAM_LINE.exec(t)!;
      params[key!] = parseLiteral(raw!.trim());
    } else if (body.length || t) body.push(line);
  }
  const cypher = body.join('\n').trim().replace(/;\s*$/, '');
  const name = basename(path, '.cypher');
  return { name, path, description: description.join('\n').replace(new RegExp(`^${name}:\\s*`), ''), params, cypher };
}

function parseLiteral(raw: string): ParamValue {
  const quoted = /^(['"])(.*)\1$/.exec(raw);
  if (quoted) return quoted[2]!.replace(/\\(['"\\])/g, '$1');
  const n = Number(raw);
  if (raw !== '' && Number.isFinite(n)) return n;
  throw new Error(`unsupported :param value ${raw} (use a quoted string or a number)`);
}

export function listQueries(dir = QUERY_DIR): NamedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseQuery(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

export function getQuery(name: string, dir = QUERY_DIR): NamedQuery {
  const q = listQueries(dir).find((x) => x.name === name);
  if (!q) throw new UnknownQueryError(name, listQueries(dir).map((x) => x.name));
  return q;
}

/** A library query by name, or a .cypher file by path (`kg query my.cypher`). */
export function loadQuery(nameOrFile: string, dir = QUERY_DIR): NamedQuery {
  if (/\.cypher$/i.test(nameOrFile)) {
    if (!existsSync(nameOrFile)) throw new Error(`query file ${nameOrFile} does not exist`);
    return { ...parseQuery(nameOrFile, readFileSync(nameOrFile, 'utf8')), adHoc: true };
  }
  return getQuery(nameOrFile, dir);
}

export class UnknownQueryError extends Error {
  constructor(name: string, known: string[]) {
    super(`no query named "${name}" (known: ${known.join(', ')}; or give a path to a .cypher file)`);
    this.name = 'UnknownQueryError';
  }
}

/**
 * The parameters to run with: the examples, overridden by the given ones
 * (strings from the command line become numbers where the example is a number).
 */
export function bindParams(q: NamedQuery, given: Record<string, string | number> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(given)) {
    if (key in q.params) continue;
    if (!q.adHoc) throw new Error(`query ${q.name} takes no parameter "${key}" (it takes ${Object.keys(q.params).join(', ') || 'none'})`);
    // No example to take the type from: whole numbers go as Cypher integers (LIMIT $n), the rest as text.
    out[key] = /^-?\d+$/.test(String(v)) ? neo4j.int(String(v)) : String(v);
  }
  for (const [key, example] of Object.entries(q.params)) {
    const v = key in given ? given[key]! : example;
    if (typeof example === 'number') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`parameter ${key} of ${q.name} takes a number, not ${JSON.stringify(v)}`);
      out[key] = Number.isInteger(n) ? neo4j.int(n) : n;
    } else out[key] = String(v);
  }
  return out;
}

/** Commander's collector for repeatable `--param key=value` (kg query, kg viz --query). */
export function collectParam(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`takes key=value, not ${JSON.stringify(value)}`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

export interface QueryResultTable {
  columns: string[];
  rows: Record<string, unknown>[];
  ms: number;
}

/**
 * Runs a query in a managed read transaction (a query that writes is refused
 * by the server), with the records as the driver returns them.
 */
export async function executeReadQuery(driver: Driver, q: NamedQuery, given: Record<string, string | number> = {}, database?: string): Promise<EagerResult> {
  return driver.executeQuery(q.cypher, bindParams(q, given), { database, routing: neo4j.routing.READ });
}

/** Runs a query in a read transaction; values come back as plain JS (integers as numbers). */
export async function runQuery(driver: Driver, q: NamedQuery, given: Record<string, string | number> = {}, database?: string): Promise<QueryResultTable> {
  const t = performance.now();
  const res = await executeReadQuery(driver, q, given, database);
  return { columns: res.keys as string[], rows: res.records.map((r) => plain(r.toObject()) as Record<string, unknown>), ms: performance.now() - t };
}

/** Neo4j values as plain JS: integers as numbers, nodes as their properties, temporals and points as text. */
export function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as Integer).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    if ('labels' in v && 'properties' in v) return plain((v as { properties: unknown }).properties);
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return String(v); // Date, DateTime, Point, Duration: ISO text
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/** A plain-text table; lists join with 、 and cells are cut at `width` characters. */
export function formatTable(t: QueryResultTable, width = 80): string {
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => cell(x)).join('、') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return s.length > width ? `${s.slice(0, width - 1)}…` : s;
  };
  const cells = t.rows.map((r) => t.columns.map((c) => cell(r[c]).replace(/\n/g, ' ')));
  // CJK characters take two columns in a terminal.
  const w = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = t.columns.map((c, i) => Math.max(w(c), ...cells.map((r) => w(r[i]!))));
  const pad = (s: string, i: number) => s + ' '.repeat(widths[i]! - w(s));
  const line = (r: string[]) => r.map(pad).join('  ').trimEnd();
  return [line(t.columns), widths.map((n) => '-'.repeat(n)).join('  '), ...cells.map(line), `(${t.rows.length} row${t.rows.length === 1 ? '' : 's'}, ${t.ms.toFixed(0)} ms)`].join('\n');
}
