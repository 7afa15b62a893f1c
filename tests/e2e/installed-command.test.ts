/**
 * `kg` as an installed command, outside the repository: `npm link` (or `npm
 * install -g .`) puts a symlink to bin/kg.mjs on PATH, so the command runs with
 * the working directory somewhere else. Done here the way npm does it: a
 * symlink named kg in a temp bin directory, run from a temp working directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../..');

describe('kg on PATH, run outside the repository', () => {
  it('extracts the bundled sample into the working directory it is run from', () => {
    const home = mkdtempSync(join(tmpdir(), 'kg-installed-'));
    const bin = join(home, 'bin');
    mkdirSync(bin);
    symlinkSync(join(REPO, 'bin/kg.mjs'), join(bin, 'kg'));
    const work = join(home, 'work');
    mkdirSync(work);
    const r = spawnSync('kg', ['extract', join(REPO, 'data/sample'), '--out', 'graph.json', '--workers', '0'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      timeout: 120_000,
    });
    expect(r.stderr).toMatch(/^articles: 2$/m);
    expect(r.status).toBe(0);
    expect(existsSync(join(work, 'graph.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(work, 'graph.json'), 'utf8')).articles).toHaveLength(2);
    const help = spawnSync('kg', ['--help'], { cwd: work, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    expect(help.stdout).toMatch(/Usage: kg/);
  });
});
