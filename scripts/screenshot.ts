/**
 * `npm run screenshot`: the README's pictures of the graph view, taken in
 * headless Debian Chromium.
 *   docs/graph-view.png      the sample page, its busiest meeting clicked so the side panel shows the evidence
 *   docs/graph-view-dev.png  the whole dev corpus (../shared/corpus/dev/articles) as it first opens
 * With inputs (`npm run screenshot -- <inputs…> [--out file.png] [--focus NAME]`)
 * one picture of those instead.
 * Fails loudly when names would render as missing-glyph boxes (no CJK font installed).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, NO_CJK_FONT, waitForView, type Browser } from '../src/visualize/browser.js';
import { buildView } from '../src/visualize/command.js';
import { renderHtml } from '../src/visualize/html.js';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DEV = resolve(root, '../shared/corpus/dev/articles');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, focus: { type: 'string' }, title: { type: 'string' } },
});

interface Shot {
  inputs: string[];
  out: string;
  title?: string;
  focus?: string;
  /** Click the busiest meeting, so the side panel shows its evidence. */
  clickHub: boolean;
}

const shots: Shot[] = positionals.length
  ? [{ inputs: positionals, out: resolve(values.out ?? 'docs/graph-view.png'), focus: values.focus, title: values.title, clickHub: true }]
  : [
      { inputs: [join(root, 'data/sample/000_260baaeb98d07a4e.txt')], out: join(root, 'docs/graph-view.png'), clickHub: true },
      { inputs: [DEV], out: join(root, 'docs/graph-view-dev.png'), title: 'news-kg: the dev corpus (114 articles)', clickHub: false },
    ];
if (!positionals.length && !existsSync(DEV)) {
  console.error(`screenshot: the dev corpus is not at ${DEV} (see README, "Evaluation corpus")`);
  process.exit(1);
}

async function take(browser: Browser, shot: Shot): Promise<void> {
  const { view } = await buildView(shot.inputs, { focus: shot.focus, title: shot.title });
  const html = join(dirname(shot.out), `.${Date.now()}.graph-view.tmp.html`);
  mkdirSync(dirname(shot.out), { recursive: true });
  writeFileSync(html, renderHtml(view));
  const page = await browser.context.newPage();
  try {
    await page.goto(pathToFileURL(html).href, { waitUntil: 'commit' });
    const state = await waitForView(page);
    if (state.cjkMissing) throw new Error(NO_CJK_FONT);
    if (shot.clickHub) {
      const point = await page.evaluate(() => {
        const cy = (window as any).__kgCy;
        const hub = cy.nodes('[label = "Event"]').not('.hidden').max((n: any) => n.degree()).ele;
        if (!hub) return null;
        const p = hub.renderedPosition();
        const box = cy.container().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      if (point) {
        await page.mouse.click(point.x, point.y);
        await page.waitForSelector('#panel.open');
      }
    }
    await page.waitForTimeout(400); // the label placement after the last viewport change
    await page.screenshot({ path: shot.out });
    const labels = await page.evaluate(() => (window as any).__kgView.labels as number);
    console.error(`wrote ${shot.out} (${view.nodes.length} nodes, ${view.edges.length} relationships, ${labels} names drawn)`);
  } finally {
    await page.close();
    rmSync(html, { force: true });
  }
}

const browser = await launchChromium({ width: 1440, height: 900 });
try {
  for (const shot of shots) await take(browser, shot);
} finally {
  await browser.close();
}
