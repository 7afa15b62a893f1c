/** `kg load` as a child process: the happy path, and one-line errors with exit code 1. */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useNeo4j, REPO } from '../helpers/neo4j.js';
import { SAMPLE, expectedCounts, sampleGraph } from '../helpers/graphs.js';

const server = useNeo4j();

function kg(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: REPO, env, timeout: 180_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim());

describe('kg load (CLI, live Neo4j)', () => {
  it('loads articles into Neo4j and prints a summary', async () => {
    await server().wipe();
    const r = await kg(['load', SAMPLE], server().env);
    expect(r.stderr).toMatch(/nodes: \d+ \(\d+ created/);
    expect(r.code).toBe(0);
    expect(await server().counts()).toEqual(expectedCounts(await sampleGraph()));
    const again = await kg(['load', '--wipe', SAMPLE], server().env);
    expect(again.code).toBe(0);
    expect(await server().counts()).toEqual(expectedCounts(await sampleGraph()));
  }, 240_000); // two CLI runs, each extracting and loading: minutes on a busy shared machine

  it('works with a routing URI (neo4j://), as for a cluster or Aura (neo4j+s://)', async () => {
    await server().wipe();
    const routing = server().uri.replace(/^bolt:/, 'neo4j:');
    const r = await kg(['load', SAMPLE], { ...server().env, NEO4J_URI: routing });
    expect(r.code, r.stderr).toBe(0);
    expect(await server().counts()).toEqual(expectedCounts(await sampleGraph()));
  }, 180_000);

  it('--schema-only applies the constraints and indexes and writes no data; no inputs without it is a usage error', async () => {
    await server().wipe();
    const r = await kg(['load', '--schema-only'], server().env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^schema: \d+ constraints and indexes applied; 0 empty lists set\n$/);
    expect((await server().counts()).nodes).toBe(0);
    const [keys] = await server().query<{ n: number }>("SHOW INDEXES YIELD name WHERE name ENDS WITH '_key' RETURN count(*) AS n");
    expect(Number(keys!.n)).toBeGreaterThan(0);
    const none = await kg(['load'], server().env);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('kg: load needs inputs (or --schema-only)\n');
  });

  it('a reload of unchanged articles says nothing was written', async () => {
    await server().wipe();
    expect((await kg(['load', SAMPLE], server().env)).code).toBe(0);
    const again = await kg(['load', SAMPLE], server().env);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^articles: 2 \(2 already loaded: 2 unchanged and skipped, 0 changed and their facts replaced\)$/m);
    expect(again.stderr).toMatch(/^nodes: \d+ \(all stored already, none written\)$/m);
    expect(again.stderr).toMatch(/^relationships: \d+ \(all stored already, none written\)$/m);
  }, 240_000);

  it('a wrong password gives one clear line, exit code 1, and never prints the password', async () => {
    const password = 'definitely-Wrong-pw-4711';
    const r = await kg(['load', SAMPLE], { ...server().env, NEO4J_PASSWORD: password });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg: Neo4j at .* rejected the user name or password/);
    expect(r.stderr + r.stdout).not.toContain(password);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreachable server gives one clear line and exit code 1', async () => {
    const r = await kg(['load', SAMPLE], { ...server().env, NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(r.stderr).not.toContain(server().password);
  });

  it('flags override the environment', async () => {
    const r = await kg(['load', '--uri', 'bolt://127.0.0.1:1', SAMPLE], server().env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bolt://127.0.0.1:1');
  });
});
