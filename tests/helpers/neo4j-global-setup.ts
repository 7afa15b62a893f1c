/**
 * Vitest global setup: nothing at start (the server starts lazily, only when a
 * test file asks for it through useNeo4j); at the end, stops the local server
 * if the tests started it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, STARTED_MARKER, TEST_DATA_DIR } from './neo4j-paths.js';

export default function setup(): () => void {
  return () => {
    if (!existsSync(STARTED_MARKER)) return;
    rmSync(STARTED_MARKER, { force: true });
    execFileSync('bash', [join(REPO, 'scripts/neo4j-stop.sh')], { env: { ...process.env, NEO4J_DATA_DIR: TEST_DATA_DIR }, stdio: 'inherit' });
  };
}
