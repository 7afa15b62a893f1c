/**
 * `npm run screenshot:browser`: the README's picture of Neo4j Browser with
 * cypher/style.grass applied. Starts a throwaway local server (scripts/neo4j-start.sh,
 * with NEO4J_HTTP_PORT so the launcher also serves Browser at /browser/) on free
 * ports and a temporary data dir, loads data/sample, opens Browser in headless
 * chromium, connects, applies the style with `:style <grass>`, runs the query and
 * writes docs/neo4j-browser.png (or --out). Stops the server and removes the data dir.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../src/visualize/browser.js';
import { freePort } from './free-port.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/neo4j-browser.png' },
    query: { type: 'string', default: 'MATCH p=(:Person)-[r]->(e:Event) RETURN p LIMIT 40' },
    data: { type: 'string', default: 'data/sample' },
  },
});
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const out = resolve(values.out!);

/** A port that was free a moment ago (the OS picks it). */

const boltPort = await freePort();
let httpPort = await freePort();
while (httpPort === boltPort) httpPort = await freePort();
const password = 'browser-shot-pw';
const dataDir = mkdtempSync(join(tmpdir(), 'kg-neo4j-browser-'));
const env = {
  ...process.env,
  NEO4J_DATA_DIR: dataDir,
  NEO4J_BOLT_PORT: String(boltPort),
  NEO4J_HTTP_PORT: String(httpPort),
  NEO4J_PASSWORD: password,
};
const run = (cmd: string, args: string[], extra: Record<string, string> = {}) =>
  execFileSync(cmd, args, { cwd: root, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim();

/** The grass file on one line: `:style` takes it as its argument. */
function grassOneLine(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

try {
  const boltUri = run('bash', ['scripts/neo4j-start.sh']);
  console.error(`server: ${boltUri}, browser http://127.0.0.1:${httpPort}/browser/`);
  run('npx', ['tsx', 'src/cli/main.ts', 'load', values.data!], { NEO4J_URI: boltUri, NEO4J_USERNAME: 'neo4j' });

  const browser = await launchChromium({ width: 1440, height: 900 });
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${httpPort}/browser/?dbms=bolt://127.0.0.1:${boltPort}`, { waitUntil: 'load' });

    // Connect form (Browser 5.x).
    await page.fill('[data-testid="boltaddress"]', `127.0.0.1:${boltPort}`);
    await page.fill('[data-testid="username"]', 'neo4j');
    await page.fill('[data-testid="password"]', password);
    await page.click('[data-testid="connect"]');
    await page.waitForSelector('[data-testid="disconnectedBanner"]', { state: 'detached', timeout: 30_000 });
    // Browser opens its `:play start` guide once connected; let it, then clear it away.
    await page
      .waitForSelector('[data-testid="frameCommand"]:has-text(":play start")', { timeout: 10_000 })
      .catch(() => undefined);

    /** Types a command into the main editor and runs it. */
    const exec = async (cmd: string) => {
      await page.click('[data-testid="activeEditor"]');
      await page.keyboard.insertText(cmd);
      await page.keyboard.press('Control+Enter');
      await page.waitForTimeout(500);
    };
    await exec(`:style ${grassOneLine(join(root, 'cypher/style.grass'))}`);
    await exec(':clear');
    // Dismiss the usage-data notice so the result frame sits under the editor.
    await page
      .locator('div:has-text("To help make Neo4j Browser better") > button')
      .first()
      .click({ timeout: 3000 })
      .catch(() => undefined);
    await exec(values.query!);

    // Wait for the graph to be drawn, then for the force layout to settle.
    await page.waitForFunction(() => document.querySelectorAll('svg g.node').length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(4000);
    const nodes = await page.evaluate(() => document.querySelectorAll('svg g.node').length);
    mkdirSync(dirname(out), { recursive: true });
    // The picture: Browser down to the bottom of the result frame.
    const frame = await page.locator('[data-testid="frame"]').first().boundingBox();
    const height = frame ? Math.min(900, Math.ceil(frame.y + frame.height + 12)) : 900;
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1440, height } });
    console.error(`wrote ${out} (${nodes} nodes drawn)`);
  } finally {
    await browser.close();
  }
} finally {
  try {
    run('bash', ['scripts/neo4j-stop.sh']);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
