/**
 * The load workflow: connect (fail fast on a wrong password or an unreachable
 * server), apply the schema, turn the inputs into one graph document
 * (graph-document .json files are validated, everything else is extracted),
 * optionally wipe (then the fresh path CREATEs the graph once), then write it
 * in batches (unchanged articles skipped). `--wipe` with one graph-document
 * file streams it instead (src/load/graph-file.ts): checked in one read,
 * written in another, never held whole.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReadProblem } from '../read/index.js';
import { z } from 'zod';
import { EvidenceSchema, type Evidence, type GraphDocument, type GraphNode, type Relationship } from '../schema/graph.js';
import { ancestors } from '../resolve/locations.js';
import { validateGraph } from '../validate/index.js';
import { ConnectionError, connect, describeError, resolveConfig, type ConnectionFlags, type Neo4jConfig } from '../neo4j/connection.js';
import { assertLoadable, dedupeEvidence, relationshipKey } from '../load/model.js';
import { applySchema, fillEmptyLists, schemaStatements } from '../load/schema.js';
import { scanGraphFile } from '../load/graph-file.js';
import { LoadInterruptedError, loadGraph, loadGraphFile, wipeDatabase, type LoadStats } from '../load/writer.js';
import { extractGraph, type ExtractOptions, type ShardDocument } from './extract.js';

export interface GraphInputsResult {
  graph: GraphDocument;
  problems: ReadProblem[];
}

/** True for a parsed graph document (as opposed to a .json article record). */
function looksLikeGraph(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'version' in value && 'nodes' in value && 'relationships' in value;
}

/**
 * One graph document from the inputs: .json graph documents are validated and
 * merged; all other inputs (articles, folders, .json/.jsonl records) are extracted.
 */
export async function graphFromInputs(inputs: string[], options: ExtractOptions = {}): Promise<GraphInputsResult> {
  const graphs: ShardDocument[] = [];
  const articles: string[] = [];
  for (const input of inputs) {
    if (extname(input).toLowerCase() === '.json' && (await stat(input).catch(() => null))?.isFile()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(input, 'utf8'));
      } catch {
        articles.push(input); // let the reader report it
        continue;
      }
      if (looksLikeGraph(parsed)) {
        graphs.push({ ...validateGraph(parsed), ...shardEvidence(parsed as object, input) });
        continue;
      }
    }
    articles.push(input);
  }
  const problems: ReadProblem[] = [];
  if (articles.length) {
    const extracted = await extractGraph(articles, options);
    graphs.push(extracted.graph);
    problems.push(...extracted.problems);
  }
  const whole = graphs.length === 1 && !graphs[0]!.partOfEvidence;
  return { graph: whole ? graphs[0]! : validateGraph(mergeGraphs(graphs)), problems };
}

const PartOfEvidenceSchema = z.record(z.string(), z.array(EvidenceSchema));

/** The PART_OF evidence a shard document carries beside its graph (see ShardDocument). */
function shardEvidence(parsed: object, path: string): Pick<ShardDocument, 'partOfEvidence'> {
  if (!('partOfEvidence' in parsed)) return {};
  const checked = PartOfEvidenceSchema.safeParse(parsed.partOfEvidence);
  if (!checked.success) throw new Error(`${path}: partOfEvidence is not a map of division ids to evidence lists (${checked.error.issues[0]?.message})`);
  return { partOfEvidence: checked.data };
}

/**
 * Union of graph documents (e.g. the shards of `kg extract --shard k/n`): nodes
 * by id, facts by identity, evidence and mentions concatenated, PART_OF derived
 * again from the divisions of the union and all their evidence.
 */
export function mergeGraphs(graphs: ShardDocument[]): GraphDocument {
  const articles = new Map<string, GraphDocument['articles'][number]>();
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, Relationship>();
  const partOfEvidence = new Map<string, Evidence[]>();
  for (const g of graphs) {
    for (const [child, evidence] of Object.entries(g.partOfEvidence ?? {})) partOfEvidence.set(child, [...(partOfEvidence.get(child) ?? []), ...evidence]);
    for (const a of g.articles) articles.set(a.id, a);
    for (const n of g.nodes) {
      const old = nodes.get(n.id);
      if (!old) nodes.set(n.id, structuredClone(n));
      else {
        for (const a of n.aliases) if (a !== old.name && !old.aliases.includes(a)) old.aliases.push(a);
        old.mentions.push(...n.mentions);
      }
    }
    for (const r of g.relationships) {
      if (r.type === 'PART_OF') {
        partOfEvidence.set(r.from, [...(partOfEvidence.get(r.from) ?? []), ...r.evidence]);
        continue;
      }
      const key = relationshipKey(r);
      const old = rels.get(key);
      if (!old) rels.set(key, structuredClone(r));
      else old.evidence = dedupeEvidence([...old.evidence, ...r.evidence]);
    }
  }
  for (const r of partOfLinks(nodes, partOfEvidence)) rels.set(relationshipKey(r), r);
  return { version: 1, articles: [...articles.values()], nodes: [...nodes.values()], relationships: [...rels.values()] };
}

/**
 * PART_OF runs from a division to its nearest ancestor in the graph, so a union
 * derives them again: the ancestor one document lacked may be in another
 * (清徐县 → 山西省 in one shard, 清徐县 → 太原市 once 太原市 is in the union).
 * A division keeps the evidence of all the links the documents gave it.
 */
function partOfLinks(nodes: Map<string, GraphNode>, evidenceByChild: Map<string, Evidence[]>): Relationship[] {
  const byCode = new Map<string, string>();
  for (const n of nodes.values()) {
    const code = n.label === 'Location' ? n.properties.divisionCode : null;
    if (code && !byCode.has(code)) byCode.set(code, n.id);
  }
  const links: Relationship[] = [];
  for (const [code, childId] of byCode) {
    const evidence = evidenceByChild.get(childId);
    const parentId = ancestors(code).map((p) => byCode.get(p.code!)).find((id) => id && id !== childId);
    if (evidence && parentId) links.push({ type: 'PART_OF', from: childId, to: parentId, properties: {}, evidence: dedupeEvidence(evidence) });
  }
  return links;
}

export interface LoadWorkflowOptions extends ExtractOptions {
  connection?: ConnectionFlags;
  wipe?: boolean;
  batchRows?: number;
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
  /** Called once connected, before extraction starts. */
  onConnected?: (config: Omit<Neo4jConfig, 'password'>) => void;
}

export interface LoadWorkflowResult {
  stats: LoadStats;
  problems: ReadProblem[];
  wiped: number | null;
}

export async function loadInputs(inputs: string[], options: LoadWorkflowOptions = {}): Promise<LoadWorkflowResult> {
  const config = resolveConfig(options.connection);
  const driver = await connect(config);
  try {
    const { password: _pw, ...shown } = config;
    options.onConnected?.(shown);
    const loadOptions = { database: config.database, batchRows: options.batchRows, onProgress: options.onProgress };
    // One graph document into a wiped database: checked, then loaded as a stream (never held whole).
    const file = options.wipe && inputs.length === 1 && extname(inputs[0]!).toLowerCase() === '.json' ? inputs[0]! : null;
    const digest = file ? await scanGraphFile(file) : null;
    if (file && digest) {
      try {
        await applySchema(driver, config.database);
        const wiped = await wipeDatabase(driver, config.database);
        return { stats: await loadGraphFile(driver, file, digest, loadOptions), problems: [], wiped };
      } catch (err) {
        throw describeLoadError(err, config);
      }
    }
    const { graph, problems } = await graphFromInputs(inputs, options);
    assertLoadable(graph); // before the schema or --wipe touch the database
    try {
      await applySchema(driver, config.database);
      const wiped = options.wipe ? await wipeDatabase(driver, config.database) : null;
      // Just emptied: CREATE everything once.
      const stats = await loadGraph(driver, graph, { ...loadOptions, fresh: options.wipe });
      return { stats, problems, wiped };
    } catch (err) {
      throw describeLoadError(err, config);
    }
  } finally {
    await driver.close();
  }
}

/**
 * `kg load --schema-only`: the constraints and indexes of cypher/schema.cypher,
 * and the empty lists a neo4j-admin import could not write. The step to run
 * once the server is up on a store `kg export --format csv`'s import.sh made.
 */
export async function applySchemaOnly(connection?: ConnectionFlags): Promise<{ statements: number; listsFilled: number }> {
  const config = resolveConfig(connection);
  const driver = await connect(config);
  try {
    await applySchema(driver, config.database);
    return { statements: schemaStatements().length, listsFilled: await fillEmptyLists(driver, config.database) };
  } catch (err) {
    throw describeError(err, config);
  } finally {
    await driver.close();
  }
}

/**
 * One line for a failed load. When the load had started writing, it says how
 * far it got and that running it again finishes it (batches are atomic and
 * reloads idempotent), e.g. after the server was killed midway.
 */
function describeLoadError(err: unknown, config: Neo4jConfig): Error {
  if (!(err instanceof LoadInterruptedError)) return describeError(err, config);
  const inner = describeError(err.cause, config);
  const lost = inner instanceof ConnectionError && /^cannot reach /.test(inner.message);
  const head = lost ? inner.message.replace(/^cannot reach (Neo4j at \S+?):? is the server running and listening there\?/, 'lost $1 during the load') : firstLine(inner.message);
  const message =
    `${head}; ${err.articlesWritten} of ${err.articlesTotal} articles were written (each batch whole or not at all): ` +
    'run the same load again to finish it';
  return inner instanceof ConnectionError ? new ConnectionError(message, inner.code) : new Error(message);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 300);
}
