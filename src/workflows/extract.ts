/**
 * The extract workflow: read → split → analyse (per article) → build the
 * graph → validate. Input problems are collected, never fatal (unless strict).
 */
import type { SourceRecord } from '../document.js';
import { readInputs, type ReadProblem } from '../read/index.js';
import { splitPage } from '../split/index.js';
import { GraphBuilder } from '../resolve/graph.js';
import { validateGraph } from '../validate/index.js';
import type { GraphDocument } from '../schema/graph.js';
import { analyseArticle } from './analyse.js';

export interface ExtractOptions {
  strict?: boolean;
  onProblem?: (problem: ReadProblem) => void;
  onArticle?: (done: number) => void;
}

export interface ExtractResult {
  graph: GraphDocument;
  problems: ReadProblem[];
}

export async function* articleRecords(paths: string[], problems: ReadProblem[], options: ExtractOptions): AsyncGenerator<SourceRecord> {
  for await (const item of readInputs(paths)) {
    if ('problem' in item) {
      problems.push(item.problem);
      options.onProblem?.(item.problem);
      if (options.strict) return;
      continue;
    }
    yield* splitPage(item.record);
  }
}

export async function extractGraph(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const problems: ReadProblem[] = [];
  const builder = new GraphBuilder();
  let done = 0;
  for await (const record of articleRecords(paths, problems, options)) {
    builder.add(analyseArticle(record));
    options.onArticle?.(++done);
  }
  return { graph: validateGraph(builder.build()), problems };
}
