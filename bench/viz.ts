/**
 * How fast `kg analyze` runs on the whole bulk graph, and the HTML view comes
 * up on a large graph.
 *
 *   npm run bench:viz -- [--nodes 5000] [--runs 3] [--corpus FILE] [--out-dir out/viz-bench]
 *
 * First `kg analyze` on the graph of the whole bulk corpus (extracted once and
 * cached): the command end to end (start-up, reading and validating the JSON,
 * the analysis, the printout) and the analysis alone, median of --runs.
 * Then the view:
 * Extracts the first N articles of the bulk corpus, growing N until the graph
 * has at least --nodes nodes, writes the view, opens it in headless chromium
 * and reports, per run: time to the layout and to the first frame drawn after
 * it (both from navigation start), how many names that frame shows, then how long a node
 * click takes to fill the side panel, a search to list its matches, and a
 * zoom to redraw: the page must stay interactive at that size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeNetwork, extractGraph, type GraphDocument, GraphDocumentSchema } from '../src/index.js';
import { launchChromium, waitForView } from '../src/visualize/browser.js';
import { renderHtml } from '../src/visualize/html.js';
import { viewFromDocument } from '../src/visualize/model.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string', default: resolve('../shared/corpus/bulk/xwlb-2022-2023.jsonl') },
    'out-dir': { type: 'string', default: 'out/viz-bench' },
  },
});
const wantNodes = Number(values.nodes);
const runs = Number(values.runs);
const outDir = resolve(values['out-dir']!);
mkdirSync(outDir, { recursive: true });

async function graphWithAtLeast(n: number): Promise<{ doc: GraphDocument; articles: number }> {
  const cache = join(outDir, `graph-${n}.json`);
  if (existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8'));
    return { doc: GraphDocumentSchema.parse(cached.doc), articles: cached.articles };
  }
  if (!existsSync(values.corpus!)) throw new Error(`corpus not found: ${values.corpus} (pass --corpus FILE)`);
  const lines = readFileSync(values.corpus!, 'utf8').split('\n').filter(Boolean);
  let take = Math.min(lines.length, Math.ceil(n / 3)); // about 3 nodes per news item
  for (;;) {
    const part = join(outDir, `first-${take}.jsonl`);
    writeFileSync(part, lines.slice(0, take).join('\n') + '\n');
    const t = performance.now();
    const { graph } = await extractGraph([part]);
    console.error(`extract: ${take} articles → ${graph.nodes.length} nodes, ${graph.relationships.length} relationships (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    if (graph.nodes.length >= n || take === lines.length) {
      writeFileSync(cache, JSON.stringify({ articles: take, doc: graph }));
      return { doc: graph, articles: take };
    }
    take = Math.min(lines.length, Math.ceil((take * n * 1.05) / graph.nodes.length));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The graph document of the whole bulk corpus, extracted once. */
async function bulkGraphFile(): Promise<string> {
  const file = join(outDir, 'bulk-graph.json');
  if (existsSync(file)) return file;
  if (!existsSync(values.corpus!)) throw new Error(`corpus not found: ${values.corpus} (pass --corpus FILE)`);
  const t = performance.now();
  const { graph } = await extractGraph([values.corpus!]);
  writeFileSync(file, JSON.stringify(graph));
  console.error(`extract: the whole bulk corpus → ${graph.nodes.length} nodes (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return file;
}

const bulkFile = await bulkGraphFile();
const bulkDoc = GraphDocumentSchema.parse(JSON.parse(readFileSync(bulkFile, 'utf8')));
const commandMs: number[] = [];
const analysisMs: number[] = [];
let network = analyzeNetwork(bulkDoc);
for (let run = 0; run < runs; run++) {
  let t = performance.now();
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'analyze', bulkFile, '--top', '1'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'ignore' });
  commandMs.push(performance.now() - t);
  t = performance.now();
  network = analyzeNetwork(bulkDoc);
  analysisMs.push(performance.now() - t);
}
const analyze = {
  nodes: bulkDoc.nodes.length,
  persons: network.persons.length,
  pairs: network.pairs,
  medianCommandMs: Math.round(median(commandMs)),
  medianAnalysisMs: Math.round(median(analysisMs)),
};
console.error(`kg analyze: ${JSON.stringify({ commandMs: commandMs.map(Math.round), analysisMs: analysisMs.map(Math.round) })}`);

const { doc, articles } = await graphWithAtLeast(wantNodes);
const file = join(outDir, `graph-${wantNodes}.html`);
const html = renderHtml(viewFromDocument(doc, { title: `news-kg: first ${articles} bulk articles` }));
writeFileSync(file, html);
console.error(`view: ${file} (${(html.length / 1e6).toFixed(1)} MB)`);

const browser = await launchChromium();
const results: Record<string, number>[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // the layout runs in the page's script, before "load": wait for the view, not for the load event
    await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
    const state = await waitForView(page, 300_000);
    if (run === 0) await page.screenshot({ path: join(outDir, `graph-${wantNodes}.png`) });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (state.nodes !== doc.nodes.length || state.edges !== doc.relationships.length)
      throw new Error(`drew ${state.nodes}/${state.edges}, expected ${doc.nodes.length}/${doc.relationships.length}`);

    // interactivity: click the busiest event, search, zoom
    const hub = await page.evaluate(() => {
      const cy = (window as any).__kgCy;
      const n = cy.nodes('[label = "Event"]').max((x: any) => x.degree()).ele;
      cy.fit(n.closedNeighborhood(), 40);
      return n.id() as string;
    });
    await page.waitForTimeout(200);
    const point = await page.evaluate((id) => {
      const cy = (window as any).__kgCy;
      const p = cy.getElementById(id).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, hub);
    let t = Date.now();
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`#panel[data-node="${hub.replace(/["\\]/g, '\\$&')}"]`, { timeout: 10_000 });
    const clickMs = Date.now() - t;

    t = Date.now();
    await page.fill('#search', '会议');
    await page.waitForSelector('#results .rcount', { timeout: 10_000 });
    const searchMs = Date.now() - t - 150; // less the input debounce
    await page.fill('#search', '');
    await page.press('#search', 'Escape');

    const zoomMs = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const cy = (window as any).__kgCy;
          cy.fit(undefined, 30);
          const t0 = performance.now();
          cy.one('render', () => done(Math.round(performance.now() - t0)));
          cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: 400, y: 400 } });
        }),
    );
    results.push({ createMs: state.createMs!, hubLayoutMs: state.hubLayoutMs!, layoutMs: state.layoutMs!, firstRenderMs: state.firstRenderMs!, firstFrameNames: state.labels, labelMs: state.labelMs!, clickMs, searchMs, zoomMs });
    console.error(`run ${run + 1}: ${JSON.stringify(results.at(-1))}`);
    await page.close();
  }
} finally {
  await browser.close();
}

const summary = {
  articles,
  nodes: doc.nodes.length,
  relationships: doc.relationships.length,
  htmlBytes: html.length,
  runs,
  medianLayoutMs: median(results.map((r) => r.layoutMs!)),
  medianFirstRenderMs: median(results.map((r) => r.firstRenderMs!)),
  firstFrameNames: median(results.map((r) => r.firstFrameNames!)),
  medianLabelMs: median(results.map((r) => r.labelMs!)),
  medianClickMs: median(results.map((r) => r.clickMs!)),
  medianSearchMs: median(results.map((r) => r.searchMs!)),
  medianZoomRenderMs: median(results.map((r) => r.zoomMs!)),
};
writeFileSync(join(outDir, 'result.json'), JSON.stringify({ analyze, summary, results }, null, 1) + '\n');
console.log(
  `kg analyze on the bulk graph (${analyze.nodes} nodes; ${analyze.persons} persons at events, ${analyze.pairs} pairs): ` +
    `${(analyze.medianCommandMs / 1000).toFixed(2)} s end to end, the analysis ${analyze.medianAnalysisMs} ms (median of ${runs})`,
);
console.log(
  `viz bench: ${summary.nodes} nodes, ${summary.relationships} relationships (${articles} articles): ` +
    `first render ${summary.medianFirstRenderMs} ms (layout ${summary.medianLayoutMs} ms) with ${summary.firstFrameNames} names (placed in ${summary.medianLabelMs} ms), ` +
    `click→panel ${summary.medianClickMs} ms, search ${summary.medianSearchMs} ms, zoom redraw ${summary.medianZoomRenderMs} ms ` +
    `(median of ${runs})`,
);
