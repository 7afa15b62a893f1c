/**
 * The view at scale, in Debian's chromium: unlinked nodes hidden behind a
 * toggle, the event-date filter, size by PageRank and colour by community,
 * the ego view by clicking (on the hand-built corpus of tests/analyze, whose
 * figures are known); names placed by importance without overlapping on the
 * dev corpus; and the missing-CJK-font check, with chromium given no CJK font.
 * Fails, never skips, when chromium is missing (the dev-corpus part is skipped
 * without the corpus).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, NO_CJK_FONT, waitForView, type Browser } from '../../src/visualize/browser.js';
import { renderHtml } from '../../src/visualize/html.js';
import { viewFromDocument } from '../../src/visualize/model.js';
import { paletteForView } from '../../src/visualize/palette.js';
import { viewFromRecords } from '../../src/visualize/query.js';
import { extractGraph } from '../../src/workflows/extract.js';
import { P, eventId, handBuiltGraph } from '../analyze/corpus.js';
import { DEV_ARTICLES, describeWithDevCorpus } from '../helpers/corpus.js';

const OUT = resolve('tests/output');
let browser: Browser;
let setupError: unknown = null;
const pageErrors: string[] = [];

beforeAll(async () => {
  try {
    mkdirSync(OUT, { recursive: true });
    browser = await launchChromium();
  } catch (err) {
    setupError = err;
  }
});
beforeEach(() => {
  if (setupError) throw setupError;
});
afterAll(async () => {
  await browser?.close();
});

async function open(file: string, html: string, on: Browser = browser): Promise<Page> {
  writeFileSync(file, html);
  const page = await on.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
  await waitForView(page, 120_000);
  return page;
}

const visibleIds = (page: Page) => page.evaluate(() => (window as any).__kgCy.nodes().not('.hidden').map((n: any) => n.id()).sort() as string[]);

async function clickNode(page: Page, id: string) {
  const point = await page.evaluate((nodeId) => {
    const cy = (window as any).__kgCy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector(`#panel[data-node="${id}"]`, { timeout: 5_000 });
}

describe('view of the hand-built corpus', () => {
  const doc = handBuiltGraph();
  const all = doc.nodes.map((n) => n.id);
  const E = (k: 'e1' | 'e2' | 'e3' | 'e4' | 'e5' | 'e6') => eventId(k);
  let page: Page;
  beforeAll(async () => {
    if (!setupError) page = await open(join(OUT, 'hand-built-graph.html'), renderHtml(viewFromDocument(doc)));
  });

  it('hides the byline (a person at no event) until asked', async () => {
    expect(await visibleIds(page)).toEqual(all.filter((id) => id !== P.R).sort());
    expect(await page.textContent('#unlinked-count')).toBe('1');
    await page.check('#unlinked');
    expect(await visibleIds(page)).toEqual([...all].sort());
    await page.uncheck('#unlinked');
    expect(pageErrors).toEqual([]);
  });

  it('filters events by date, and what is tied only to them', async () => {
    const shown = all.filter((id) => id !== P.R);
    // from 2023-01-01: e4 (2022-11-20) goes; e3 (03-01) and e5 (no date) count as undated and stay
    await page.fill('#date-from', '2023-01-01');
    await page.dispatchEvent('#date-from', 'change');
    expect(await visibleIds(page)).toEqual(shown.filter((id) => id !== E('e4')).sort());
    // without undated events: e3 and e5 go too; 钱五 and 孙六 were only at e4 and e5
    await page.uncheck('#undated');
    expect(await visibleIds(page)).toEqual(shown.filter((id) => ![E('e4'), E('e3'), E('e5'), P.E, P.F].includes(id)).sort());
    // to 2023-01-31 as well: e2 and e6 go; 赵四 (e4 e5 e6), 周七 (e3 e6) and 丙市 (e6) are left with nothing
    await page.fill('#date-to', '2023-01-31');
    await page.dispatchEvent('#date-to', 'change');
    expect(await visibleIds(page)).toEqual([P.A, P.B, P.C, E('e1'), 'location:甲市', 'location:乙县'].sort());
    // back to everything
    await page.check('#undated');
    await page.fill('#date-from', '2022-11-20');
    await page.dispatchEvent('#date-from', 'change');
    await page.fill('#date-to', '2023-04-01');
    await page.dispatchEvent('#date-to', 'change');
    expect(await visibleIds(page)).toEqual(shown.sort());
  });

  it('sizes persons by PageRank and colours them by community', async () => {
    await page.check('input[name="size"][value="pagerank"]');
    await page.check('input[name="colour"][value="community"]');
    const got = await page.evaluate((ids) => {
      const cy = (window as any).__kgCy;
      return ids.map((id: string) => ({ width: cy.getElementById(id).width(), colour: cy.getElementById(id).style('background-color') }));
    }, [P.A, P.B, P.X, P.D, E('e1')]);
    const [a, b, x, d, e1] = got;
    expect(a!.width).toBeGreaterThan(b!.width); // 0.176 > 0.142 > 0.081
    expect(b!.width).toBeGreaterThan(x!.width);
    expect(a!.width).toBe(d!.width);
    expect(a!.colour).toBe(b!.colour); // one triangle, one community
    expect(a!.colour).not.toBe(d!.colour);
    const background = paletteForView().communityBackground.fill; // events are not in the network
    expect(e1!.colour).toBe(`rgb(${[1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16)).join(',')})`);
    expect(await page.isVisible('#communities')).toBe(true);
    expect(await page.textContent('#communities')).toContain('张一');
    await page.check('input[name="size"][value="degree"]');
    await page.check('input[name="colour"][value="label"]');
    expect(await page.isVisible('#communities')).toBe(false);
  });

  it('a clicked person shows their network figures and opens their ego view', async () => {
    await clickNode(page, P.X);
    const panel = await page.textContent('#panel-body');
    expect(panel).toContain('#7 of 7'); // the lowest PageRank, the highest betweenness
    expect(panel).toContain('0.600');
    await page.click('#panel-body .ego');
    // 周七, its two meetings whole (e3: 张一; e6: 赵四, 丙市)
    expect(await visibleIds(page)).toEqual([P.X, P.A, P.D, E('e3'), E('e6'), 'location:丙市'].sort());
    expect(await page.isVisible('#ego-bar')).toBe(true);
    await page.click('#ego-exit');
    expect(await visibleIds(page)).toEqual(all.filter((id) => id !== P.R).sort());
    expect(pageErrors).toEqual([]);
  });
});

describe('view of a query’s result (figures from `kg analyze --write` as node properties)', () => {
  it('sizes by the stored pagerank and colours by the stored community', async () => {
    const { Node, Relationship } = neo4j.types;
    const person = (i: number, name: string, pagerank: number, community: number) =>
      new Node(neo4j.int(i), ['Person'], { id: `person:${name}`, name, pagerank, betweenness: 0, community: neo4j.int(community), eventCount: neo4j.int(1) }, `n${i}`);
    const nodes = [person(1, '甲一', 0.5, 0), person(2, '乙二', 0.3, 0), person(3, '丙三', 0.2, 1)];
    const event = new Node(neo4j.int(9), ['Event'], { id: 'event:e', name: '会议', date: '2023-01-01' }, 'n9');
    const record = (values: Record<string, unknown>) => ({ keys: Object.keys(values), get: (k: PropertyKey) => values[k as string] });
    const records = nodes.map((p, i) => record({ p, r: new Relationship(neo4j.int(20 + i), p.identity, event.identity, 'ATTENDED', {}, `r${i}`, p.elementId, 'n9'), e: event }));
    const page = await open(join(OUT, 'query-graph.html'), renderHtml(viewFromRecords({ records }, 'q')));
    await page.check('input[name="size"][value="pagerank"]');
    await page.check('input[name="colour"][value="community"]');
    const [a, b, c] = await page.evaluate(
      (ids) => ids.map((id: string) => ({ width: (window as any).__kgCy.getElementById(id).width(), colour: (window as any).__kgCy.getElementById(id).style('background-color') })),
      ['person:甲一', 'person:乙二', 'person:丙三'],
    );
    expect(a!.width).toBeGreaterThan(b!.width);
    expect(b!.width).toBeGreaterThan(c!.width);
    expect(a!.colour).toBe(b!.colour);
    expect(a!.colour).not.toBe(c!.colour);
    expect(await page.textContent('#communities')).toContain('甲一、乙二');
    expect(pageErrors).toEqual([]);
  });
});

describeWithDevCorpus('view of the dev corpus', () => {
  let page: Page;
  let topPerson: string;
  beforeAll(async () => {
    if (setupError) return;
    const { graph } = await extractGraph([DEV_ARTICLES], { workers: 0 });
    const view = viewFromDocument(graph);
    topPerson = view.nodes.filter((n) => n.metrics).sort((a, b) => b.metrics!.pagerank - a.metrics!.pagerank)[0]!.id;
    page = await open(join(OUT, 'dev-graph.html'), renderHtml(view));
  }, 300_000);

  /** The names drawn: node, font size on screen, and the label's box on screen. */
  const drawnNames = () =>
    page.evaluate(() => {
      const cy = (window as any).__kgCy;
      return cy.nodes('.labelled').map((n: any) => ({
        id: n.id(),
        px: parseFloat(n.renderedStyle('font-size')),
        box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      })) as { id: string; px: number; box: { x1: number; y1: number; x2: number; y2: number } }[];
    });

  it('opens with readable names: the most important first, none overlapping', async () => {
    const names = await drawnNames();
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names.map((n) => n.id)).toContain(topPerson);
    for (const n of names) expect(n.px).toBeGreaterThanOrEqual(11.5);
    const overlaps: string[] = [];
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i]!.box, b = names[j]!.box;
        // 1 px of slack for anti-aliasing and the outline
        if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) overlaps.push(`${names[i]!.id} / ${names[j]!.id}`);
      }
    expect(overlaps).toEqual([]);
    await page.screenshot({ path: join(OUT, 'dev-graph.png') });
  });

  it('zooming in names lesser nodes', async () => {
    const before = new Set((await drawnNames()).map((n) => n.id));
    await page.evaluate(() => {
      const cy = (window as any).__kgCy;
      cy.zoom({ level: cy.zoom() * 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForTimeout(400);
    const after = await drawnNames();
    expect(after.filter((n) => !before.has(n.id)).length).toBeGreaterThan(5);
    for (const n of after) expect(n.px).toBeGreaterThanOrEqual(11.5);
  });
});

describe('CJK fonts', () => {
  it('the page finds the glyphs on this machine, and says so when no font has them', async () => {
    const doc = handBuiltGraph();
    const html = renderHtml(viewFromDocument(doc));
    const withFonts = await open(join(OUT, 'fonts-graph.html'), html);
    expect(await withFonts.evaluate(() => (window as any).__kgView.cjkMissing), NO_CJK_FONT).toBe(false);
    expect(await withFonts.isVisible('#font-warning')).toBe(false);

    // a fontconfig that knows only Latin fonts (or none): no CJK glyphs anywhere
    const dir = mkdtempSync(join(tmpdir(), 'kg-fonts-'));
    const latin = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'].filter((d) => existsSync(d));
    writeFileSync(
      join(dir, 'fonts.conf'),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>${latin.map((d) => `<dir>${d}</dir>`).join('')}<cachedir>${dir}/cache</cachedir></fontconfig>`,
    );
    const bare = await launchChromium(undefined, { FONTCONFIG_FILE: join(dir, 'fonts.conf') });
    try {
      const page = await open(join(OUT, 'fonts-graph-bare.html'), html, bare);
      expect(await page.evaluate(() => (window as any).__kgView.cjkMissing)).toBe(true);
      expect(await page.isVisible('#font-warning')).toBe(true);
      expect(await page.textContent('#font-warning')).toContain('fonts-noto-cjk');
    } finally {
      await bare.close();
    }
  });
});
