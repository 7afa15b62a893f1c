/**
 * The extract workflow: read → split → analyse (per article) → build the
 * graph → validate. Input problems are collected, never fatal (unless strict).
 */
import type { SourceRecord } from '../document.js';
import { readInputs, SUPPORTED_EXTENSIONS, type ReadProblem } from '../read/index.js';
import { splitPage } from '../split/index.js';
import { GraphBuilder } from '../resolve/graph.js';
import { validateGraph } from '../validate/index.js';
import { articleIssues } from '../validate/article.js';
import type { GraphDocument } from '../schema/graph.js';
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
}

export interface ExtractResult {
  graph: GraphDocument;
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
  let done = 0;
  const workers = options.workers ?? availableParallelism();
  for await (const result of analyseAll(articleRecords(paths, problems, options, skipped), workers)) {
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
    options.onArticle?.(++done);
  }
  return { graph: validateGraph(builder.build()), problems, skipped };
}
