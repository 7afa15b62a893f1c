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
import { extractGraph } from '../workflows/extract.js';
import { summarize } from './summary.js';
import { registerVizCommand } from '../visualize/command.js';

const program = new Command()
  .name('kg')
  .description('Knowledge graphs from Chinese government and party meeting news')
  .version(process.env.npm_package_version ?? '0.1.0')
  .exitOverride();

program
  .command('extract')
  .description('read articles (files or directories) and write the graph document')
  .argument('<inputs...>', '.txt/.md (optional YAML front matter), .json/.jsonl records, .html')
  .option('-o, --out <file>', 'where to write the graph document (default: standard output)')
  .option('--strict', 'stop at the first input that cannot be read')
  .option('-w, --workers <n>', 'worker threads (0: analyse in the main thread)', parseWorkers, availableParallelism())
  .action(async (inputs: string[], opts: { out?: string; strict?: boolean; workers: number }) => {
    const { graph, problems } = await extractGraph(inputs, {
      strict: opts.strict,
      workers: opts.workers,
      onProblem: (p) => console.error(`kg: ${p.path}: ${p.reason}`),
    });
    const json = JSON.stringify(graph, null, 1);
    if (opts.out) {
      await mkdir(dirname(opts.out), { recursive: true });
      await writeFile(opts.out, json + '\n');
    }
    else process.stdout.write(json + '\n');
    console.error(summarize(graph, problems));
    process.exitCode = problems.length ? 1 : 0;
  });

registerVizCommand(program);

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64');
  return n;
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  console.error(`kg: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
