/* news-kg graph view: runs in the page, after cytoscape and hub-layout.js are inlined.
 * Reads the view model from <script id="kg-data">, draws it, and wires search,
 * filters (labels, types, event dates, unlinked nodes), colour and size modes,
 * labels placed by importance at every zoom, the ego view and the side panel.
 * window.__kgView reports counts and timings. */
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var palette = data.palette;
  var fontFamily = data.fontFamily || 'sans-serif';
  var big = data.nodes.length > 1500;
  var kg = (window.__kgView = {
    nodes: 0, edges: 0, ready: false, createMs: null, hubLayoutMs: null, layoutMs: null, firstRenderMs: null, big: big,
    /** Names drawn in the last label placement (the first frame's included). */
    labels: 0, labelMs: null,
    /** True when CJK characters have no glyph in any installed font (they would draw as boxes). */
    cjkMissing: null,
  });

  // ---------- indexes ----------
  var PARTICIPATION = { PRESIDED: true, SPOKE_AT: true, ATTENDED: true };
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  var edgesOf = new Map();
  var atEvent = new Set(); // persons with a role at some event
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    [e.from, e.to].forEach(function (id) {
      if (!edgesOf.has(id)) edgesOf.set(id, []);
      edgesOf.get(id).push(e);
    });
    if (PARTICIPATION[e.type]) atEvent.add(e.from);
  });
  function other(e, id) { return e.from === id ? e.to : e.from; }
  function styleOf(label) { return palette.labels[label] || palette.other; }
  function edgeColor(type) { return palette.relationships[type] || palette.otherRelationship; }

  /** A person's network figures: from the document's analysis, or the properties `kg analyze --write` stored. */
  function metricsOf(n) {
    if (n.metrics) return n.metrics;
    var p = n.properties || {};
    if (typeof p.pagerank !== 'number') return null;
    return { events: p.eventCount, degree: null, pagerank: p.pagerank, betweenness: p.betweenness, community: p.community, firstSeen: null, lastSeen: null };
  }
  /** Bylines, photographers, people only mentioned, and nodes with no relationship at all. */
  function isUnlinked(n) { return !edgesOf.has(n.id) || (n.label === 'Person' && !atEvent.has(n.id)); }
  /** Without any meeting in view (e.g. a query's persons) nothing counts as unlinked furniture. */
  var hasMeetings = atEvent.size > 0;
  var unlinked = new Set();
  if (hasMeetings) data.nodes.forEach(function (n) { if (isUnlinked(n)) unlinked.add(n.id); });

  // ---------- importance, sizes, community colours ----------
  var maxRank = 0, persons = 0;
  data.nodes.forEach(function (n) {
    var m = metricsOf(n);
    if (!m) return;
    persons++;
    if (m.pagerank > maxRank) maxRank = m.pagerank;
  });
  /**
   * Whose name is drawn first: persons by PageRank, other nodes by their number
   * of relationships, each as a share of the best of its label, weighted so that
   * people and meetings come before places, bodies and policies.
   */
  var LABEL_WEIGHT = { Person: 1, Event: 1, Location: 0.6, Organization: 0.6, Policy: 0.5, Target: 0.3 };
  function rawImportance(n) {
    var m = metricsOf(n);
    if (m) return m.pagerank;
    return n.label === 'Person' && persons ? 0 : (edgesOf.get(n.id) || []).length; // ranked persons outrank unranked ones
  }
  var bestOfLabel = {};
  data.nodes.forEach(function (n) { bestOfLabel[n.label] = Math.max(bestOfLabel[n.label] || 0, rawImportance(n)); });
  function importance(n) {
    var best = bestOfLabel[n.label] || 1;
    // the square root spreads a long tail: the tenth person still comes before most policies
    return Math.sqrt(rawImportance(n) / best) * (LABEL_WEIGHT[n.label] || 0.3);
  }
  // a query's view has no communities table: gather it from the persons' stored `community`
  if (!data.communities) {
    var groups = new Map();
    data.nodes.forEach(function (n) {
      var m = metricsOf(n);
      if (!m || m.community == null) return;
      if (!groups.has(m.community)) groups.set(m.community, []);
      groups.get(m.community).push({ name: n.name, rank: m.pagerank });
    });
    data.communities = Array.from(groups.entries()).filter(function (g) { return g[1].length > 1; }).map(function (g) {
      var top = g[1].sort(function (a, b) { return b.rank - a.rank; }).slice(0, 4).map(function (x) { return x.name; });
      return { id: g[0], size: g[1].length, names: top };
    }).sort(function (a, b) { return b.size - a.size || a.id - b.id; });
  }
  var communityColor = new Map();
  data.communities.forEach(function (c, i) { if (i < palette.communities.length) communityColor.set(c.id, palette.communities[i]); });
  function colorsByCommunity(n) {
    var m = metricsOf(n);
    if (!m || m.community == null) return palette.communityBackground;
    var c = communityColor.get(m.community) || palette.communityOther;
    return { fill: c, border: c };
  }

  // ---------- elements ----------
  var elements = [];
  data.nodes.forEach(function (n) {
    var deg = (edgesOf.get(n.id) || []).length;
    var s = styleOf(n.label);
    // events are the hubs: bigger, and growing with the number of participants
    var bySize = Math.min(90, Math.round(s.diameter * (big ? 0.35 : 0.5) + Math.sqrt(deg) * (big ? 3 : 5)));
    var m = metricsOf(n);
    var byRank = m && maxRank > 0 ? Math.round(12 + 78 * Math.sqrt(m.pagerank / maxRank)) : Math.round(s.diameter * 0.25);
    var cc = colorsByCommunity(n);
    elements.push({ group: 'nodes', data: { id: n.id, label: n.label, name: n.name, size: bySize, sizeByDegree: bySize, sizeByRank: byRank, cfill: cc.fill, cborder: cc.border } });
  });
  data.edges.forEach(function (e) {
    if (!nodeById.has(e.from) || !nodeById.has(e.to)) return;
    elements.push({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, type: e.type } });
  });

  // Names keep the same size on screen at every zoom: the label style divides by the zoom of the last placement.
  var textZoom = 1;
  var LABEL_PX = 12, TOP_LABEL_PX = 15, LABEL_MAX_PX = 180;
  function labelPx(ele) { return (ele.hasClass('top') ? TOP_LABEL_PX : LABEL_PX) / textZoom; }

  var style = [
    {
      selector: 'node',
      style: {
        width: 'data(size)', height: 'data(size)',
        'background-color': palette.other.fill, 'border-color': palette.other.border, 'border-width': 1.5,
        label: '', 'font-family': fontFamily, 'text-valign': 'bottom', color: '#222', 'text-outline-color': '#fff',
        'text-wrap': 'ellipsis',
      },
    },
  ];
  Object.keys(palette.labels).forEach(function (label) {
    var s = palette.labels[label];
    style.push({ selector: 'node[label = "' + label + '"]', style: { 'background-color': s.fill, 'border-color': s.border } });
  });
  style.push(
    { selector: 'node.by-community', style: { 'background-color': 'data(cfill)', 'border-color': 'data(cborder)' } },
    { selector: 'node[label = "Event"]', style: { 'z-index': 10 } },
    {
      selector: 'node.labelled, node:selected, node.match',
      style: {
        label: 'data(name)', 'font-size': labelPx, 'min-zoomed-font-size': 0,
        'text-max-width': function () { return LABEL_MAX_PX / textZoom; },
        'text-margin-y': function () { return 2 / textZoom; },
        'text-outline-width': function () { return 2 / textZoom; },
      },
    },
    { selector: 'node.top', style: { 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.2, 'line-color': palette.otherRelationship, 'target-arrow-color': palette.otherRelationship,
        'curve-style': big ? 'haystack' : 'bezier', 'target-arrow-shape': big ? 'none' : 'triangle', 'arrow-scale': 0.7,
        label: 'data(type)', 'font-size': 8, color: '#555', 'text-rotation': 'autorotate', 'font-family': fontFamily,
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

  // ---------- names: by importance, as many as fit without overlapping ----------
  // Nodes claim screen cells for their label, most important first; a label
  // that would overlap one already placed is skipped. Redone after every zoom
  // or pan, so zooming in reveals the names of lesser nodes.
  var byImportance = cy.nodes().toArray().map(function (ele) {
    var n = nodeById.get(ele.id());
    return { ele: ele, name: n.name, score: importance(n), widths: null };
  }).sort(function (a, b) { return b.score - a.score; });
  var measure = document.createElement('canvas').getContext('2d');
  /** The label's width on screen at both sizes, measured once (the outline adds 2 px a side). */
  function labelWidths(item) {
    if (!item.widths) {
      measure.font = LABEL_PX + 'px ' + fontFamily;
      var normal = measure.measureText(item.name).width;
      measure.font = 'bold ' + TOP_LABEL_PX + 'px ' + fontFamily;
      item.widths = { normal: Math.min(LABEL_MAX_PX, normal) + 6, top: Math.min(LABEL_MAX_PX, measure.measureText(item.name).width) + 6 };
    }
    return item.widths;
  }
  var LABEL_BUDGET = 300, TOP_LABELS = 12, CELL = 6;
  var labelled = cy.collection();
  function placeLabels() {
    var t0 = performance.now();
    var z = cy.zoom(), pan = cy.pan(), W = cy.width(), H = cy.height();
    var cols = Math.ceil(W / CELL) + 1, rows = Math.ceil(H / CELL) + 1;
    var used = new Uint8Array(cols * rows);
    var chosen = [], top = [];
    for (var i = 0; i < byImportance.length && chosen.length < LABEL_BUDGET; i++) {
      var item = byImportance[i], ele = item.ele;
      if (ele.hasClass('hidden')) continue;
      var p = ele.position();
      var sx = p.x * z + pan.x, sy = p.y * z + pan.y;
      if (sx < 0 || sx > W || sy < 0 || sy > H) continue;
      // bold and bigger: the first few placed, if they are among the most important at all
      var px = chosen.length < TOP_LABELS && i < TOP_LABELS + byImportance.length * 0.02 ? TOP_LABEL_PX : LABEL_PX;
      var w = px === TOP_LABEL_PX ? labelWidths(item).top : labelWidths(item).normal, h = px * 1.3 + 4;
      var y1 = sy + (ele.data('size') * z) / 2 + 2;
      var c1 = Math.max(0, Math.floor((sx - w / 2) / CELL)), c2 = Math.min(cols - 1, Math.floor((sx + w / 2) / CELL));
      var r1 = Math.max(0, Math.floor(y1 / CELL)), r2 = Math.min(rows - 1, Math.floor((y1 + h) / CELL));
      var free = true;
      for (var r = r1; r <= r2 && free; r++) for (var c = c1; c <= c2; c++) if (used[r * cols + c]) { free = false; break; }
      if (!free) continue;
      for (r = r1; r <= r2; r++) for (c = c1; c <= c2; c++) used[r * cols + c] = 1;
      chosen.push(ele);
      if (px === TOP_LABEL_PX) top.push(ele);
    }
    var next = cy.collection(chosen);
    textZoom = z;
    cy.batch(function () {
      labelled.difference(next).removeClass('labelled top');
      next.addClass('labelled');
      cy.collection(top).addClass('top');
      next.difference(cy.collection(top)).removeClass('top');
      cy.nodes('.labelled, :selected, .match').updateStyle();
    });
    labelled = next;
    kg.labels = chosen.length;
    kg.labelMs = Math.round(performance.now() - t0);
  }
  var labelTimer = null;
  cy.on('viewport resize', function () {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(placeLabels, 120);
  });

  // ---------- layout: events as hubs (hub-layout.js) ----------
  function layoutOf(ids) {
    var keep = new Set(ids);
    return kgHubLayout(
      data.nodes.filter(function (n) { return keep.has(n.id); }).map(function (n) { return { id: n.id, label: n.label, name: n.name, size: cy.getElementById(n.id).data('size') }; }),
      data.edges.filter(function (e) { return keep.has(e.from) && keep.has(e.to); }),
      { labelOrder: Object.keys(palette.labels) }
    );
  }
  // cy.fit() would measure all labels for the bounding box: slow at thousands of nodes
  function fitNodes(nodes) {
    var x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity, pad = 40;
    nodes.forEach(function (ele) {
      var p = ele.position();
      if (p.x < x1) x1 = p.x; if (p.x > x2) x2 = p.x;
      if (p.y < y1) y1 = p.y; if (p.y > y2) y2 = p.y;
    });
    if (!isFinite(x1)) return;
    var w = cy.width(), h = cy.height();
    var zoom = Math.min(2, Math.max(cy.minZoom(), Math.min((w - 2 * pad) / (x2 - x1 + 60 || 1), (h - 2 * pad) / (y2 - y1 + 80 || 1))));
    cy.viewport({ zoom: zoom, pan: { x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2 } });
  }
  function visibleNodes() { return cy.nodes().filter(function (n) { return !n.hasClass('hidden'); }); }

  // Nodes without any relationship go in a grid below the rest, laid out apart so that,
  // hidden as they are at first, they leave no empty band in the first frame.
  var connected = data.nodes.filter(function (n) { return edgesOf.has(n.id); }).map(function (n) { return n.id; });
  var positions = layoutOf(connected);
  var bottom = -Infinity, left = Infinity;
  positions.forEach(function (p) { if (p.y > bottom) bottom = p.y; if (p.x < left) left = p.x; });
  var loose = layoutOf(data.nodes.filter(function (n) { return !edgesOf.has(n.id); }).map(function (n) { return n.id; }));
  var looseTop = Infinity;
  loose.forEach(function (p) { if (p.y < looseTop) looseTop = p.y; });
  loose.forEach(function (p, id) {
    positions.set(id, isFinite(bottom) ? { x: p.x + left, y: p.y - looseTop + bottom + 120 } : p);
  });
  kg.hubLayoutMs = Math.round(performance.now() - started) - kg.createMs;
  cy.batch(function () { cy.nodes().positions(function (n) { return positions.get(n.id()); }); });

  // ---------- filters ----------
  function count(list, key) {
    var m = {};
    list.forEach(function (x) { m[x[key]] = (m[x[key]] || 0) + 1; });
    return m;
  }
  var hiddenLabels = new Set();
  var hiddenTypes = new Set();
  var showUnlinked = false;
  var dateRange = { from: '', to: '', undated: true };
  var ego = null; // { centre, keep: Set }
  var FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

  /** Events outside the date range, then the nodes whose every neighbour is such an event. */
  function dateHidden() {
    var out = new Set();
    if (!dateRange.from && !dateRange.to && dateRange.undated) return out;
    data.nodes.forEach(function (n) {
      if (n.label !== 'Event') return;
      var d = n.properties && n.properties.date;
      var keep = d && FULL_DATE.test(d) ? (!dateRange.from || d >= dateRange.from) && (!dateRange.to || d <= dateRange.to) : dateRange.undated;
      if (!keep) out.add(n.id);
    });
    if (!out.size) return out;
    var tiedOnly = [];
    data.nodes.forEach(function (n) {
      var rels = edgesOf.get(n.id);
      if (n.label === 'Event' || !rels) return;
      if (rels.every(function (e) { return out.has(other(e, n.id)); })) tiedOnly.push(n.id);
    });
    tiedOnly.forEach(function (id) { out.add(id); });
    return out;
  }

  function applyFilters() {
    var byDate = dateHidden();
    cy.batch(function () {
      cy.nodes().forEach(function (ele) {
        var id = ele.id();
        var hide = hiddenLabels.has(ele.data('label')) || byDate.has(id) || (ego ? !ego.keep.has(id) : !showUnlinked && unlinked.has(id));
        if (ego && id === ego.centre) hide = false;
        ele.toggleClass('hidden', hide);
      });
      cy.edges().forEach(function (e) { e.toggleClass('hidden', hiddenTypes.has(e.data('type'))); });
    });
    updateStatus();
    placeLabels();
  }
  function updateStatus() {
    var vn = cy.nodes().not('.hidden').length;
    var ve = cy.edges().filter(function (e) { return !e.hasClass('hidden') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden'); }).length;
    document.getElementById('status').textContent = vn + ' / ' + kg.nodes + ' nodes · ' + ve + ' / ' + kg.edges + ' relationships';
  }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
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
  filterList(document.getElementById('labels'), count(data.nodes, 'label'), function (l) { return styleOf(l).fill; }, hiddenLabels, 'label');
  filterList(document.getElementById('types'), count(data.edges, 'type'), edgeColor, hiddenTypes, 'type');

  var unlinkedBox = document.getElementById('unlinked');
  document.getElementById('unlinked-count').textContent = String(unlinked.size);
  unlinkedBox.addEventListener('change', function () { showUnlinked = unlinkedBox.checked; applyFilters(); });

  // event dates: the range of the full dates in view
  var fullDates = [], undatedEvents = 0;
  data.nodes.forEach(function (n) {
    if (n.label !== 'Event') return;
    var d = n.properties && n.properties.date;
    if (d && FULL_DATE.test(d)) fullDates.push(d); else undatedEvents++;
  });
  fullDates.sort();
  if (fullDates.length) {
    var from = document.getElementById('date-from'), to = document.getElementById('date-to'), undated = document.getElementById('undated');
    [from, to].forEach(function (input) { input.min = fullDates[0]; input.max = fullDates[fullDates.length - 1]; });
    from.value = fullDates[0];
    to.value = fullDates[fullDates.length - 1];
    document.getElementById('undated-count').textContent = String(undatedEvents);
    document.getElementById('dates').hidden = false;
    var onDates = function () {
      // the whole span means no bound: events added later in the range would not be cut
      dateRange.from = from.value && from.value > fullDates[0] ? from.value : '';
      dateRange.to = to.value && to.value < fullDates[fullDates.length - 1] ? to.value : '';
      dateRange.undated = undated.checked;
      applyFilters();
    };
    [from, to, undated].forEach(function (input) { input.addEventListener('change', onDates); });
  }

  // ---------- colour and size modes ----------
  var communitiesBox = document.getElementById('communities');
  communitiesBox.innerHTML = data.communities.slice(0, palette.communities.length).map(function (c) {
    return '<a href="#" class="community" data-community="' + c.id + '"><span class="swatch" style="background:' + communityColor.get(c.id) + '"></span>' +
      '<span class="cnames">' + c.names.map(esc).join('、') + '</span><span class="fcount">' + c.size + '</span></a>';
  }).join('');
  function setColourMode(mode) {
    cy.batch(function () { cy.nodes().toggleClass('by-community', mode === 'community'); });
    communitiesBox.hidden = mode !== 'community' || !communitiesBox.innerHTML;
    kg.colour = mode;
  }
  function setSizeMode(mode) {
    cy.batch(function () { cy.nodes().forEach(function (n) { n.data('size', n.data(mode === 'pagerank' ? 'sizeByRank' : 'sizeByDegree')); }); });
    kg.size = mode;
    placeLabels();
  }
  document.querySelectorAll('input[name="colour"]').forEach(function (r) { r.addEventListener('change', function () { if (r.checked) setColourMode(r.value); }); });
  document.querySelectorAll('input[name="size"]').forEach(function (r) { r.addEventListener('change', function () { if (r.checked) setSizeMode(r.value); }); });
  kg.colour = 'label';
  kg.size = 'degree';
  if (!persons) document.querySelectorAll('input[name="colour"], input[name="size"]').forEach(function (r) { r.disabled = true; });
  communitiesBox.addEventListener('click', function (ev) {
    var a = ev.target.closest('[data-community]');
    if (!a) return;
    ev.preventDefault();
    var id = Number(a.getAttribute('data-community'));
    var members = cy.nodes().filter(function (n) { var m = metricsOf(nodeById.get(n.id())); return !!m && m.community === id && !n.hasClass('hidden'); });
    cy.elements().unselect();
    members.select();
    if (members.length) cy.animate({ fit: { eles: members, padding: 60 }, duration: 300 });
  });

  // ---------- ego view: a node, its neighbours, and every meeting among them whole ----------
  var egoBar = document.getElementById('ego-bar');
  var wholePositions = null;
  function enterEgo(id) {
    var n = nodeById.get(id);
    if (!n) return;
    var keep = new Set([id]);
    (edgesOf.get(id) || []).forEach(function (e) { keep.add(other(e, id)); });
    Array.from(keep).forEach(function (k) {
      if (nodeById.get(k).label === 'Event') (edgesOf.get(k) || []).forEach(function (e) { keep.add(other(e, k)); });
    });
    if (!wholePositions) {
      wholePositions = new Map();
      cy.nodes().forEach(function (ele) { wholePositions.set(ele.id(), Object.assign({}, ele.position())); });
    }
    ego = { centre: id, keep: keep };
    var local = layoutOf(Array.from(keep));
    cy.batch(function () {
      cy.nodes().forEach(function (ele) { var p = local.get(ele.id()) || wholePositions.get(ele.id()); ele.position(p); });
      cy.$('.faded').removeClass('faded'); // a search's fading would hide the names around
    });
    document.getElementById('ego-name').textContent = n.name + ' (' + (keep.size - 1) + ' around)';
    egoBar.hidden = false;
    kg.ego = id;
    applyFilters();
    fitNodes(visibleNodes());
    cy.elements().unselect();
    cy.getElementById(id).select();
    showNode(id);
  }
  function exitEgo() {
    if (!ego) return;
    ego = null;
    cy.batch(function () { cy.nodes().forEach(function (ele) { ele.position(wholePositions.get(ele.id())); }); });
    egoBar.hidden = true;
    kg.ego = null;
    applyFilters();
    fitNodes(visibleNodes());
  }
  document.getElementById('ego-exit').addEventListener('click', exitEgo);
  cy.on('dbltap', 'node', function (ev) { enterEgo(ev.target.id()); });

  // ---------- first frame ----------
  applyFilters(); // unlinked nodes hidden before the fit, labels placed
  fitNodes(visibleNodes());
  placeLabels();
  kg.layoutMs = Math.round(performance.now() - started);
  cy.one('render', function () {
    kg.firstRenderMs = Math.round(performance.now() - started);
    kg.ready = true;
    document.body.setAttribute('data-ready', 'true');
  });
  cy.style().update(); // make sure a frame follows the layout

  // ---------- fonts: do CJK names have glyphs? ----------
  // Two different characters drawn alike (or like an unassigned code point) are
  // both the missing-glyph box: no installed font covers them.
  function cjkGlyphsMissing() {
    var canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40;
    var ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.font = '32px ' + fontFamily;
    function pixels(ch) {
      ctx.clearRect(0, 0, 40, 40);
      ctx.fillText(ch, 2, 32);
      return Array.prototype.join.call(ctx.getImageData(0, 0, 40, 40).data, '');
    }
    var a = pixels('会'), b = pixels('议'), none = pixels('\uE000');
    return a === b || a === none || b === none;
  }
  kg.cjkMissing = cjkGlyphsMissing();
  document.getElementById('font-warning').hidden = !kg.cjkMissing;

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
    var shown = cy.nodes('.match').not('.hidden');
    if (shown.length && shown.length <= 200) cy.animate({ fit: { eles: shown, padding: 80 }, duration: 300 });
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
    var egoButton = ev.target.closest && ev.target.closest('[data-ego]');
    if (egoButton) { ev.preventDefault(); enterEgo(egoButton.getAttribute('data-ego')); return; }
    var a = ev.target.closest && ev.target.closest('[data-id]');
    if (a && (a.classList.contains('result') || a.classList.contains('nlink'))) { ev.preventDefault(); focusNode(a.getAttribute('data-id')); }
  });

  /** Select and centre a node; one the filters hide opens in its ego view instead. */
  function focusNode(id) {
    var n = cy.getElementById(id);
    if (!n.length) return;
    if (n.hasClass('hidden')) { enterEgo(id); return; }
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
  var rankOrder = null; // persons by PageRank, for "#k of N"
  function networkFigures(n) {
    var m = metricsOf(n);
    if (!m) return '';
    if (!rankOrder) {
      rankOrder = data.nodes.filter(function (x) { return metricsOf(x); }).sort(function (a, b) { return metricsOf(b).pagerank - metricsOf(a).pagerank; }).map(function (x) { return x.id; });
    }
    var community = data.communities.filter(function (c) { return c.id === m.community; })[0];
    var f = {};
    if (m.events != null) f.events = m.events;
    if (m.degree != null) f.met = m.degree + ' persons';
    f.PageRank = m.pagerank.toPrecision(3) + ' (#' + (rankOrder.indexOf(n.id) + 1) + ' of ' + rankOrder.length + ' in view)';
    if (m.betweenness != null) f.betweenness = m.betweenness.toPrecision(3);
    if (m.community != null) f.community = m.community + (community ? ': ' + community.names.join('、') : '');
    if (m.firstSeen) f.seen = m.firstSeen + (m.lastSeen && m.lastSeen !== m.firstSeen ? ' – ' + m.lastSeen : '');
    return '<h3>Co-attendance network</h3>' + props(f);
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
    html += networkFigures(n);
    if (rels.length && !(ego && ego.centre === id))
      html += '<button type="button" class="ego" data-ego="' + esc(id) + '">' + (n.label === 'Person' ? 'Who they met' : 'Only this and its meetings') + ' (ego view)</button>';
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

  cy.on('tap', 'node', function (ev) {
    showNode(ev.target.id());
    // the panel narrows the graph: a node it now covers comes back into view
    var p = ev.target.renderedPosition();
    if (p.x > cy.width() - 40) cy.animate({ center: { eles: ev.target }, duration: 200 });
  });
  cy.on('tap', 'edge', function (ev) { showEdge(ev.target.id()); });
  document.getElementById('fit').addEventListener('click', function () { cy.animate({ fit: { eles: visibleNodes(), padding: 30 }, duration: 300 }); });
})();
