/* news-kg graph view: runs in the page, after cytoscape and hub-layout.js are inlined.
 * Reads the view model from <script id="kg-data">, draws it, and wires search,
 * filters and the side panel. window.__kgView reports counts and timings. */
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var palette = data.palette;
  var big = data.nodes.length > 1500;
  var kg = (window.__kgView = { nodes: 0, edges: 0, ready: false, createMs: null, hubLayoutMs: null, layoutMs: null, firstRenderMs: null, big: big });

  // ---------- indexes ----------
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  var edgesOf = new Map();
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    [e.from, e.to].forEach(function (id) {
      if (!edgesOf.has(id)) edgesOf.set(id, []);
      edgesOf.get(id).push(e);
    });
  });
  function styleOf(label) { return palette.labels[label] || palette.other; }
  function edgeColor(type) { return palette.relationships[type] || palette.otherRelationship; }

  // ---------- elements ----------
  var elements = [];
  data.nodes.forEach(function (n) {
    var deg = (edgesOf.get(n.id) || []).length;
    var s = styleOf(n.label);
    // events are the hubs: bigger, and growing with the number of participants
    var size = Math.min(90, Math.round(s.diameter * (big ? 0.35 : 0.5) + Math.sqrt(deg) * (big ? 3 : 5)));
    elements.push({ group: 'nodes', data: { id: n.id, label: n.label, name: n.name, size: size } });
  });
  data.edges.forEach(function (e) {
    if (!nodeById.has(e.from) || !nodeById.has(e.to)) return;
    elements.push({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, type: e.type } });
  });

  var style = [
    {
      selector: 'node',
      style: {
        width: 'data(size)', height: 'data(size)',
        'background-color': palette.other.fill, 'border-color': palette.other.border, 'border-width': 1.5,
        label: 'data(name)', 'font-size': 11, 'font-family': 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
        'text-valign': 'bottom', 'text-margin-y': 3, color: '#222',
        'text-outline-color': '#fff', 'text-outline-width': big ? 0 : 2,
        'min-zoomed-font-size': big ? 9 : 4, 'text-max-width': 160, 'text-wrap': 'ellipsis',
      },
    },
  ];
  Object.keys(palette.labels).forEach(function (label) {
    var s = palette.labels[label];
    style.push({ selector: 'node[label = "' + label + '"]', style: { 'background-color': s.fill, 'border-color': s.border } });
  });
  style.push(
    { selector: 'node[label = "Event"]', style: { 'font-weight': 'bold', 'z-index': 10 } },
    {
      selector: 'edge',
      style: {
        width: 1.2, 'line-color': palette.otherRelationship, 'target-arrow-color': palette.otherRelationship,
        'curve-style': big ? 'haystack' : 'bezier', 'target-arrow-shape': big ? 'none' : 'triangle', 'arrow-scale': 0.7,
        label: 'data(type)', 'font-size': 8, color: '#555', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
        'min-zoomed-font-size': big ? 12 : 7, opacity: 0.85,
      },
    }
  );
  Object.keys(palette.relationships).forEach(function (type) {
    var c = palette.relationships[type];
    style.push({ selector: 'edge[type = "' + type + '"]', style: { 'line-color': c, 'target-arrow-color': c } });
  });
  style.push(
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.match', style: { 'border-width': 5, 'border-color': '#FFC20E' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#111' } },
    { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#111', 'target-arrow-color': '#111' } }
  );

  var cy = (window.__kgCy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    style: style,
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    motionBlur: false,
    pixelRatio: big ? 1 : 'auto',
    boxSelectionEnabled: false,
  }));
  kg.createMs = Math.round(performance.now() - started);
  kg.nodes = cy.nodes().length;
  kg.edges = cy.edges().length;

  // ---------- layout: events as hubs (hub-layout.js) ----------
  // cy.fit() would measure all labels for the bounding box: slow at thousands of nodes
  function fitPositions(positions) {
    var x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity, pad = 40;
    positions.forEach(function (p) {
      if (p.x < x1) x1 = p.x; if (p.x > x2) x2 = p.x;
      if (p.y < y1) y1 = p.y; if (p.y > y2) y2 = p.y;
    });
    if (!isFinite(x1)) return;
    var w = cy.width(), h = cy.height();
    var zoom = Math.min(2, Math.max(cy.minZoom(), Math.min((w - 2 * pad) / (x2 - x1 + 60 || 1), (h - 2 * pad) / (y2 - y1 + 60 || 1))));
    cy.viewport({ zoom: zoom, pan: { x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2 } });
  }
  function done() {
    kg.layoutMs = Math.round(performance.now() - started);
    cy.one('render', function () {
      kg.firstRenderMs = Math.round(performance.now() - started);
      kg.ready = true;
      document.body.setAttribute('data-ready', 'true');
    });
    cy.style().update(); // make sure a frame follows the layout
  }
  {
    var positions = kgHubLayout(
      data.nodes.map(function (n) { return { id: n.id, label: n.label, name: n.name, size: cy.getElementById(n.id).data('size') }; }),
      data.edges,
      { labelOrder: Object.keys(palette.labels) }
    );
    kg.hubLayoutMs = Math.round(performance.now() - started) - kg.createMs;
    cy.batch(function () { cy.nodes().positions(function (n) { return positions.get(n.id()); }); });
    fitPositions(positions);
    done();
  }

  // ---------- sidebar: legend + filters ----------
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function count(list, key) {
    var m = {};
    list.forEach(function (x) { m[x[key]] = (m[x[key]] || 0) + 1; });
    return m;
  }
  var labelCounts = count(data.nodes, 'label');
  var typeCounts = count(data.edges, 'type');
  var hiddenLabels = new Set();
  var hiddenTypes = new Set();

  function filterList(el, counts, colorOf, hidden, kind) {
    el.innerHTML = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).map(function (k) {
      return '<label class="filter"><input type="checkbox" checked data-kind="' + kind + '" value="' + esc(k) + '">' +
        '<span class="swatch ' + (kind === 'type' ? 'line' : '') + '" style="background:' + colorOf(k) + '"></span>' +
        '<span class="fname">' + esc(k) + '</span><span class="fcount">' + counts[k] + '</span></label>';
    }).join('');
    el.addEventListener('change', function (ev) {
      var t = ev.target;
      if (t.checked) hidden.delete(t.value); else hidden.add(t.value);
      applyFilters();
    });
  }
  filterList(document.getElementById('labels'), labelCounts, function (l) { return styleOf(l).fill; }, hiddenLabels, 'label');
  filterList(document.getElementById('types'), typeCounts, edgeColor, hiddenTypes, 'type');

  function applyFilters() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('hidden', hiddenLabels.has(n.data('label'))); });
      cy.edges().forEach(function (e) { e.toggleClass('hidden', hiddenTypes.has(e.data('type'))); });
    });
    updateStatus();
  }
  function updateStatus() {
    var vn = cy.nodes().not('.hidden').length;
    var ve = cy.edges().filter(function (e) { return !e.hasClass('hidden') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden'); }).length;
    document.getElementById('status').textContent = vn + ' / ' + kg.nodes + ' nodes · ' + ve + ' / ' + kg.edges + ' relationships';
  }
  updateStatus();

  // ---------- search ----------
  var search = document.getElementById('search');
  var results = document.getElementById('results');
  var timer = null;
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    cy.batch(function () { cy.$('.match, .faded').removeClass('match faded'); });
    if (!q) { results.innerHTML = ''; return; }
    var hits = data.nodes.filter(function (n) {
      return n.name.toLowerCase().indexOf(q) >= 0 || n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    });
    var hitIds = new Set(hits.map(function (n) { return n.id; }));
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        if (hitIds.has(n.id())) n.addClass('match');
        else if (hits.length && !big) n.addClass('faded'); // fading thousands restyles them all: skipped on big views
      });
      if (hits.length && !big) cy.edges().forEach(function (e) {
        if (!hitIds.has(e.data('source')) && !hitIds.has(e.data('target'))) e.addClass('faded');
      });
    });
    results.innerHTML = '<div class="rcount">' + hits.length + ' match' + (hits.length === 1 ? '' : 'es') + '</div>' +
      hits.slice(0, 30).map(function (n) {
        return '<a href="#" class="result" data-id="' + esc(n.id) + '"><span class="dot" style="background:' + styleOf(n.label).fill + '"></span>' + esc(n.name) + '</a>';
      }).join('');
    if (hits.length && hits.length <= 200) cy.animate({ fit: { eles: cy.nodes('.match'), padding: 80 }, duration: 300 });
  }
  search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(runSearch, 150); });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      clearTimeout(timer); runSearch();
      var first = results.querySelector('.result');
      if (first) focusNode(first.getAttribute('data-id'));
    } else if (ev.key === 'Escape') { search.value = ''; runSearch(); }
  });
  document.addEventListener('click', function (ev) {
    var a = ev.target.closest && ev.target.closest('[data-id]');
    if (a && (a.classList.contains('result') || a.classList.contains('nlink'))) { ev.preventDefault(); focusNode(a.getAttribute('data-id')); }
  });

  function focusNode(id) {
    var n = cy.getElementById(id);
    if (!n.length) return;
    cy.elements().unselect();
    n.select();
    cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2), duration: 300 });
    showNode(id);
  }

  // ---------- side panel ----------
  var panel = document.getElementById('panel');
  var panelBody = document.getElementById('panel-body');
  function openPanel() {
    if (!panel.classList.contains('open')) { panel.classList.add('open'); cy.resize(); }
  }
  document.getElementById('panel-close').addEventListener('click', function () { panel.classList.remove('open'); cy.resize(); cy.elements().unselect(); });

  function articleLine(id) {
    var a = data.articles[id];
    if (!a) return '<li class="article">' + esc(id) + '</li>';
    var meta = [a.date, a.source].filter(Boolean).map(esc).join(' · ');
    return '<li class="article"><span class="atitle">' + esc(a.title || '(untitled) ' + a.id) + '</span>' +
      (meta ? '<span class="ameta">' + meta + '</span>' : '') + '<span class="aid">' + esc(a.id) + '</span></li>';
  }
  function props(obj) {
    var keys = Object.keys(obj || {}).filter(function (k) { return obj[k] !== null && obj[k] !== undefined && obj[k] !== ''; });
    if (!keys.length) return '';
    return '<dl class="props">' + keys.map(function (k) {
      var v = obj[k];
      return '<dt>' + esc(k) + '</dt><dd>' + esc(typeof v === 'object' ? JSON.stringify(v) : v) + '</dd>';
    }).join('') + '</dl>';
  }
  function nodeLink(id) {
    var n = nodeById.get(id);
    return '<a href="#" class="nlink" data-id="' + esc(id) + '"><span class="dot" style="background:' + styleOf(n ? n.label : '').fill + '"></span>' + esc(n ? n.name : id) + '</a>';
  }
  function evidenceItem(e, ev) {
    var a = ev.article && data.articles[ev.article];
    return '<li class="evidence"><q>' + esc(ev.text) + '</q>' +
      '<span class="etype" style="color:' + edgeColor(e.type) + '">' + esc(e.type) + '</span>' +
      (a ? '<cite>' + esc(a.title || a.id) + (a.date ? ' · ' + esc(a.date) : '') + '</cite>' : '') + '</li>';
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    var s = styleOf(n.label);
    var rels = edgesOf.get(id) || [];
    var articleIds = new Set(n.articles);
    rels.forEach(function (e) { e.evidence.forEach(function (ev) { if (ev.article) articleIds.add(ev.article); }); });
    var html = '<h2>' + esc(n.name) + '</h2>' +
      '<span class="badge" style="background:' + s.fill + ';color:' + s.text + '">' + esc(n.label) + '</span>' +
      '<div class="nid">' + esc(n.id) + '</div>';
    var p = Object.assign({}, n.properties);
    if (n.aliases.length) p.aliases = n.aliases.join('、');
    if (n.titles.length) p.titles = n.titles.join('、');
    html += props(p);
    html += '<h3>Relationships (' + rels.length + ')</h3><ul class="rels">' + rels.slice(0, 200).map(function (e) {
      var out = e.from === id;
      return '<li>' + (out ? '' : nodeLink(e.from) + ' ') + '<span class="etype" style="color:' + edgeColor(e.type) + '">' +
        (out ? '' : '→ ') + esc(e.type) + (out ? ' →' : '') + '</span> ' + (out ? nodeLink(e.to) : '') + props(e.properties) + '</li>';
    }).join('') + (rels.length > 200 ? '<li>… ' + (rels.length - 200) + ' more</li>' : '') + '</ul>';
    var evidence = [];
    rels.forEach(function (e) { e.evidence.forEach(function (ev) { evidence.push(evidenceItem(e, ev)); }); });
    html += '<h3>Evidence (' + evidence.length + ')</h3><ul class="evidence-list">' + evidence.slice(0, 300).join('') + '</ul>';
    html += '<h3>Source articles (' + articleIds.size + ')</h3><ul class="articles">' + Array.from(articleIds).slice(0, 200).map(articleLine).join('') + '</ul>';
    panelBody.innerHTML = html;
    openPanel();
    panel.setAttribute('data-node', id);
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    var articleIds = new Set(e.evidence.map(function (ev) { return ev.article; }).filter(Boolean));
    panelBody.innerHTML = '<h2><span class="etype" style="color:' + edgeColor(e.type) + '">' + esc(e.type) + '</span></h2>' +
      '<p>' + nodeLink(e.from) + ' → ' + nodeLink(e.to) + '</p>' + props(e.properties) +
      '<h3>Evidence (' + e.evidence.length + ')</h3><ul class="evidence-list">' + e.evidence.map(function (ev) { return evidenceItem(e, ev); }).join('') + '</ul>' +
      '<h3>Source articles (' + articleIds.size + ')</h3><ul class="articles">' + Array.from(articleIds).map(articleLine).join('') + '</ul>';
    openPanel();
    panel.setAttribute('data-node', '');
  }

  cy.on('tap', 'node', function (ev) { showNode(ev.target.id()); });
  cy.on('tap', 'edge', function (ev) { showEdge(ev.target.id()); });
  document.getElementById('fit').addEventListener('click', function () { cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 }, duration: 300 }); });
})();
