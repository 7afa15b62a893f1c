/**
 * The live Neo4j server the load and export tests run against (no mocked
 * driver). NEO4J_TEST_URI (or NEO4J_URI) picks an existing server — it gets
 * wiped, so never point it at data you want to keep; otherwise the local
 * server is started with scripts/neo4j-start.sh in a per-checkout data
 * directory under the OS temp dir, and stopped by the global teardown
 * (tests/helpers/neo4j-global-setup.ts).
 *
 * Community edition has one user database, so test files that use it take a
 * cross-process lock for their whole run (vitest runs files in parallel) and
 * tests wipe it as they need.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { LOCK, REPO, STARTED_MARKER, TEST_DATA_DIR } from './neo4j-paths.js';
import { freePort } from '../../scripts/free-port.js';

export { REPO };

/** The test server's own password (not the local default of src/neo4j/local-server.env). */
const TEST_PASSWORD = 'newskg-test-pw';

export interface TestServer {
  uri: string;
  username: string;
  password: string;
  driver: Driver;
  /** Environment for a `kg` child process pointed at this server. */
  env: NodeJS.ProcessEnv;
  wipe(): Promise<void>;
  /** Node and relationship counts, total and per label / type. */
  counts(): Promise<Counts>;
  query<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

export interface Counts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

const exec = promisify(execFile);


function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function lock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      const pid = Number(existsSync(join(LOCK, 'pid')) ? readFileSync(join(LOCK, 'pid'), 'utf8') : NaN);
      if (Number.isFinite(pid) && !alive(pid)) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function unlock(): void {
  rmSync(LOCK, { recursive: true, force: true });
}

async function serverUri(): Promise<{ uri: string; password: string }> {
  const given = process.env.NEO4J_TEST_URI ?? process.env.NEO4J_URI;
  const password = process.env.NEO4J_TEST_PASSWORD ?? process.env.NEO4J_PASSWORD ?? TEST_PASSWORD;
  if (given) return { uri: given, password };
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  const port = await freePort(); // used only when no server is running yet
  const { stdout } = await exec('bash', [join(REPO, 'scripts/neo4j-start.sh')], {
    env: { ...process.env, NEO4J_DATA_DIR: TEST_DATA_DIR, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: TEST_PASSWORD },
    timeout: 300_000,
  });
  writeFileSync(STARTED_MARKER, '');
  return { uri: stdout.trim().split('\n').pop()!, password: TEST_PASSWORD };
}

/** Registers beforeAll/afterAll for a test file; call the returned function inside tests. */
export function useNeo4j(): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    await lock();
    const { uri, password } = await serverUri();
    const username = process.env.NEO4J_TEST_USERNAME ?? process.env.NEO4J_USERNAME ?? 'neo4j';
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
    await driver.verifyConnectivity();
    const query = async <T>(cypher: string, params: Record<string, unknown> = {}) => {
      const res = await driver.executeQuery(cypher, params);
      return res.records.map((r) => r.toObject() as T);
    };
    server = {
      uri,
      username,
      password,
      driver,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NEO4J_DATABASE: '' },
      query,
      async wipe() {
        // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
        const s = driver.session();
        try {
          await s.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
        } finally {
          await s.close();
        }
      },
      async counts() {
        const labels: Record<string, number> = {};
        for (const r of await query<{ l: string; c: number }>('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c')) labels[r.l] = Number(r.c);
        const types: Record<string, number> = {};
        for (const r of await query<{ t: string; c: number }>('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c')) types[r.t] = Number(r.c);
        const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
        const [n] = await query<{ c: number }>('MATCH (n) RETURN count(n) AS c');
        return { nodes: Number(n!.c), relationships: sum(types), labels, types };
      },
    };
  }, 900_000); // waits for other files holding the server, then maybe a cold start
  afterAll(async () => {
    await server?.driver.close();
    unlock();
  });
  return () => {
    if (!server) throw new Error('useNeo4j: server not ready (beforeAll failed?)');
    return server;
  };
}
