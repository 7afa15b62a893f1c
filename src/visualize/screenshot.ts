/**
 * `npm run screenshot`: the README's picture of the view. Renders the sample
 * article page (or the inputs given), opens it in headless chromium, clicks
 * the busiest event so the side panel shows its evidence, and writes
 * docs/graph-view.png (or --out).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, waitForView } from './browser.js';
import { buildView } from './command.js';
import { renderHtml } from './html.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'docs/graph-view.png' }, focus: { type: 'string' } },
});
const inputs = positionals.length ? positionals : ['data/sample/000_260baaeb98d07a4e.txt'];
const out = resolve(values.out!);
const { view } = await buildView(inputs, { focus: values.focus });
const html = join(dirname(out), '.graph-view.tmp.html');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(html, renderHtml(view));
const browser = await launchChromium({ width: 1440, height: 900 });
try {
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'commit' });
  await waitForView(page);
  const point = await page.evaluate(() => {
    const cy = (window as any).__kgCy;
    const hub = cy.nodes('[label = "Event"]').max((n: any) => n.degree()).ele;
    if (!hub) return null;
    const p = hub.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  if (point) {
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#panel.open');
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: out });
  console.error(`wrote ${out} (${view.nodes.length} nodes, ${view.edges.length} relationships)`);
} finally {
  await browser.close();
  (await import('node:fs')).rmSync(html, { force: true });
}
