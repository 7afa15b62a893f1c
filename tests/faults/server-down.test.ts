/**
 * Neo4j not there when a command starts: `kg load` fails fast with one line
 * on stderr and exit code 1 (no stack trace, no password), whatever "not
 * there" means — nothing listening, a name that does not resolve, a bad URI,
 * something on the port that is not Bolt. `kg run` still writes the graph
 * document and only skips the load. No database needed.
 */
import { mkdtempSync, existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../helpers/graphs.js';
import { freePort, kg, nonEmptyLines, type RunResult } from './helpers.js';

const PASSWORD = 'Srv-Down-Secret-pw-5531';
const env = (uri: string): NodeJS.ProcessEnv => ({ ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: '' });

function expectOneLineFailure(r: RunResult, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(nonEmptyLines(r.stderr), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stdout + r.stderr).not.toContain(PASSWORD);
}

const servers: Server[] = [];
const sockets: Socket[] = [];
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

/** A TCP server on a free port that does `onConnection` with every client. */
async function fakeServer(onConnection: (sock: Socket) => void): Promise<number> {
  const port = await freePort();
  const srv = createServer((sock) => {
    sockets.push(sock);
    sock.on('error', () => undefined);
    onConnection(sock);
  });
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(port, '127.0.0.1', r));
  return port;
}

describe.concurrent('Neo4j down when the command starts', () => {
  it('nothing listening on the port: one line, exit 1', async () => {
    const port = await freePort();
    expectOneLineFailure(await kg(['load', SAMPLE], env(`bolt://127.0.0.1:${port}`)), /^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: is the server running/);
  });

  it('a host name that does not resolve: one line, exit 1', async () => {
    expectOneLineFailure(await kg(['load', SAMPLE], env('neo4j://no-such-host.invalid:7687')), /^kg: cannot reach Neo4j at neo4j:\/\/no-such-host\.invalid:7687/);
  });

  it('a URI that is not a Neo4j URI: one line, exit 1', async () => {
    expectOneLineFailure(await kg(['load', SAMPLE], env('http://127.0.0.1:7474')), /^kg: (invalid NEO4J_URI|cannot reach Neo4j)/);
  });

  it('a password inside the URI is never shown', async () => {
    const port = await freePort();
    const r = await kg(['load', SAMPLE], env(`bolt://neo4j:${PASSWORD}@127.0.0.1:${port}`));
    expectOneLineFailure(r, /^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
  });

  it('something on the port that hangs up at once: one line, exit 1', async () => {
    const port = await fakeServer((sock) => sock.destroy());
    expectOneLineFailure(await kg(['load', SAMPLE], env(`bolt://127.0.0.1:${port}`)), /^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
  });

  it('something on the port that answers garbage: one line, exit 1', async () => {
    const port = await fakeServer((sock) => sock.once('data', () => sock.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
    expectOneLineFailure(await kg(['load', SAMPLE], env(`bolt://127.0.0.1:${port}`)), /^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: that port speaks HTTP, not Bolt/);
  });

  it('something on the port that never answers: gives up within the connection timeout, one line, exit 1', async () => {
    const port = await fakeServer(() => undefined);
    const t0 = Date.now();
    const r = await kg(['load', SAMPLE], env(`bolt://127.0.0.1:${port}`));
    expectOneLineFailure(r, /^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: no Bolt answer within 20 s/);
    expect(Date.now() - t0).toBeLessThan(50_000); // 20 s acquisition timeout, not the driver default of 60 s
  }, 120_000);

  it('`kg run` still writes the graph document and says the load was skipped (exit 0)', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'news-kg-faults-run-'));
    const out = join(dir, 'graph.json');
    const r = await kg(['run', '-o', out, '--workers', '0', SAMPLE], env(`bolt://127.0.0.1:${port}`));
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stderr).toMatch(/kg: not loaded into Neo4j \(cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });
});
