/**
 * Scores the extractor on any annotated corpus: extracts the articles, runs
 * the scorer (../shared/eval/score.mjs unless --scorer says otherwise) on the
 * graph document, prints its table, then core and full F1 per source group
 * (the letters an article id starts with: L01 → L, seed-a → seed).
 *
 *   npm run eval -- --gold DIR --articles DIR [--scorer FILE] [--out graph.json] [--explain]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { extractGraph } from '../src/index.js';

export const DEFAULT_SCORER = resolve(import.meta.dirname, '../../shared/eval/score.mjs');

export interface Score {
  core: { f: number; p: number; r: number };
  full: { f: number; p: number; r: number };
}

export function score(scorer: string, gold: string, pred: string, extra: string[] = []): string {
  return execFileSync('node', [scorer, '--gold', gold, '--pred', pred, ...extra], { encoding: 'utf8' });
}

/** The source group of a gold file: the letters its article id starts with. */
export const groupOf = (goldFile: string) => /^[A-Za-z]+/.exec(goldFile)?.[0] ?? '(other)';

/** Core/full per source group, each scored on a directory holding only that group's gold. */
export function scoreByGroup(scorer: string, gold: string, pred: string): Map<string, { articles: number; score: Score }> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  const groups = new Map<string, string[]>();
  for (const f of readdirSync(gold).filter((f) => f.endsWith('.gold.json')).sort()) {
    const files = groups.get(groupOf(f));
    if (files) files.push(f);
    else groups.set(groupOf(f), [f]);
  }
  const out = new Map<string, { articles: number; score: Score }>();
  for (const [group, files] of groups) {
    const groupDir = join(dir, group);
    mkdirSync(groupDir);
    for (const f of files) copyFileSync(join(gold, f), join(groupDir, f));
    out.set(group, { articles: files.length, score: JSON.parse(score(scorer, groupDir, pred, ['--json'])) as Score });
  }
  return out;
}

async function main(): Promise<void> {
  const opts = new Command('eval')
    .requiredOption('--gold <dir>', 'one <article-id>.gold.json per article')
    .requiredOption('--articles <dir>', 'the articles, named <article-id>.<ext>')
    .option('--scorer <file>', 'the scorer', DEFAULT_SCORER)
    .option('--out <file>', 'also keep the graph document here')
    .option('--explain', "the scorer's per-article misses and spurious items")
    .parse()
    .opts<{ gold: string; articles: string; scorer: string; out?: string; explain?: boolean }>();
  for (const [what, path] of [['--gold', opts.gold], ['--articles', opts.articles], ['--scorer', opts.scorer]] as const)
    if (!existsSync(path)) {
      console.error(`eval: ${what} ${path} does not exist${what === '--scorer' ? ' (the scorer sits in ../shared/eval beside the project; see README, Evaluation corpus)' : ''}`);
      process.exit(2);
    }
  const { graph, problems } = await extractGraph([opts.articles]);
  for (const p of problems) console.error(`eval: ${p.path}: ${p.reason}`);
  const pred = opts.out ?? join(mkdtempSync(join(tmpdir(), 'kg-eval-')), 'graph.json');
  writeFileSync(pred, JSON.stringify(graph));
  process.stdout.write(score(opts.scorer, opts.gold, pred, opts.explain ? ['--explain'] : []));
  for (const [group, { articles, score: s }] of scoreByGroup(opts.scorer, opts.gold, pred))
    console.log(`${group.padEnd(6)} ${String(articles).padStart(4)} articles  core F1 ${s.core.f.toFixed(3)} (P ${s.core.p.toFixed(3)} R ${s.core.r.toFixed(3)})  full F1 ${s.full.f.toFixed(3)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
