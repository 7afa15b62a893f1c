/**
 * The HTML view in a real browser (Debian's chromium, driven by playwright-core).
 * Fails, never skips, when chromium is missing: the view is untested otherwise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/schema/graph.js';
import { launchChromium, waitForView, type Browser } from '../../src/visualize/browser.js';
import { renderHtml } from '../../src/visualize/html.js';
import { viewFromDocument } from '../../src/visualize/model.js';
import { extractGraph } from '../../src/workflows/extract.js';

const OUT = resolve('tests/output');
const SAMPLE = 'data/sample/000_260baaeb98d07a4e.txt';

let browser: Browser;
let page: Page;
let doc: GraphDocument;
const requests: string[] = [];
const pageErrors: string[] = [];

let setupError: unknown = null;

beforeAll(async () => {
  try {
    mkdirSync(OUT, { recursive: true });
    doc = (await extractGraph([SAMPLE])).graph;
    const file = join(OUT, 'sample-graph.html');
    writeFileSync(file, renderHtml(viewFromDocument(doc)));
    browser = await launchChromium(); // throws "Chromium not found … apt-get install -y chromium" when missing
    page = await browser.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await waitForView(page, 60_000);
  } catch (err) {
    setupError = err; // reported by every test below: failed, not skipped
  }
});

/** Every test fails, with the reason, when the browser could not be set up. */
beforeEach(() => {
  if (setupError) throw setupError;
});

afterAll(async () => {
  await browser?.close();
});

/** Where a node is drawn, in page coordinates. */
async function nodePoint(id: string) {
  return page.evaluate((nodeId) => {
    const cy = (window as any).__kgCy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

describe('graph view in chromium', () => {
  it('draws every node and relationship of the document', async () => {
    const state = await page.evaluate(() => (window as any).__kgView);
    expect(doc.nodes.length).toBeGreaterThan(10);
    expect(state.nodes).toBe(doc.nodes.length);
    expect(state.edges).toBe(doc.relationships.length);
    expect(state.firstRenderMs).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows a clicked node with its evidence sentence and source article', async () => {
    const rel = doc.relationships.find((r) => r.type === 'PRESIDED' || r.type === 'SPOKE_AT') ?? doc.relationships[0]!;
    const person = doc.nodes.find((n) => n.id === rel.from)!;
    const { x, y } = await nodePoint(person.id);
    await page.mouse.click(x, y);
    await page.waitForSelector('#panel.open', { timeout: 5_000 });
    expect(await page.getAttribute('#panel', 'data-node')).toBe(person.id);
    const panel = await page.textContent('#panel-body');
    expect(panel).toContain(person.name);
    expect(panel).toContain(rel.evidence[0]!.text);
    const article = doc.articles.find((a) => a.id === rel.evidence[0]!.article)!;
    expect(panel).toContain(article.title ?? article.id);
    await page.screenshot({ path: join(OUT, 'sample-graph.png') });
  });

  it('filters by label and by relationship type', async () => {
    await page.check('#unlinked'); // everything, the unlinked nodes hidden at first included
    const persons = doc.nodes.filter((n) => n.label === 'Person').length;
    await page.uncheck('#labels input[value="Person"]');
    const visible = await page.evaluate(() => (window as any).__kgCy.nodes().not('.hidden').length);
    expect(visible).toBe(doc.nodes.length - persons);
    await page.check('#labels input[value="Person"]');
    const mandates = doc.relationships.filter((r) => r.type === 'MANDATES').length;
    await page.uncheck('#types input[value="MANDATES"]');
    const edges = await page.evaluate(() => (window as any).__kgCy.edges().not('.hidden').length);
    expect(edges).toBe(doc.relationships.length - mandates);
    await page.check('#types input[value="MANDATES"]');
    await page.uncheck('#unlinked');
  });

  it('finds nodes by name in the search box', async () => {
    const target = doc.nodes.find((n) => n.label === 'Event')!;
    await page.fill('#search', target.name.slice(0, 4));
    await page.press('#search', 'Enter');
    await page.waitForSelector(`#results .result[data-id="${target.id}"]`, { timeout: 5_000 });
    expect(await page.getAttribute('#panel', 'data-node')).toBeTruthy();
    const matched = await page.evaluate(() => (window as any).__kgCy.nodes('.match').map((n: any) => n.id()));
    expect(matched).toContain(target.id);
    await page.fill('#search', '');
    await page.press('#search', 'Escape');
  });

  it('sends no request off the page', () => {
    expect(requests.length).toBeGreaterThan(0);
    const offPage = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    expect(offPage).toEqual([]);
  });
});
