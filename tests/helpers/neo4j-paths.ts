/** Paths shared by the Neo4j test helper and the global teardown (no vitest imports here). */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const key = createHash('sha1').update(REPO).digest('hex').slice(0, 10);
/** Where a test-started server keeps its data (per checkout). */
export const TEST_DATA_DIR = join(tmpdir(), `news-kg-neo4j-test-${key}`);
/** Present while a server the tests started is running: the global teardown stops it. */
export const STARTED_MARKER = join(TEST_DATA_DIR, 'started-by-tests');
/** Held by the test file using the server (one user database in Community edition). */
export const LOCK = join(tmpdir(), `news-kg-neo4j-test-${key}.lock`);
