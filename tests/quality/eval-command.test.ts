/**
 * `npm run eval -- --gold DIR --articles DIR` on a corpus of its own: two
 * articles written for the test in two source groups (A, B), with gold
 * annotated by hand. It prints the scorer's table and one line per group.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/neo4j-paths.js';
import { describeWithDevCorpus } from '../helpers/corpus.js';

const evalCommand = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile('npx', ['tsx', 'scripts/eval.ts', ...args], { cwd: REPO, timeout: 180_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );

const gold = (id: string, event: string, presider: string, speaker: string) => ({
  id,
  persons: [{ name: presider, titles: ['市长'] }, { name: speaker, titles: ['市委书记'] }],
  events: [{ name: event, aliases: [], date: null, location: null }],
  organizations: [],
  locations: [],
  policies: [],
  targets: [],
  relations: [
    { type: 'PRESIDED', from: presider, to: event },
    { type: 'SPOKE_AT', from: speaker, to: event },
    { type: 'ATTENDED', from: speaker, to: event },
  ],
});

describeWithDevCorpus('npm run eval (the shared scorer)', () => {
  it('scores any annotated corpus and prints core and full F1 per source group', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-test-'));
    const [articles, golds] = [join(dir, 'articles'), join(dir, 'gold')];
    mkdirSync(articles);
    mkdirSync(golds);
    writeFileSync(join(articles, 'A1.txt'), '全市安全生产工作会议召开。市委书记王建国出席并讲话。市长李明主持。\n');
    writeFileSync(join(articles, 'B1.txt'), '全市教育工作会议召开。市委书记赵刚出席并讲话。市长孙伟主持。\n');
    writeFileSync(join(golds, 'A1.gold.json'), JSON.stringify(gold('A1', '全市安全生产工作会议', '李明', '王建国')));
    writeFileSync(join(golds, 'B1.gold.json'), JSON.stringify(gold('B1', '全市教育工作会议', '孙伟', '赵刚')));
    const r = await evalCommand(['--gold', golds, '--articles', articles]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^articles scored: 2$/m);
    expect(r.stdout).toMatch(/^PRESIDED\s+2\s/m);
    expect(r.stdout).toMatch(/^core F1 \d\.\d{3} \(P /m);
    expect(r.stdout).toMatch(/^A\s+1 articles {2}core F1 \d\.\d{3} \(P \d\.\d{3} R \d\.\d{3}\) {2}full F1 \d\.\d{3}$/m);
    expect(r.stdout).toMatch(/^B\s+1 articles {2}core F1 /m);
  });

  it('names the missing path', async () => {
    const r = await evalCommand(['--gold', 'nowhere/gold', '--articles', 'data/sample']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('eval: --gold nowhere/gold does not exist');
  });
});
