#!/usr/bin/env node
/**
 * The `kg` command line. Exit codes: 0 everything went through, 1 some
 * inputs failed (the rest still produced output) or a service failed,
 * 2 usage errors.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { Command, CommanderError } from 'commander';
import { extractGraph, parseShard, type Shard } from '../workflows/extract.js';
import { applySchemaOnly, loadInputs } from '../workflows/load.js';
import { DEFAULT_BATCH_ROWS } from '../load/writer.js';
import { exportInputs, EXPORT_FORMATS, type ExportFormat } from '../workflows/export.js';
import { ConnectionError, addConnectionOptions } from '../neo4j/connection.js';
import { articleCounter, progressBar, summarizeLoad } from './load-output.js';
import { reportToStderr, summarize } from './summary.js';
import { loadIfReachable } from '../workflows/run.js';
import { fileURLToPath } from 'node:url';
import { registerVizCommand } from '../visualize/command.js';
import { registerQueryCommands } from './query-command.js';
import { registerAnalyzeCommand } from '../analyze/command.js';

// `kg export … | head` closes the pipe early: not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command()
  .name('kg')
  .description('Knowledge graphs from Chinese government and party meeting news')
  .version(process.env.npm_package_version ?? '0.1.0')
  .exitOverride();

program
  .command('run')
  .description('the main job: extract the inputs to a graph document, then load it into Neo4j when a server answers')
  .argument('[inputs...]', 'articles (default: the bundled sample in data/sample)')
  .option('-o, --out <file>', 'where to write the graph document', 'out/graph.json')
  .option('-w, --workers <n>', 'worker threads (0: analyse in the main thread)', parseWorkers, availableParallelism())
  .action(async (inputs: string[], opts: { out: string; workers: number }) => {
    const sources = inputs.length ? inputs : [fileURLToPath(new URL('../../data/sample', import.meta.url))];
    const { graph, problems, skipped } = await extractGraph(sources, { workers: opts.workers, ...reportToStderr });
    await mkdir(dirname(opts.out), { recursive: true });
    await writeFile(opts.out, JSON.stringify(graph, null, 1) + '\n');
    console.error(`kg: wrote ${opts.out}`);
    console.error(summarize(graph, problems, skipped));
    const outcome = await loadIfReachable(opts.out, {});
    if ('skipped' in outcome) console.error(`kg: not loaded into Neo4j (${outcome.skipped}); start one with \`npm run neo4j\` or \`docker compose up -d\`, then \`npm run kg -- load ${opts.out}\``);
    else console.error(summarizeLoad(outcome.loaded.stats, null));
    process.exitCode = problems.length ? 1 : 0;
  });

program
  .command('extract')
  .description('read articles (files or directories) and write the graph document')
  .argument('<inputs...>', '.txt/.md (optional YAML front matter), .json/.jsonl records, .html')
  .option('-o, --out <file>', 'where to write the graph document (default: standard output)')
  .option('--strict', 'stop at the first input that cannot be read')
  .option('-w, --workers <n>', 'worker threads (0: analyse in the main thread)', parseWorkers, availableParallelism())
  .option('--shard <k/n>', 'only shard k of n (articles split by a hash of their id): n machines each write a document, `kg load` takes them all', (v) => {
    const shard = parseShard(v);
    if (!shard) throw new CommanderError(2, 'kg.shard', 'kg: --shard takes k/n with 1 ≤ k ≤ n, e.g. 2/4');
    return shard;
  })
  .action(async (inputs: string[], opts: { out?: string; strict?: boolean; workers: number; shard?: Shard }) => {
    const counter = articleCounter(process.stderr);
    const { graph, problems, skipped } = await extractGraph(inputs, {
      strict: opts.strict,
      workers: opts.workers,
      shard: opts.shard,
      ...reportToStderr,
      onArticle: (done) => counter.tick(done),
    }).finally(() => counter.stop());
    const json = JSON.stringify(graph, null, 1);
    if (opts.out) {
      await mkdir(dirname(opts.out), { recursive: true });
      await writeFile(opts.out, json + '\n');
    }
    else process.stdout.write(json + '\n');
    console.error(summarize(graph, problems, skipped));
    process.exitCode = problems.length ? 1 : 0;
  });

addConnectionOptions(
  program
    .command('load')
    .description('put the graph into Neo4j (articles are extracted first; graph-document .json files, e.g. shards, are validated, merged and loaded)')
    .argument('[inputs...]', 'article files or directories, or graph documents (several are merged)'),
)
  .option('--wipe', 'delete everything in the database first')
  .option('--batch-size <rows>', 'rows per transaction', (v) => positiveInt(v, '--batch-size'), DEFAULT_BATCH_ROWS)
  .option('--strict', 'stop at the first input that cannot be read')
  .option('--schema-only', 'only apply cypher/schema.cypher (and the empty lists a neo4j-admin import leaves out), e.g. after import.sh')
  .action(async (inputs: string[], opts: { uri?: string; username?: string; password?: string; database?: string; wipe?: boolean; batchSize: number; strict?: boolean; schemaOnly?: boolean }) => {
    const connection = { uri: opts.uri, username: opts.username, password: opts.password, database: opts.database };
    if (opts.schemaOnly) {
      const { statements, listsFilled } = await applySchemaOnly(connection);
      console.error(`schema: ${statements} constraints and indexes applied; ${listsFilled} empty lists set`);
      return;
    }
    if (!inputs.length) throw new CommanderError(2, 'kg.inputs', 'kg: load needs inputs (or --schema-only)');
    const bar = progressBar(process.stderr);
    try {
      const { stats, problems, wiped } = await loadInputs(inputs, {
        connection,
        wipe: opts.wipe,
        batchRows: opts.batchSize,
        strict: opts.strict,
        ...reportToStderr,
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      console.error(summarizeLoad(stats, wiped));
      process.exitCode = problems.length ? 1 : 0;
    } finally {
      bar.stop();
    }
  });

program
  .command('export')
  .description('write the graph as a Cypher script, CSV files for neo4j-admin import, or GraphML')
  .argument('<inputs...>', 'article files or directories, or graph documents (several are merged)')
  .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, (v) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new CommanderError(2, 'kg.format', `kg: --format must be one of ${EXPORT_FORMATS.join(', ')}`);
    return v;
  })
  .option('-o, --out <path>', 'file (cypher, graphml; default standard output) or directory (csv, default ./out/csv)')
  .option('--strict', 'stop at the first input that cannot be read')
  .action(async (inputs: string[], opts: { format: ExportFormat; out?: string; strict?: boolean }) => {
    const { problems, written } = await exportInputs(inputs, opts.format, opts.out, {
      strict: opts.strict,
      ...reportToStderr,
    });
    if (written.length) console.error(`kg: wrote ${written.join(', ')}`);
    process.exitCode = problems.length ? 1 : 0;
  });

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(2, 'kg.int', `kg: ${flag} takes a positive integer`);
  return n;
}

registerVizCommand(program);
registerQueryCommands(program);
registerAnalyzeCommand(program);

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64');
  return n;
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.code.startsWith('kg.')) console.error(err.message);
    process.exit(err.exitCode === 0 ? 0 : 2);
  }
  if (err instanceof ConnectionError) {
    console.error(`kg: ${err.message}`);
    process.exit(1);
  }
  console.error(`kg: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
