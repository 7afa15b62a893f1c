/**
 * `kg viz`: write the graph as one self-contained HTML page.
 *   kg viz <inputs...|graph.json> [--focus NAME [--depth N]] [--out graph.html]
 *   kg viz --query NAME|FILE.cypher [--param k=v ...] [--out graph.html] [--uri … --password …]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { addConnectionOptions, type ConnectionFlags } from '../neo4j/connection.js';
import { collectParam } from '../query/library.js';
import { GraphDocumentSchema, type GraphDocument } from '../schema/graph.js';
import { extractGraph } from '../workflows/extract.js';
import { renderHtml } from './html.js';
import { ViewError, viewFromDocument, type GraphView } from './model.js';
import { viewFromQuery } from './query.js';
import { reportToStderr } from '../cli/summary.js';

/** A graph document if this one input is one, else null (it is then read as articles). */
export async function readGraphDocument(path: string): Promise<GraphDocument | null> {
  if (!/\.json$/i.test(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object' || !('nodes' in json) || !('relationships' in json)) return null;
  const parsed = GraphDocumentSchema.safeParse(json);
  if (!parsed.success) throw new ViewError(`${path} looks like a graph document but does not match the schema: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export interface VizOptions extends ConnectionFlags {
  out?: string;
  focus?: string;
  depth?: number;
  query?: string;
  param?: Record<string, string>;
  title?: string;
}

export async function buildView(inputs: string[], opts: VizOptions): Promise<{ view: GraphView; problems: number }> {
  if (opts.query !== undefined) {
    if (inputs.length) throw new ViewError('--query reads from Neo4j: give no inputs with it');
    const flags = { uri: opts.uri, username: opts.username, password: opts.password, database: opts.database };
    return { view: await viewFromQuery(opts.query, opts.param ?? {}, flags), problems: 0 };
  }
  if (!inputs.length) throw new ViewError('give inputs (articles or a graph.json), or --query NAME');
  let doc = inputs.length === 1 ? await readGraphDocument(inputs[0]!) : null;
  let problems = 0;
  if (!doc) {
    const result = await extractGraph(inputs, reportToStderr);
    doc = result.graph;
    problems = result.problems.length;
  }
  return { view: viewFromDocument(doc, { focus: opts.focus, depth: opts.depth, title: opts.title }), problems };
}

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expects a whole number ≥ 0');
  return n;
};

export function registerVizCommand(program: Command): Command {
  return addConnectionOptions(program.command('viz'))
    .description('write the graph as one self-contained HTML page (no network needed to open it)')
    .argument('[inputs...]', 'articles (as for extract) or one graph.json written by extract')
    .option('-o, --out <file>', 'the HTML file to write', 'graph.html')
    .option('--focus <name>', 'only the neighbourhood of the node with this name, alias or id')
    .option('--depth <n>', 'hops around --focus', positiveInt, 1)
    .option('--query <name|file.cypher>', 'run a library query (kg query --list) or a .cypher file against Neo4j, in a read transaction, and show its result')
    .option('-p, --param <key=value>', 'a query parameter (repeatable; defaults: the example in the file)', collectParam, {})
    .option('--title <text>', 'page title')
    .action(async (inputs: string[], opts: VizOptions) => {
      try {
        const { view, problems } = await buildView(inputs, opts);
        await writeFile(opts.out ?? 'graph.html', renderHtml(view));
        console.error(`kg: wrote ${opts.out} (${view.nodes.length} nodes, ${view.edges.length} relationships)`);
        process.exitCode = problems ? 1 : 0;
      } catch (err) {
        if (err instanceof ViewError) {
          console.error(`kg: ${err.message}`);
          process.exitCode = 2;
          return;
        }
        throw err;
      }
    });
}
