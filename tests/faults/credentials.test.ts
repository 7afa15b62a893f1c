/**
 * The password never shows: every CLI path that talks to (or could talk to)
 * Neo4j runs with a distinctive password — the right one for a user made for
 * this test, and a wrong one — given through the environment, --password, a
 * .env file or inside the URI, and stdout + stderr never contain it.
 * .env.example holds placeholders only.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../helpers/graphs.js';
import { useNeo4j } from '../helpers/neo4j.js';
import { REPO, kg, nonEmptyLines, until, type RunResult } from './helpers.js';

const server = useNeo4j();
const USER = 'faults_cred_user';
const RIGHT = 'Rt-Cred-Secret-9c1e-XYZ';
const WRONG = 'Wr-Cred-Secret-77ab-QRS';

let dir = '';
let graphFile = '';

const env = (password: string | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: server().uri, NEO4J_USERNAME: USER, NEO4J_USER: USER, NEO4J_DATABASE: '', ...extra };
  if (password === undefined) delete e.NEO4J_PASSWORD;
  else e.NEO4J_PASSWORD = password;
  return e;
};

function expectNoSecret(r: RunResult): void {
  for (const secret of [RIGHT, WRONG]) {
    expect(r.stdout, 'stdout').not.toContain(secret);
    expect(r.stderr, 'stderr').not.toContain(secret);
  }
}

function expectRejected(r: RunResult): void {
  expect(r.code, r.stderr).toBe(1);
  expect(nonEmptyLines(r.stderr), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/rejected the user name or password for user "faults_cred_user"/);
  expectNoSecret(r);
}

beforeAll(async () => {
  await server().driver.executeQuery(`CREATE OR REPLACE USER ${USER} SET PASSWORD $pw CHANGE NOT REQUIRED`, { pw: RIGHT }, { database: 'system' });
  dir = mkdtempSync(join(tmpdir(), 'news-kg-faults-cred-'));
  const r = await kg(['extract', '--workers', '0', '-o', join(dir, 'graph.json'), SAMPLE], env(RIGHT));
  expect(r.code, r.stderr).toBe(0);
  expectNoSecret(r);
  graphFile = join(dir, 'graph.json');
}, 180_000);

afterAll(async () => {
  await server().driver.executeQuery(`DROP USER ${USER} IF EXISTS`, {}, { database: 'system' }).catch(() => undefined);
});

describe('credentials never appear in output', () => {
  it('kg load with the right password (environment, with query debugging on)', async () => {
    await server().wipe();
    const r = await kg(['load', graphFile], env(RIGHT, { KG_DEBUG_QUERIES: '1' }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/nodes: \d+/);
    expectNoSecret(r);
  });

  it('kg load with the right password as --password, and from a .env file', async () => {
    const flag = await kg(['load', '--password', RIGHT, graphFile], env(undefined));
    expect(flag.code, flag.stderr).toBe(0);
    expectNoSecret(flag);
    const cwd = mkdtempSync(join(tmpdir(), 'news-kg-faults-dotenv-'));
    writeFileSync(join(cwd, '.env'), `NEO4J_PASSWORD=${RIGHT}\n`);
    const dotenv = await kg(['load', graphFile], env(undefined), cwd);
    expect(dotenv.code, dotenv.stderr).toBe(0);
    expectNoSecret(dotenv);
  });

  it('kg load with a wrong password: environment, --password, .env, and inside the URI', async () => {
    expectRejected(await kg(['load', graphFile], env(WRONG)));
    expectRejected(await kg(['load', '--password', WRONG, graphFile], env(RIGHT)));
    const cwd = mkdtempSync(join(tmpdir(), 'news-kg-faults-dotenv-'));
    writeFileSync(join(cwd, '.env'), `NEO4J_PASSWORD=${WRONG}\n`);
    expectRejected(await kg(['load', graphFile], env(undefined), cwd));
    const inUri = server().uri.replace('//', `//${USER}:${WRONG}@`);
    const r = await kg(['load', graphFile], env(WRONG, { NEO4J_URI: inUri }));
    expect(r.code).toBe(1);
    expectNoSecret(r);
  });

  it('kg load that fails after connecting (a document Neo4j cannot take) does not show it', async () => {
    const doc = JSON.parse(readFileSync(graphFile, 'utf8'));
    doc.relationships[0].properties.key = RIGHT; // refused by the loader; the value must not be echoed either
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(doc));
    const r = await kg(['load', bad], env(RIGHT));
    expect(r.code).toBe(1);
    expectNoSecret(r);
  });

  it('kg run (extract, then load when a server answers) with the right and a wrong password', async () => {
    // The wrong passwords above trip Neo4j's login rate limit for this user for a few seconds.
    await until('the login rate limit to lift', async () => {
      const d = neo4j.driver(server().uri, neo4j.auth.basic(USER, RIGHT));
      try {
        await d.executeQuery('RETURN 1');
        return true;
      } finally {
        await d.close();
      }
    }, 60_000, 1000);
    const ok = await kg(['run', '--workers', '0', '-o', join(dir, 'run.json'), SAMPLE], env(RIGHT), dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/nodes: \d+/);
    expectNoSecret(ok);
    const bad = await kg(['run', '--workers', '0', '-o', join(dir, 'run.json'), SAMPLE], env(WRONG), dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/rejected the user name or password/);
    expectNoSecret(bad);
  });

  it('kg export, kg extract and kg viz with the password in the environment', async () => {
    for (const args of [
      ['export', '-f', 'cypher', '-o', join(dir, 'g.cypher'), graphFile],
      ['export', '-f', 'graphml', graphFile],
      ['extract', '--workers', '0', SAMPLE],
      ['viz', '-o', join(dir, 'g.html'), graphFile],
      ['viz', '--query', 'no-such-query', '-o', join(dir, 'q.html')],
    ]) {
      // None of these log in (viz --query stops at the unknown query), so one password is enough.
      expectNoSecret(await kg(args, env(RIGHT)));
    }
    expect(readFileSync(join(dir, 'g.cypher'), 'utf8')).not.toContain(RIGHT);
    expect(readFileSync(join(dir, 'g.html'), 'utf8')).not.toContain(RIGHT);
  });
});

describe('.env.example', () => {
  const text = readFileSync(join(REPO, '.env.example'), 'utf8');
  const vars = parseEnv(text);

  it('names the four connection settings', () => {
    expect(Object.keys(vars).sort()).toEqual(['NEO4J_DATABASE', 'NEO4J_PASSWORD', 'NEO4J_URI', 'NEO4J_USERNAME']);
  });

  it('holds placeholders only: no real password, no credentials in the URI', () => {
    expect(vars.NEO4J_PASSWORD).toMatch(/change|placeholder|example|your|xxx/i);
    expect(vars.NEO4J_PASSWORD).not.toBe('newskg-test-pw'); // the local test server's password
    expect(vars.NEO4J_URI).not.toMatch(/\/\/[^/]*@/);
    expect(vars.NEO4J_URI).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/);
  });

  it('.env itself is ignored by git', () => {
    expect(readFileSync(join(REPO, '.gitignore'), 'utf8').split('\n')).toContain('.env');
  });
});
