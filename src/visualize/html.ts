/**
 * Renders a view model into one self-contained HTML file: cytoscape, the
 * hub layout and the page script are inlined, the data is embedded as JSON, and a Content-Security-Policy forbids
 * any network fetch, so the file opens offline from disk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphView } from './model.js';
import { paletteForView } from './palette.js';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

let libraries: string | null = null;

/** The library: cytoscape's minified UMD bundle, which sets the global `cytoscape`. */
export function libraryScripts(): string {
  if (libraries !== null) return libraries;
  const dist = dirname(require.resolve('cytoscape'));
  const { version } = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string };
  libraries = `/* cytoscape ${version} (MIT) */\n${readFileSync(join(dist, 'cytoscape.min.js'), 'utf8')}`;
  return libraries;
}

const pageScript = (name: string) => readFileSync(join(here, 'client', name), 'utf8');

/** Text safe inside <script>: no "</script" or "<!--" can close or confuse it. */
const inScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Fonts for names: the system UI font, then the common CJK families. On a bare
 * Debian machine none of the CJK ones may be installed and names draw as boxes;
 * the page checks for that and says what to install.
 */
export const FONT_STACK = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

export function renderHtml(view: GraphView): string {
  const data = JSON.stringify({ ...view, palette: paletteForView(), fontFamily: FONT_STACK }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.title)}</title>
<style>${CSS}</style>
</head>
<body>
<aside id="side">
  <h1>${escapeHtml(view.title)}</h1>
  <div id="font-warning" hidden>Chinese names render as boxes: this machine has no CJK font. Install one (Debian: <code>apt-get install fonts-noto-cjk</code> or <code>fonts-wqy-microhei</code>) and reload.</div>
  <input id="search" type="search" placeholder="Search names…" autocomplete="off">
  <div id="results"></div>
  <div id="ego-bar" hidden><span id="ego-name"></span><button id="ego-exit" type="button">Whole graph</button></div>
  <h3>Show</h3>
  <div class="modes">
    <div class="mode"><span class="mname">Colour</span><label><input type="radio" name="colour" value="label" checked> label</label><label><input type="radio" name="colour" value="community"> community</label></div>
    <div class="mode"><span class="mname">Size</span><label><input type="radio" name="size" value="degree" checked> links</label><label><input type="radio" name="size" value="pagerank"> PageRank</label></div>
    <label class="filter"><input type="checkbox" id="unlinked"><span class="fname">persons at no event, unlinked nodes</span><span class="fcount" id="unlinked-count"></span></label>
  </div>
  <div id="communities" hidden></div>
  <h3>Node labels</h3>
  <div id="labels" class="filters"></div>
  <h3>Relationship types</h3>
  <div id="types" class="filters"></div>
  <div id="dates" hidden>
    <h3>Event dates</h3>
    <div class="daterow"><input id="date-from" type="date"> – <input id="date-to" type="date"></div>
    <label class="filter"><input type="checkbox" id="undated" checked><span class="fname">events without a full date</span><span class="fcount" id="undated-count"></span></label>
  </div>
  <button id="fit" type="button">Fit to view</button>
  <div id="status"></div>
</aside>
<main id="cy"></main>
<section id="panel"><button id="panel-close" type="button" aria-label="close">×</button><div id="panel-body"></div></section>
<script type="application/json" id="kg-data">${data}</script>
<script>${inScript(libraryScripts())}</script>
<script>${inScript(pageScript('hub-layout.js'))}</script>
<script>${inScript(pageScript('view.js'))}</script>
</body>
</html>
`;
}

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:13px/1.45 ${FONT_STACK};color:#222;background:#fafafa}
body{display:flex;overflow:hidden}
#side{width:250px;flex:none;padding:12px;border-right:1px solid #ddd;background:#fff;overflow-y:auto}
#side h1{font-size:15px;margin:0 0 10px}
#side h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#666;margin:14px 0 6px}
#search{width:100%;padding:6px 8px;border:1px solid #bbb;border-radius:4px;font-size:13px}
#results{margin-top:4px;max-height:220px;overflow-y:auto}
.rcount{color:#666;font-size:12px;margin:2px 0}
.result,.nlink{display:block;color:#1a4f8a;text-decoration:none;padding:1px 0}
.nlink{display:inline}
.result:hover,.nlink:hover{text-decoration:underline}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:5px;vertical-align:baseline}
.filter{display:flex;align-items:center;gap:6px;padding:1px 0;cursor:pointer}
.swatch{width:13px;height:13px;border-radius:50%;flex:none}
.swatch.line{height:4px;border-radius:2px}
.fname{flex:1}
.fcount{color:#888;font-size:12px}
#fit{margin-top:14px;width:100%;padding:5px;border:1px solid #bbb;border-radius:4px;background:#f4f4f4;cursor:pointer}
#status{margin-top:10px;color:#666;font-size:12px}
#cy{flex:1;min-width:0;height:100%;position:relative;overflow:hidden}
#panel{width:0;flex:none;overflow:hidden;background:#fff;border-left:1px solid #ddd;position:relative}
#panel.open{width:360px;overflow-y:auto;padding:12px 14px}
#panel-close{position:absolute;right:8px;top:6px;border:0;background:none;font-size:20px;cursor:pointer;color:#666}
#panel h2{font-size:17px;margin:0 24px 6px 0}
#panel h3{font-size:13px;margin:14px 0 4px;color:#444}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px}
.nid{color:#999;font-size:11px;margin:4px 0;word-break:break-all}
.props{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}
.props dt{color:#777}
.props dd{margin:0;word-break:break-word}
#panel ul{padding-left:16px;margin:4px 0}
#panel li{margin:3px 0}
.etype{font-weight:600;font-size:11px}
.evidence q{display:block;background:#f6f6f2;border-left:3px solid #ccc;padding:3px 6px}
.evidence .etype{margin-right:6px}
.evidence cite,.ameta,.aid{display:block;color:#777;font-size:11px;font-style:normal}
.atitle{display:block}
.modes{display:flex;flex-direction:column;gap:3px}
.mode{display:flex;gap:8px;align-items:center}
.mode label{cursor:pointer;white-space:nowrap}
.mname{width:44px;color:#666}
#communities{margin-top:6px;max-height:240px;overflow-y:auto}
.community{display:flex;gap:6px;align-items:flex-start;padding:2px 0;color:#222;text-decoration:none}
.community:hover .cnames{text-decoration:underline}
.community .swatch{margin-top:3px}
.cnames{flex:1}
.daterow{display:flex;gap:4px;align-items:center}
.daterow input{width:108px;font-size:12px}
#ego-bar{margin:8px 0;padding:6px 8px;background:#fff6d6;border:1px solid #e8d48a;border-radius:4px;display:flex;gap:6px;align-items:center}
#ego-bar[hidden],#dates[hidden],#communities[hidden],#font-warning[hidden]{display:none}
#ego-name{flex:1;font-weight:600}
#ego-exit,.ego{border:1px solid #bbb;border-radius:4px;background:#f4f4f4;cursor:pointer;padding:3px 8px}
.ego{margin:8px 0 2px}
#font-warning{margin:0 0 10px;padding:6px 8px;background:#fde8e8;border:1px solid #e8a0a0;border-radius:4px;font-size:12px}
`;
