/**
 * The newcomer's way to a database without Docker, as the README and `npm
 * start`'s hint give it: `npm run neo4j` (scripts/neo4j-run.sh, in the
 * foreground) serves Bolt and Neo4j Browser, prints where Browser is with the
 * user and password, and `kg load` then connects with no credentials set,
 * because server and client read the one default in src/neo4j/local-server.env.
 * A server of the test's own, in a temp data dir, on free ports (7474 itself
 * when it is free, as a user would get it).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.js';
import { REPO } from '../helpers/neo4j-paths.js';

const LOCAL = parseEnv(readFileSync(join(REPO, 'src/neo4j/local-server.env'), 'utf8'));
const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/** The environment of a user who set nothing: no NEO4J_* variable at all. */
const bareEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));

const dataDir = mkdtempSync(join(tmpdir(), 'news-kg-local-neo4j-'));
let server: ChildProcess | undefined;
afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('npm run neo4j, then kg load, with nothing configured', () => {
  it('serves Browser, names the user and password, and kg connects with the same default', async () => {
    const bolt = await freePort();
    const http = (await portFree(7474)) ? 7474 : await freePort();
    const env = { ...bareEnv(), NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(bolt), ...(http === 7474 ? {} : { NEO4J_HTTP_PORT: String(http) }) };
    server = spawn('bash', [join(REPO, 'scripts/neo4j-run.sh')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const browserLine = await new Promise<string>((resolve, reject) => {
      server!.stdout!.on('data', (d: Buffer) => {
        out += d;
        // A whole line only: a chunk can end in the middle of one.
        const line = out.split('\n').slice(0, -1).find((l) => l.startsWith('Neo4j Browser:'));
        if (line) resolve(line);
      });
      server!.stderr!.on('data', (d: Buffer) => (out += d));
      server!.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    expect(browserLine).toBe(`Neo4j Browser: http://127.0.0.1:${http}/browser/  (connect URL bolt://127.0.0.1:${bolt}, user neo4j, password ${LOCAL.NEO4J_PASSWORD})`);
    const page = await fetch(`http://127.0.0.1:${http}/browser/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>Neo4j Browser<\/title>/);

    const load = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile('npx', ['tsx', 'src/cli/main.ts', 'load', 'data/sample', '--uri', `bolt://127.0.0.1:${bolt}`], { cwd: REPO, env: bareEnv(), timeout: 180_000 }, (err, _o, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
      ),
    );
    expect(load.stderr).toMatch(/nodes: \d+ \(\d+ created/);
    expect(load.code).toBe(0);
  }, 400_000);
});
