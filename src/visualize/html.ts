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

export function renderHtml(view: GraphView): string {
  const data = JSON.stringify({ ...view, palette: paletteForView() }).replace(/</g, '\\u003c');
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
  <input id="search" type="search" placeholder="Search names…" autocomplete="off">
  <div id="results"></div>
  <h3>Node labels</h3>
  <div id="labels" class="filters"></div>
  <h3>Relationship types</h3>
  <div id="types" class="filters"></div>
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
html,body{margin:0;height:100%;font:13px/1.45 system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#222;background:#fafafa}
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
`;
