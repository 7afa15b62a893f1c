/**
 * Headless Chromium for the view's tests, benchmark and screenshots: Debian's
 * chromium package driven by playwright-core. Never downloads a browser.
 * Install: apt-get update && apt-get install -y chromium
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumMissing extends Error {}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile in a temporary folder, removed on close. `env`
 * adds to the browser's environment (e.g. FONTCONFIG_FILE for a machine
 * without CJK fonts).
 */
export async function launchChromium(viewport = { width: 1400, height: 900 }, env: Record<string, string> = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new ChromiumMissing(
      `Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    env: { ...process.env, ...env } as Record<string, string>,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ViewState {
  nodes: number;
  edges: number;
  ready: boolean;
  /** From navigation start: the cytoscape instance holds all elements. */
  createMs: number | null;
  /** The hub layout's own computation (null with fcose). */
  hubLayoutMs: number | null;
  /** From navigation start: positions set. */
  layoutMs: number | null;
  /** From navigation start: the first frame drawn after the layout. */
  firstRenderMs: number | null;
  /** Names drawn by the last label placement, and how long it took. */
  labels: number;
  labelMs: number | null;
  /** CJK characters have no glyph in any installed font: names draw as boxes. */
  cjkMissing: boolean | null;
}

/** The error a picture or check must stop with when names would draw as boxes. */
export const NO_CJK_FONT =
  'Chinese names render as missing-glyph boxes: no installed font has CJK glyphs. Install one: apt-get install fonts-noto-cjk (or fonts-wqy-microhei)';

/** Wait until the page's graph has been laid out and drawn once. */
export async function waitForView(page: Page, timeout = 120_000): Promise<ViewState> {
  await page.waitForFunction(() => (window as unknown as { __kgView?: ViewState }).__kgView?.ready === true, null, {
    timeout,
    polling: 100,
  });
  return page.evaluate(() => (window as unknown as { __kgView: ViewState }).__kgView);
}
