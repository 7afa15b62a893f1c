/* news-kg hub layout: meeting-centric positions for the graph view.
 *
 * Meeting news graphs are stars: an event with its presiders, speakers,
 * attendees, place and the policies it mandates, joined to other events by the
 * people who attend several. So, per connected component:
 *   1. the core (nodes with two or more neighbours: events, recurring people)
 *      gets a force-directed layout (Fruchterman–Reingold, seeded, with each
 *      node's room sized by its rings so hubs keep apart);
 *   2. every leaf (one neighbour) goes on rings around its hub, grouped by label;
 * then components are shelf-packed biggest first (the others beside the first
 * when it dominates), and nodes without any
 * relationship go in a grid below, grouped by label.
 * Linear in the leaves, O(core²) per iteration below 1,200 core nodes and
 * grid-bucketed above, so 5,000-node views lay out in well under a second.
 *
 * kgHubLayout(nodes: {id, label, size}[], edges: {from, to}[], {seed, labelOrder})
 *   → Map id → {x, y}
 */
(function (root) {
  'use strict';

  function rng(seed) {
    var s = seed >>> 0;
    return function () {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 4294967296;
    };
  }

  function hubLayout(nodes, edges, opts) {
    opts = opts || {};
    var random = rng(opts.seed || 20240629);
    var labelOrder = opts.labelOrder || [];
    var labelRank = function (l) { var i = labelOrder.indexOf(l); return i < 0 ? labelOrder.length : i; };
    var N = nodes.length;
    var index = new Map();
    nodes.forEach(function (n, i) { index.set(n.id, i); });
    var adj = [];
    for (var i = 0; i < N; i++) adj.push(new Set());
    edges.forEach(function (e) {
      var a = index.get(e.from), b = index.get(e.to);
      if (a === undefined || b === undefined || a === b) return;
      adj[a].add(b);
      adj[b].add(a);
    });
    var x = new Float64Array(N), y = new Float64Array(N);
    var rad = nodes.map(function (n) { return (n.size || 20) / 2; });
    var isEvent = nodes.map(function (n) { return n.label === 'Event'; });

    // connected components
    var seen = new Uint8Array(N);
    var comps = [];
    for (var s = 0; s < N; s++) {
      if (seen[s]) continue;
      var members = [s];
      seen[s] = 1;
      for (var k = 0; k < members.length; k++)
        adj[members[k]].forEach(function (o) { if (!seen[o]) { seen[o] = 1; members.push(o); } });
      comps.push(members);
    }

    var ext = new Float64Array(N); // the room a node needs: itself plus its leaf rings
    var LEAF_GAP = 46; // arc between leaves on a ring
    var RING_GAP = 52;

    function layoutComponent(members) {
      var core = members.filter(function (m) { return adj[m].size > 1; });
      if (!core.length) {
        // a pair: the event (or the first) is the hub
        var hub = members.filter(function (m) { return isEvent[m]; })[0];
        core = [hub === undefined ? members[0] : hub];
      }
      var inCore = new Set(core);
      var leavesOf = new Map();
      members.forEach(function (m) {
        if (inCore.has(m)) return;
        var h = adj[m].values().next().value;
        if (!leavesOf.has(h)) leavesOf.set(h, []);
        leavesOf.get(h).push(m);
      });
      // rings: how many fit on each, and how far out they reach
      var rings = new Map();
      core.forEach(function (h) {
        var leaves = (leavesOf.get(h) || []).sort(function (a, b) {
          return labelRank(nodes[a].label) - labelRank(nodes[b].label) || (nodes[a].name < nodes[b].name ? -1 : 1);
        });
        var maxLeaf = 0;
        leaves.forEach(function (l) { if (rad[l] > maxLeaf) maxLeaf = rad[l]; });
        var list = [];
        var r = rad[h] + maxLeaf + RING_GAP;
        var left = leaves.length;
        while (left > 0) {
          var cap = Math.max(6, Math.floor((2 * Math.PI * r) / (LEAF_GAP + maxLeaf)));
          var take = Math.min(cap, left);
          list.push({ r: r, n: take });
          left -= take;
          r += RING_GAP;
        }
        rings.set(h, { leaves: leaves, list: list });
        ext[h] = list.length ? list[list.length - 1].r + maxLeaf + 12 : rad[h] + 12;
      });

      // force-directed core
      var K = core.length;
      var cx = new Float64Array(K), cy = new Float64Array(K);
      var pos = new Map();
      core.forEach(function (m, i) { pos.set(m, i); });
      var spread = Math.sqrt(K) * 120;
      for (var i = 0; i < K; i++) {
        var a = random() * 2 * Math.PI, d = Math.sqrt(random()) * spread;
        cx[i] = Math.cos(a) * d;
        cy[i] = Math.sin(a) * d;
      }
      var links = [];
      core.forEach(function (m, i) {
        adj[m].forEach(function (o) {
          var j = pos.get(o);
          if (j !== undefined && j > i) links.push([i, j]);
        });
      });
      var e = core.map(function (m) { return ext[m]; });
      if (K > 1) {
        var iterations = K < 100 ? 400 : K < 300 ? 300 : 200;
        var dx = new Float64Array(K), dy = new Float64Array(K);
        var temp = spread / 4;
        var useGrid = K > 1200;
        var maxExt = 0;
        for (i = 0; i < K; i++) if (e[i] > maxExt) maxExt = e[i];
        var cell = 4 * (maxExt + 40);
        for (var it = 0; it < iterations; it++) {
          dx.fill(0);
          dy.fill(0);
          var repel = function (p, q) {
            var ddx = cx[p] - cx[q], ddy = cy[p] - cy[q];
            var dist2 = ddx * ddx + ddy * ddy;
            if (dist2 < 0.01) { ddx = random() - 0.5; ddy = random() - 0.5; dist2 = ddx * ddx + ddy * ddy; }
            var dist = Math.sqrt(dist2);
            var kk = e[p] + e[q] + 20;
            var f = (kk * kk) / dist;
            if (dist < kk) f *= 3; // overlap: push harder
            var fx = (ddx / dist) * f, fy = (ddy / dist) * f;
            dx[p] += fx; dy[p] += fy; dx[q] -= fx; dy[q] -= fy;
          };
          if (!useGrid) {
            // the all-pairs case, inlined: the hot loop
            for (var p = 0; p < K; p++) {
              var px = cx[p], py = cy[p], ep = e[p] + 20, fxp = 0, fyp = 0;
              for (var q = p + 1; q < K; q++) {
                var qx = px - cx[q], qy = py - cy[q];
                var q2 = qx * qx + qy * qy;
                if (q2 < 0.01) { qx = random() - 0.5; qy = random() - 0.5; q2 = qx * qx + qy * qy; }
                var kq = ep + e[q];
                var fq = (kq * kq) / q2; // (k²/d) / d: the unit vector's division folded in
                if (q2 < kq * kq) fq *= 3;
                fxp += qx * fq; fyp += qy * fq;
                dx[q] -= qx * fq; dy[q] -= qy * fq;
              }
              dx[p] += fxp; dy[p] += fyp;
            }
          } else {
            var grid = new Map();
            for (p = 0; p < K; p++) {
              var key = Math.floor(cx[p] / cell) + ',' + Math.floor(cy[p] / cell);
              if (!grid.has(key)) grid.set(key, []);
              grid.get(key).push(p);
            }
            for (p = 0; p < K; p++) {
              var gx = Math.floor(cx[p] / cell), gy = Math.floor(cy[p] / cell);
              for (var ox = -1; ox <= 1; ox++)
                for (var oy = -1; oy <= 1; oy++) {
                  var bucket = grid.get(gx + ox + ',' + (gy + oy));
                  if (bucket) for (var b = 0; b < bucket.length; b++) if (bucket[b] > p) repel(p, bucket[b]);
                }
            }
          }
          for (var l = 0; l < links.length; l++) {
            var u = links[l][0], v = links[l][1];
            var lx = cx[u] - cx[v], ly = cy[u] - cy[v];
            var ld = Math.sqrt(lx * lx + ly * ly) || 0.01;
            var ideal = e[u] + e[v] + 20;
            var fa = (ld * ld) / ideal;
            dx[u] -= (lx / ld) * fa; dy[u] -= (ly / ld) * fa;
            dx[v] += (lx / ld) * fa; dy[v] += (ly / ld) * fa;
          }
          for (i = 0; i < K; i++) {
            // gravity keeps the component round and compact
            dx[i] -= cx[i] * 0.02 * Math.sqrt(K);
            dy[i] -= cy[i] * 0.02 * Math.sqrt(K);
            var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 0) {
              var step = Math.min(len, temp);
              cx[i] += (dx[i] / len) * step;
              cy[i] += (dy[i] / len) * step;
            }
          }
          temp = Math.max(1, temp * 0.985);
        }
      }
      // centre, then leaves on rings around their hub, starting away from the centre
      var mx = 0, my = 0;
      for (i = 0; i < K; i++) { mx += cx[i]; my += cy[i]; }
      mx /= K; my /= K;
      var radius = 0;
      core.forEach(function (h, i) {
        var hx = cx[i] - mx, hy = cy[i] - my;
        x[h] = hx; y[h] = hy;
        var ring = rings.get(h);
        var start = K > 1 ? Math.atan2(hy, hx) : -Math.PI / 2;
        var at = 0;
        ring.list.forEach(function (rg) {
          for (var j = 0; j < rg.n; j++) {
            var leaf = ring.leaves[at++];
            var ang = start + (2 * Math.PI * j) / rg.n;
            x[leaf] = hx + Math.cos(ang) * rg.r;
            y[leaf] = hy + Math.sin(ang) * rg.r;
          }
        });
        radius = Math.max(radius, Math.sqrt(hx * hx + hy * hy) + ext[h]);
      });
      return radius;
    }

    var placed = [];
    var isolated = [];
    comps.forEach(function (members) {
      if (members.length === 1) isolated.push(members[0]);
      else placed.push({ members: members, r: layoutComponent(members) });
    });

    // shelf-pack the components, biggest first, in a band about as wide as everything is tall;
    // when one component dominates, the others fill a band to its right as tall as it is,
    // so the whole is wider than tall, like the screen.
    placed.sort(function (a, b) { return b.r - a.r; });
    var GAP = 40, CELL_W = 110, CELL_H = 56;
    var area = isolated.length * CELL_W * CELL_H;
    placed.forEach(function (c) { area += (2 * c.r + GAP) * (2 * c.r + GAP); });
    var usedW = 0, bottom = 0;
    function shelf(list, x0, width) {
      var rowX = 0, rowY = 0, rowH = 0;
      list.forEach(function (c) {
        var w = 2 * c.r + GAP;
        if (rowX > 0 && rowX + w > width) { rowY += rowH; rowX = 0; rowH = 0; }
        var ox = x0 + rowX + c.r, oy = rowY + c.r;
        c.members.forEach(function (m) { x[m] += ox; y[m] += oy; });
        rowX += w;
        usedW = Math.max(usedW, x0 + rowX);
        rowH = Math.max(rowH, w);
      });
      bottom = Math.max(bottom, rowY + rowH);
    }
    var first = placed.length ? 2 * placed[0].r + GAP : 0;
    if (placed.length > 1 && first * first > 0.25 * area) {
      var rest = placed.slice(1), restArea = 0, widest = 0;
      rest.forEach(function (c) { var w = 2 * c.r + GAP; restArea += w * w; if (w > widest) widest = w; });
      shelf([placed[0]], 0, first);
      shelf(rest, first, Math.max(widest, (restArea * 1.25) / first));
    } else shelf(placed, 0, Math.max(first, Math.sqrt(area) * 1.15, CELL_W * 6));
    var width = Math.max(usedW, CELL_W * 6);
    var top = bottom + (placed.length ? GAP : 0);

    // nodes without relationships: a grid under the rest, one block per label
    isolated.sort(function (a, b) {
      return labelRank(nodes[a].label) - labelRank(nodes[b].label) || (nodes[a].name < nodes[b].name ? -1 : 1);
    });
    var cols = Math.max(1, Math.floor(Math.max(usedW, width) / CELL_W));
    var col = 0, row = 0, prev = null;
    isolated.forEach(function (m) {
      if (prev !== null && nodes[m].label !== prev && col > 0) { row++; col = 0; }
      prev = nodes[m].label;
      x[m] = col * CELL_W + CELL_W / 2;
      y[m] = top + row * CELL_H + CELL_H / 2;
      if (++col >= cols) { col = 0; row++; }
    });

    var out = new Map();
    nodes.forEach(function (n, i) { out.set(n.id, { x: x[i], y: y[i] }); });
    return out;
  }

  root.kgHubLayout = hubLayout;
})(typeof window !== 'undefined' ? window : globalThis);
