/**
 * The extract workflow: read → split → analyse (per article) → build the
 * graph → validate. Input problems are collected, never fatal (unless strict).
 */
import type { SourceRecord } from '../document.js';
import { readInputs, SUPPORTED_EXTENSIONS, type ReadProblem } from '../read/index.js';
import { splitPage } from '../split/index.js';
import { GraphBuilder, nodeId, sentenceEvidence } from '../resolve/graph.js';
import { validateGraph } from '../validate/index.js';
import { articleIssues } from '../validate/article.js';
import type { Article } from '../document.js';
import type { Evidence, GraphDocument } from '../schema/graph.js';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { analyseAll } from './pool.js';

export interface ExtractOptions {
  strict?: boolean;
  /** Worker threads; 0 analyses in this thread. Default: the machine's cores. */
  workers?: number;
  onProblem?: (problem: ReadProblem) => void;
  /** A file inside a directory that is no article format (a .pdf): passed over, not a problem. */
  onSkipped?: (skipped: ReadProblem) => void;
  onArticle?: (done: number) => void;
  /** Only the articles of this shard (`kg extract --shard k/n`): n machines each extract a part of one corpus. */
  shard?: Shard;
}

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The shard (1..count) an article id falls in: from a hash of the id alone, so
 * it does not depend on the input order, the machine or the other articles.
 */
export function shardOf(articleId: string, count: number): number {
  return (createHash('sha1').update(articleId).digest().readUInt32BE(0) % count) + 1;
}

/** "k/n" → a shard, or null when the text is not one (k from 1 to n). */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

async function* inShard(records: AsyncIterable<SourceRecord>, shard: Shard | undefined): AsyncGenerator<SourceRecord> {
  for await (const record of records) if (!shard || shardOf(record.id, shard.count) === shard.index) yield record;
}

/**
 * A shard's document: a graph document, plus the sentences of its divisions
 * that link to no ancestor in the shard. PART_OF runs to the nearest ancestor
 * in the graph, which may be in another shard, so merging the shards
 * (src/workflows/load.ts mergeGraphs) links them and needs their evidence.
 * Validation strips the extra field: a shard is a valid graph document.
 */
export type ShardDocument = GraphDocument & { partOfEvidence?: Record<string, Evidence[]> };

export interface ExtractResult {
  graph: ShardDocument;
  problems: ReadProblem[];
  skipped: ReadProblem[];
}

export async function* articleRecords(paths: string[], problems: ReadProblem[], options: ExtractOptions, skipped: ReadProblem[] = []): AsyncGenerator<SourceRecord> {
  let records = 0;
  for await (const item of readInputs(paths)) {
    if ('skipped' in item) {
      skipped.push(item.skipped);
      options.onSkipped?.(item.skipped);
      continue;
    }
    if ('problem' in item) {
      problems.push(item.problem);
      options.onProblem?.(item.problem);
      if (options.strict) return;
      continue;
    }
    records++;
    yield* splitPage(item.record);
  }
  if (!records && !problems.length) {
    // An empty folder, or one of other files only: an input mistake, not an empty corpus.
    const problem = { path: paths.join(', ') || '(no inputs)', reason: `no articles found (article formats: ${SUPPORTED_EXTENSIONS.join(', ')})` };
    problems.push(problem);
    options.onProblem?.(problem);
  }
}

export async function extractGraph(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const problems: ReadProblem[] = [];
  const skipped: ReadProblem[] = [];
  const builder = new GraphBuilder();
  const divisionSentences = new Map<string, Map<string, Evidence>>();
  let done = 0;
  const workers = options.workers ?? availableParallelism();
  for await (const result of analyseAll(inShard(articleRecords(paths, problems, options, skipped), options.shard), workers)) {
    if ('error' in result) {
      const [path, ...reason] = result.error.split(': ');
      const problem = { path: path!, reason: `extraction failed: ${reason.join(': ')}` };
      problems.push(problem);
      options.onProblem?.(problem);
      continue;
    }
    const issues = articleIssues(result.article);
    if (issues.length) {
      const problem = { path: `${result.article.path} (${result.article.id})`, reason: `extraction produced invalid annotations: ${issues.slice(0, 3).join('; ')}` };
      problems.push(problem);
      options.onProblem?.(problem);
      continue;
    }
    builder.add(result.article);
    if (options.shard) collectDivisionSentences(result.article, divisionSentences);
    options.onArticle?.(++done);
  }
  const graph: ShardDocument = validateGraph(builder.build());
  if (options.shard) {
    const linked = new Set(graph.relationships.filter((r) => r.type === 'PART_OF').map((r) => r.from));
    graph.partOfEvidence = Object.fromEntries([...divisionSentences].filter(([id]) => !linked.has(id)).map(([id, byArticle]) => [id, [...byArticle.values()]]));
  }
  return { graph, problems, skipped };
}

/** The sentence of each division's first mention in the article: the evidence GraphBuilder gives its PART_OF. */
function collectDivisionSentences(article: Article, into: Map<string, Map<string, Evidence>>): void {
  for (const l of article.locations) {
    if (!l.divisionCode) continue;
    const id = nodeId('Location', l.canonical ?? l.name);
    const byArticle = into.get(id) ?? into.set(id, new Map()).get(id)!;
    if (!byArticle.has(article.id)) byArticle.set(article.id, sentenceEvidence(article, l.start));
  }
}
