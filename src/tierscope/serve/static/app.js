/* tierscope page. Plain JS, no framework, no network beyond this server.
 *
 * Security: everything shown comes from news articles, so it is untrusted. The DOM is built with
 * createElement/textContent only (data is never parsed as markup); links get an href only for http(s)
 * URLs, anything else is shown as text.
 */
'use strict';
(function () {
  const TYPES = ['supplies', 'partners_with', 'joint_venture', 'invests_in', 'acquires', 'owns'];
  const STATUSES = ['rumoured', 'in_talks', 'announced', 'active', 'ended', 'denied'];
  const DIRECTED = new Set(['supplies', 'invests_in', 'acquires', 'owns']);
  const COLORS = {
    supplies: '#2563eb', partners_with: '#16a34a', joint_venture: '#0891b2',
    invests_in: '#ea580c', acquires: '#dc2626', owns: '#7c3aed',
  };
  const TYPE_LABEL = {
    supplies: 'supplies', partners_with: 'partners with', joint_venture: 'joint venture',
    invests_in: 'invests in', acquires: 'acquires', owns: 'owns',
  };
  const PHRASE = { // [as source, as target]
    supplies: ['supplies', 'supplied by'], partners_with: ['partners with', 'partners with'],
    joint_venture: ['joint venture with', 'joint venture with'], invests_in: ['invests in', 'funded by'],
    acquires: ['acquires', 'acquired by'], owns: ['owns', 'owned by'],
  };
  const STATUS_LABEL = {
    rumoured: 'rumoured', in_talks: 'in talks', announced: 'announced', active: 'active', ended: 'ended',
    denied: 'denied', planned: 'planned', under_construction: 'under construction',
  };
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // -- DOM helpers: text only -------------------------------------------------------------------

  function build(ns, tag, attrs, children) {
    const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') el.textContent = String(v);
      else if (k === 'class') el.setAttribute('class', v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'href') { if (isSafeHref(v)) el.setAttribute('href', v); }
      else if (k === 'style' || k.startsWith('on')) throw new Error('refusing attribute ' + k);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of [].concat(children || [])) append(el, c);
    return el;
  }
  function append(el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach((x) => append(el, x)); return; }
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  const h = (tag, attrs, ...children) => build(null, tag, attrs, children);
  const s = (tag, attrs, ...children) => build(SVG_NS, tag, attrs, children);
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

  /** Internal links (#/...) and http(s) URLs only. */
  function isSafeHref(v) {
    const str = String(v);
    if (str.startsWith('#/') || str.startsWith('/api/') || str === '#') return true;
    return webUrl(str) !== null;
  }
  function webUrl(u) {
    if (typeof u !== 'string' || !/^https?:\/\//i.test(u.trim())) return null;
    try {
      const parsed = new URL(u.trim());
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) { return null; }
  }
  /** A link for an http(s) address; any other value is shown as plain text. */
  function externalLink(url, label) {
    const safe = webUrl(url);
    if (safe) return h('a', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source-link' }, label || safe);
    return h('span', { class: 'url-text', title: 'not a web address; shown as text' }, url);
  }
  function badge(status) {
    const key = status || 'none';
    return h('span', { class: 'badge ' + key, 'data-status': key }, STATUS_LABEL[status] || status || 'unknown');
  }
  function fmtNumber(n, digits) {
    return Number(n).toLocaleString('en', { maximumFractionDigits: digits === undefined ? 1 : digits });
  }
  function fmtMoney(inv) {
    if (!inv || inv.amount === null || inv.amount === undefined) return '';
    const a = Number(inv.amount);
    let txt;
    if (Math.abs(a) >= 1e9) txt = fmtNumber(a / 1e9, 2) + ' bn';
    else if (Math.abs(a) >= 1e6) txt = fmtNumber(a / 1e6, 1) + ' m';
    else txt = fmtNumber(a, 0);
    return txt + (inv.currency ? ' ' + inv.currency : '');
  }
  function fmtCapacity(cap) {
    if (!cap || cap.value === null || cap.value === undefined) return '';
    return fmtNumber(cap.value) + (cap.unit ? ' ' + cap.unit : '');
  }
  function swatch(color) {
    return s('svg', { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true', class: 'swatch-svg' },
      s('rect', { width: 12, height: 12, rx: 2, fill: color }));
  }
  function loading(text) { return h('div', { class: 'loading', role: 'status' }, text || 'Loading…'); }
  function errorBox(err) { return h('div', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err)); }
  function empty(title, ...rest) { return h('div', { class: 'empty' }, h('strong', {}, title), ...rest); }

  // -- routing: #/path?params ---------------------------------------------------------------------

  function parseHash() {
    const raw = location.hash.replace(/^#/, '') || '/';
    const q = raw.indexOf('?');
    const path = (q >= 0 ? raw.slice(0, q) : raw).split('/').filter(Boolean).map(decodeURIComponent);
    const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
    return { path, params };
  }
  function hashFor(path, params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') p.set(k, v);
    const asOf = state.asOf;
    if (asOf && !p.has('as_of') && !(params && 'as_of' in params)) p.set('as_of', asOf);
    const qs = p.toString();
    return '#/' + path.map(encodeURIComponent).join('/') + (qs ? '?' + qs : '');
  }
  function setParams(changes) {
    const { path, params } = parseHash();
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') params.delete(k); else params.set(k, v);
    }
    const qs = params.toString();
    location.hash = '#/' + path.map(encodeURIComponent).join('/') + (qs ? '?' + qs : '');
  }
  function companyHref(id) { return hashFor(['company', id]); }

  const state = { asOf: null, mainKey: null, panelKey: null, seq: 0 };

  async function api(path, params, signal) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') p.set(k, v);
    const qs = p.toString();
    let res;
    try {
      res = await fetch('/api/' + path + (qs ? '?' + qs : ''), { signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error('Cannot reach the tierscope server. Is `tierscope serve` still running?');
    }
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : 'request failed (' + res.status + ')';
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    return body;
  }
  const asOfParam = () => (state.asOf ? { as_of: state.asOf } : {});

  // -- graph drawing ------------------------------------------------------------------------------

  function rng(seed) { // deterministic layouts: mulberry32
    let a = seed >>> 0;
    return function () {
      a |= 0; a = (a + 0x6D2B79F5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function hashString(str) { let x = 2166136261; for (let i = 0; i < str.length; i++) { x ^= str.charCodeAt(i); x = Math.imul(x, 16777619); } return x >>> 0; }

  /** Fruchterman-Reingold steps over one set of nodes; ``pin`` stays where it is; ``ringOf(n)``
   *  (optional) pulls a node towards a circle of that radius around (cx, cy). */
  function relax(nodes, links, k, iterations, rand, opts) {
    const n = nodes.length;
    let temp = k * 2;
    for (let it = 0; it < iterations; it++) {
      for (const a of nodes) { a.dx = 0; a.dy = 0; }
      for (let i = 0; i < n; i++) {
        const a = nodes[i];
        for (let j = i + 1; j < n; j++) {
          const b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = rand() - 0.5; dy = rand() - 0.5; d2 = dx * dx + dy * dy + 0.01; }
          const f = (k * k) / d2;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      for (const [a, b] of links) {
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        const f = d / k;
        a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
      }
      for (const a of nodes) {
        if (a === opts.pin) continue;
        if (opts.ringOf) {
          const r = opts.ringOf(a);
          const dx = a.x - opts.cx, dy = a.y - opts.cy, d = Math.sqrt(dx * dx + dy * dy) || 1;
          a.dx += (dx / d) * (r - d) * 2.5; a.dy += (dy / d) * (r - d) * 2.5;
        } else {
          a.dx += (opts.cx - a.x) * 0.02 * k / 10; a.dy += (opts.cy - a.y) * 0.02 * k / 10;
        }
        const d = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 1;
        const step = Math.min(d, temp);
        a.x += (a.dx / d) * step; a.y += (a.dy / d) * step;
      }
      temp = Math.max(0.5, temp * 0.97);
    }
  }

  /** Half the width a node's label takes (12 px system font, names cut at 26 characters). */
  function labelHalf(n) { return Math.min(26, n.name.length) * 3.6 + 4; }
  // Room above and below a node for its circle and its label (drawn above or below it).
  const NODE_TOP = 34, NODE_BOTTOM = 34;
  /** Below this scale the labels of neighbouring companies run into each other, so a drawing
   *  that would need less grows taller instead (the page scrolls; the text stays readable). */
  const MIN_SCALE = 0.8;

  /** Sets ``n.above`` for each node: its label goes above it when most of its lines come from
   *  below, so that the label does not hide their arrowheads. */
  function placeLabels(nodes, links) {
    const pull = new Map(nodes.map((n) => [n, 0]));
    for (const [a, b] of links) {
      const dy = (b.y - a.y) / (Math.hypot(b.x - a.x, b.y - a.y) || 1);
      pull.set(a, pull.get(a) + dy); pull.set(b, pull.get(b) - dy);
    }
    for (const n of nodes) n.above = pull.get(n) > 0.3;
  }
  /** What a node covers around its centre, in pixels: the circle (radius up to 15) and its label. */
  function nodeBox(n) {
    const half = Math.max(16, labelHalf(n));
    return n.above ? { l: -half, r: half, t: -34, b: 16 } : { l: -half, r: half, t: -16, b: 34 };
  }

  /** Pushes apart nodes whose circles and labels would overlap once drawn at ``scale``: the force
   *  layout keeps nodes apart but knows nothing of the names drawn next to them. Moves are
   *  vertical unless a sideways one is much shorter (the drawing may grow taller, not wider);
   *  ``pin`` stays where it is; with ``xRange`` ([lo, hi]) no label leaves it. */
  function separateLabels(nodes, links, pin, scale, xRange) {
    placeLabels(nodes, links);
    const boxes = new Map(nodes.map((n) => [n, nodeBox(n)]));
    const gap = 3;
    const clampX = (n) => {
      if (!xRange || n === pin) return;
      const bx = boxes.get(n);
      n.x = Math.max(xRange[0] - bx.l, Math.min(n.x, xRange[1] - bx.r));
    };
    for (let it = 0; it < 80; it++) {
      let moved = false;
      for (let i = 0; i < nodes.length; i++) {
        const a = nodes[i], ba = boxes.get(a);
        for (let j = i + 1; j < nodes.length; j++) {
          const b = nodes[j], bb = boxes.get(b);
          const dx = b.x - a.x, dy = b.y - a.y;
          // overlaps of the two boxes (in layout units), and which way b should go
          const right = dx >= 0, down = dy >= 0;
          const ox = (right ? ba.r - bb.l + gap : bb.r - ba.l + gap) / scale - Math.abs(dx);
          const oy = (down ? ba.b - bb.t + gap : bb.b - ba.t + gap) / scale - Math.abs(dy);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          const wa = a === pin ? 0 : b === pin ? 1 : 0.5, wb = 1 - wa;
          if (oy <= 2 * ox) { const sy = down ? 1 : -1; a.y -= sy * oy * wa; b.y += sy * oy * wb; }
          else { const sx = right ? 1 : -1; a.x -= sx * ox * wa; b.x += sx * ox * wb; clampX(a); clampX(b); }
        }
      }
      if (!moved) break;
    }
  }

  /** Positions in a box ``width`` wide; returns the height used (``height`` or more). With a
   *  centre: rings by depth around it. Without: each connected part laid out on its own, then the
   *  parts packed in rows, largest first. */
  function layout(nodes, edges, center, width, height) {
    const rand = rng(hashString((center || '') + nodes.length + ':' + edges.length));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const links = edges.map((e) => [byId.get(e.source.id), byId.get(e.target.id)]).filter((l) => l[0] && l[1] && l[0] !== l[1]);
    const k = 90;
    if (center && byId.has(center)) {
      const maxDepth = Math.max(1, ...nodes.map((n) => n.depth || 0));
      const ring = k * 1.6 * Math.max(1, Math.sqrt(nodes.length / (2 * maxDepth)));
      const groups = new Map();
      nodes.forEach((n) => { const d = n.depth || 0; if (!groups.has(d)) groups.set(d, []); groups.get(d).push(n); });
      for (const [d, list] of groups) {
        list.forEach((n, i) => {
          const a = (2 * Math.PI * i) / list.length + d * 0.6 + rand() * 0.05;
          n.x = d === 0 ? 0 : ring * d * Math.cos(a); n.y = d === 0 ? 0 : ring * d * Math.sin(a);
        });
      }
      relax(nodes, links, k, nodes.length > 300 ? 100 : 220, rand,
        { pin: byId.get(center), cx: 0, cy: 0, ringOf: (a) => ring * (a.depth || 1) });
      separateLabels(nodes, links, byId.get(center), MIN_SCALE);
    } else {
      packParts(nodes, links, k, rand, width, height);
    }
    fit(nodes, width, height);
    // the scale is known now: untangle the labels once more, in pixels, then frame the result
    separateLabels(nodes, links, center ? byId.get(center) : null, 1, [FIT_PAD, width - FIT_PAD]);
    return frameY(nodes, height);
  }

  /** Moves the drawing to the top and returns the height it needs (at least ``height``), centring
   *  it vertically when it needs less. */
  function frameY(nodes, height) {
    const ys = nodes.map((a) => a.y), span = Math.max(...ys) - Math.min(...ys);
    const h = Math.max(height, Math.ceil(span + 2 * FIT_PAD + NODE_TOP + NODE_BOTTOM));
    const shift = (h - span - NODE_TOP - NODE_BOTTOM) / 2 + NODE_TOP - Math.min(...ys);
    for (const a of nodes) a.y += shift;
    return h;
  }

  function packParts(nodes, links, k, rand, width, height) {
    const parent = new Map(nodes.map((n) => [n.id, n.id]));
    const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
    for (const [a, b] of links) parent.set(find(a.id), find(b.id));
    const parts = new Map();
    for (const n of nodes) { const r = find(n.id); if (!parts.has(r)) parts.set(r, []); parts.get(r).push(n); }
    const boxes = [];
    for (const part of parts.values()) {
      const set = new Set(part);
      const plinks = links.filter(([a]) => set.has(a));
      part.forEach((n, i) => { const a = (2 * Math.PI * i) / part.length; const r = k * Math.sqrt(part.length) / 2; n.x = r * Math.cos(a) + rand(); n.y = r * Math.sin(a) + rand(); });
      if (part.length > 1) relax(part, plinks, k, part.length > 300 ? 80 : 200, rand, { cx: 0, cy: 0 });
      separateLabels(part, plinks, null, MIN_SCALE);
      // boxes include the labels at MIN_SCALE, the scale a crowded drawing ends up at
      const box = {
        part,
        minX: Math.min(...part.map((n) => n.x - labelHalf(n) / MIN_SCALE)) - 10,
        maxX: Math.max(...part.map((n) => n.x + labelHalf(n) / MIN_SCALE)) + 10,
        minY: Math.min(...part.map((n) => n.y)) - NODE_TOP / MIN_SCALE,
        maxY: Math.max(...part.map((n) => n.y)) + NODE_BOTTOM / MIN_SCALE,
      };
      box.w = box.maxX - box.minX; box.h = box.maxY - box.minY;
      boxes.push(box);
    }
    boxes.sort((a, b) => b.part.length - a.part.length || b.w * b.h - a.w * a.h);
    const area = boxes.reduce((t, b) => t + b.w * b.h, 0);
    // rows as wide as the drawing at MIN_SCALE at most, narrower when everything fits the height
    const rowWidth = Math.max(boxes[0] ? boxes[0].w : 0, Math.min(Math.sqrt(area * width / height) * 1.3, width / MIN_SCALE));
    let x = 0, y = 0, rowH = 0;
    for (const b of boxes) {
      if (x > 0 && x + b.w > rowWidth) { x = 0; y += rowH; rowH = 0; }
      for (const n of b.part) { n.x += x - b.minX; n.y += y - b.minY; }
      x += b.w; rowH = Math.max(rowH, b.h);
    }
  }

  const FIT_PAD = 8;
  /** Scales and centres the positions (labels keep their size) so that every circle and label is
   *  inside ``width``, magnifying a little at most; a drawing that would need a scale under
   *  MIN_SCALE to fit ``height`` keeps MIN_SCALE (frameY then makes it taller). */
  function fit(nodes, width, height) {
    const room = width - 2 * FIT_PAD;
    // the widest extent, labels included, at scale sc (it grows with sc)
    const extentX = (sc) => Math.max(...nodes.map((a) => a.x * sc + labelHalf(a))) - Math.min(...nodes.map((a) => a.x * sc - labelHalf(a)));
    let lo = 0, hi = 1.4;
    if (extentX(hi) <= room) lo = hi;
    else for (let i = 0; i < 30; i++) { const mid = (lo + hi) / 2; if (extentX(mid) <= room) lo = mid; else hi = mid; }
    const ys = nodes.map((a) => a.y), spanY = Math.max(...ys) - Math.min(...ys);
    const sy = spanY > 0 ? (height - 2 * FIT_PAD - NODE_TOP - NODE_BOTTOM) / spanY : Infinity;
    const sc = Math.max(Math.min(lo, sy, 1.4), Math.min(lo, MIN_SCALE));
    const ox = (width - extentX(sc)) / 2 - Math.min(...nodes.map((a) => a.x * sc - labelHalf(a)));
    for (const a of nodes) { a.x = ox + a.x * sc; a.y *= sc; }
  }

  let graphCount = 0;
  function truncate(str, n) { return str.length > n ? str.slice(0, n - 1) + '…' : str; }

  /** An SVG graph. nodes: {id, name, depth}; edges: relations ({id, type, status, source, target}). */
  function drawGraph(nodes, edges, opts) {
    // the drawing's own size follows the screen, so labels stay readable on a phone; a big graph
    // keeps at least opts.minWidth and scrolls sideways in its box rather than crowd its labels
    const avail = Math.max(300, Math.min(900, (main().clientWidth || 900) - 40));
    const width = Math.max(avail, Math.min(900, opts.minWidth || 0));
    const n0 = nodes.length;
    const minHeight = Math.round(Math.min(opts.height || 560, Math.max(300, width * (n0 <= 4 ? 0.5 : n0 <= 12 ? 0.65 : 0.8))));
    const uid = 'g' + (++graphCount);
    nodes = nodes.map((n) => Object.assign({}, n));
    const height = layout(nodes, edges, opts.center, width, minHeight);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const degree = new Map();
    edges.forEach((e) => { degree.set(e.source.id, (degree.get(e.source.id) || 0) + 1); degree.set(e.target.id, (degree.get(e.target.id) || 0) + 1); });
    const radius = (n) => (n.id === opts.center ? 15 : Math.min(14, 8 + Math.sqrt(degree.get(n.id) || 1) * 1.5));

    const svg = s('svg', { class: width > avail ? 'graph wide' : 'graph', viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': opts.label || 'Relation graph' });
    // set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not)
    if (width > avail) svg.style.minWidth = width + 'px';
    const defs = s('defs');
    for (const t of TYPES) {
      // markerUnits userSpaceOnUse: arrowheads scale with the drawing, not with the stroke width
      defs.appendChild(s('marker', { id: `${uid}-arrow-${t}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 13, markerHeight: 13, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' },
        s('path', { d: 'M0,0 L10,5 L0,10 z', fill: COLORS[t] })));
    }
    svg.appendChild(defs);

    const edgeLayer = s('g', { class: 'edges' });
    const hitLayer = s('g', { class: 'edge-hits' });
    const nodeLayer = s('g', { class: 'nodes' });
    svg.append(edgeLayer, hitLayer, nodeLayer);

    // several relations between one pair: spread them as curves
    const pairCount = new Map(), pairIndex = new Map();
    edges.forEach((e) => { const k = [e.source.id, e.target.id].sort().join('|'); pairCount.set(k, (pairCount.get(k) || 0) + 1); });

    for (const e of edges) {
      const a = byId.get(e.source.id), b = byId.get(e.target.id);
      if (!a || !b) continue;
      const key = [e.source.id, e.target.id].sort().join('|');
      const i = pairIndex.get(key) || 0; pairIndex.set(key, i + 1);
      const nPair = pairCount.get(key);
      const flip = e.source.id < e.target.id ? 1 : -1;
      const bend = (i - (nPair - 1) / 2) * 36 * flip;
      const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
      const dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      const qx = mx - (dy / len) * bend, qy = my + (dx / len) * bend;
      const ra = radius(a) + 2, rb = radius(b) + 3;
      const u1x = qx - a.x, u1y = qy - a.y, l1 = Math.sqrt(u1x * u1x + u1y * u1y) || 1;
      const u2x = b.x - qx, u2y = b.y - qy, l2 = Math.sqrt(u2x * u2x + u2y * u2y) || 1;
      const x1 = a.x + (u1x / l1) * ra, y1 = a.y + (u1y / l1) * ra;
      const x2 = b.x - (u2x / l2) * rb, y2 = b.y - (u2y / l2) * rb;
      const d = `M${x1.toFixed(1)},${y1.toFixed(1)} Q${qx.toFixed(1)},${qy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
      const status = e.status || 'none';
      const path = s('path', {
        d, class: `edge type-${e.type} status-${status}`, stroke: COLORS[e.type] || '#888',
        'marker-end': DIRECTED.has(e.type) ? `url(#${uid}-arrow-${e.type})` : null,
        'data-relation': e.id, 'data-status': status, 'data-type': e.type,
      });
      edgeLayer.appendChild(path);
      // a cross for denied, a bar for ended, at the curve's middle
      const px = 0.25 * x1 + 0.5 * qx + 0.25 * x2, py = 0.25 * y1 + 0.5 * qy + 0.25 * y2;
      if (status === 'denied') {
        edgeLayer.appendChild(s('path', { class: 'strike', d: `M${px - 6},${py - 6} L${px + 6},${py + 6} M${px + 6},${py - 6} L${px - 6},${py + 6}` }));
      } else if (status === 'ended') {
        const nx = -(dy / len) * 8, ny = (dx / len) * 8;
        edgeLayer.appendChild(s('path', { class: 'strike ended', d: `M${px - nx},${py - ny} L${px + nx},${py + ny}` }));
      }
      const label = `${e.source.name} ${TYPE_LABEL[e.type]} ${e.target.name} (${STATUS_LABEL[status] || status})`;
      const hit = s('path', {
        d, class: 'edge-hit', tabindex: 0, role: 'button', 'aria-label': label, 'data-relation': e.id,
        onclick: () => opts.onEdge && opts.onEdge(e),
        onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); opts.onEdge && opts.onEdge(e); } },
      }, s('title', { text: label }));
      hitLayer.appendChild(hit);
    }

    for (const n of nodes) {
      const r = radius(n);
      const isCenter = n.id === opts.center;
      const g = s('g', {
        class: 'node' + (isCenter ? ' center' : ''), transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`,
        tabindex: 0, role: 'link', 'aria-label': n.name, 'data-company': n.id,
        onclick: () => opts.onNode && opts.onNode(n),
        onkeydown: (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); opts.onNode && opts.onNode(n); } },
      },
      s('title', { text: n.name }),
      s('circle', { r, fill: isCenter ? '#1d3557' : (n.depth > 1 ? '#94a3b8' : '#475569') }),
      s('text', { y: n.above ? -(r + 6) : r + 14, 'text-anchor': 'middle' }, truncate(n.name, 26)));
      nodeLayer.appendChild(g);
    }
    return svg;
  }

  function legend() {
    const items = TYPES.map((t) => h('li', {},
      s('svg', { viewBox: '0 0 34 12', 'aria-hidden': 'true' },
        s('path', { class: 'edge', d: 'M2,6 L26,6', stroke: COLORS[t] }),
        DIRECTED.has(t) ? s('path', { d: 'M25,2 L32,6 L25,10 z', fill: COLORS[t] }) : null),
      TYPE_LABEL[t] + (DIRECTED.has(t) ? ' →' : '')));
    const st = [['announced', 'announced / active'], ['rumoured', 'rumoured'], ['in_talks', 'in talks'], ['ended', 'ended'], ['denied', 'denied']];
    for (const [k, label] of st) {
      items.push(h('li', {}, s('svg', { viewBox: '0 0 34 12', 'aria-hidden': 'true' },
        s('path', { class: 'edge status-' + k, d: 'M2,6 L32,6', stroke: '#475569' }),
        k === 'denied' ? s('path', { class: 'strike', d: 'M13,1 L21,11 M21,1 L13,11' }) : null,
        k === 'ended' ? s('path', { class: 'strike', d: 'M17,0 L17,12' }) : null), label));
    }
    return h('ul', { class: 'legend', 'aria-label': 'Legend' }, items);
  }

  // -- views --------------------------------------------------------------------------------------

  const main = () => document.getElementById('main');
  const panel = () => document.getElementById('panel');
  let controller = null;

  function newRequest() {
    if (controller) controller.abort();
    controller = new AbortController();
    return controller.signal;
  }

  async function viewHome(params) {
    const root = clear(main());
    const input = h('input', { type: 'search', id: 'finder', placeholder: 'Company name or alias, e.g. CATL, JLR', autocomplete: 'off', 'aria-label': 'Find a company', value: params.get('q') || '' });
    const status = h('div', { class: 'muted small-text', role: 'status', 'aria-live': 'polite' });
    const results = h('ul', { class: 'results', id: 'results' });
    const more = h('div');
    root.append(h('section', { class: 'card finder' }, h('h1', {}, 'Find a company'), input, status, results, more));
    const stats = h('p', { class: 'muted small-text' });
    root.append(stats);

    let stamp = 0, timer = null, offset = 0;
    async function search(reset) {
      const q = input.value.trim();
      const mine = ++stamp;
      if (reset) offset = 0;
      status.textContent = q ? 'Searching…' : 'Loading…';
      status.className = 'loading small-text';
      let page;
      try {
        page = await api('companies', { q, limit: 25, offset });
      } catch (e) {
        if (mine === stamp) { status.className = ''; clear(status).append(errorBox(e)); }
        return;
      }
      if (mine !== stamp) return; // a newer search is under way
      status.className = 'muted small-text';
      if (reset) clear(results);
      clear(more);
      if (page.total === 0) {
        status.textContent = '';
        if (q) results.append(h('li', { class: 'empty' }, h('strong', {}, `No company matches “${q}”.`), 'Try part of a name or an alias (e.g. an abbreviation).'));
        else results.append(h('li', {}, empty('No companies yet: run `tierscope ingest PATH`',
          'Ingest some articles, for example ', h('code', {}, 'tierscope ingest news/ --db tierscope.db'), ', then reload this page.')));
        return;
      }
      status.textContent = q ? `${page.total} ${page.total === 1 ? 'company matches' : 'companies match'} “${q}”` : `${page.total} companies, by name`;
      for (const c of page.items) {
        results.append(h('li', {}, h('a', { href: companyHref(c.id), 'data-company': c.id },
          h('span', {}, h('span', { class: 'name' }, c.name),
            c.aliases.length ? h('span', { class: 'aka' }, ' — also ' + c.aliases.slice(0, 6).join(', ')) : null),
          h('span', { class: 'count' }, `${c.relations} relation${c.relations === 1 ? '' : 's'}`))));
      }
      offset = page.offset + page.items.length;
      if (offset < page.total) more.append(h('button', { type: 'button', onclick: () => search(false) }, `Show more (${page.total - offset} left)`));
    }
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const q = input.value.trim();
        history.replaceState(null, '', hashFor([], { q: q || null }));
        search(true);
      }, 200);
    });
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') { const first = results.querySelector('a'); if (first) location.hash = first.getAttribute('href'); }
    });
    search(true);
    input.focus();
    api('stats').then((st) => {
      stats.textContent = `${fmtNumber(st.companies, 0)} companies, ${fmtNumber(st.relations, 0)} relations and ${fmtNumber(st.facilities, 0)} facilities from ${fmtNumber(st.documents, 0)} documents.`;
    }).catch(() => {});
  }

  function relationPhrase(r) {
    const [out, inn] = PHRASE[r.type] || [r.type, r.type];
    return r.direction === 'in' ? inn : out;
  }

  async function viewCompany(id, params) {
    const root = clear(main());
    root.append(loading('Loading company…'));
    const signal = newRequest();
    const depth = params.get('depth') === '2' ? 2 : 1;
    let company, hood;
    try {
      [company, hood] = await Promise.all([
        api('companies/' + encodeURIComponent(id), asOfParam(), signal),
        api('companies/' + encodeURIComponent(id) + '/neighbourhood', Object.assign({ depth }, asOfParam()), signal),
      ]);
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(root).append(errorBox(e), h('p', {}, h('a', { href: '#/' }, 'Find another company')));
      return;
    }
    clear(root);
    document.title = company.name + ' — tierscope';
    if (state.asOf) root.append(h('div', { class: 'asof-banner' }, `Showing what was known on ${state.asOf}: later reports are left out and statuses re-derived.`));
    const facts = [];
    if (company.country) facts.push(h('span', {}, 'Country: ' + company.country));
    if (company.sectors && company.sectors.length) facts.push(h('span', {}, 'Sectors: ' + company.sectors.join(', ')));
    facts.push(h('span', {}, `${company.relations_total} relation${company.relations_total === 1 ? '' : 's'}`));
    if (company.first_seen) facts.push(h('span', {}, `Reported ${company.first_seen} – ${company.last_seen}`));
    root.append(h('section', { class: 'card company-head' },
      h('h1', { id: 'company-name' }, company.name),
      company.aliases.length ? h('div', { class: 'aliases' }, 'Also called: ' + company.aliases.join(', ')) : null,
      h('div', { class: 'facts' }, facts)));

    // graph
    const graphCard = h('section', { class: 'card' });
    const depthSelect = h('select', { 'aria-label': 'Depth', onchange: (ev) => setParams({ depth: ev.target.value === '1' ? null : ev.target.value }) },
      h('option', { value: '1', selected: depth === 1 }, '1 step'), h('option', { value: '2', selected: depth === 2 }, '2 steps'));
    graphCard.append(h('div', { class: 'toolbar' }, h('h2', {}, 'Neighbourhood'), h('label', { class: 'small-text muted' }, 'Depth ', depthSelect),
      h('span', { class: 'small-text muted' }, 'Click a company to open it, a line to see its evidence.')));
    if (hood.edges.length === 0) {
      graphCard.append(empty(state.asOf ? `No relations known on ${state.asOf}.` : 'No relations yet.',
        state.asOf ? 'Clear the as-of date (Today) to see later reports.' : 'Ingest more articles that mention this company.'));
    } else {
      graphCard.append(h('div', { class: 'graph-wrap', id: 'neighbourhood' }, drawGraph(hood.nodes, hood.edges, {
        center: id, label: `Relations of ${company.name}`, minWidth: hood.nodes.length > 16 ? 720 : 0,
        onNode: (n) => { location.hash = companyHref(n.id); },
        onEdge: (e) => setParams({ rel: e.id }),
      })), legend());
      if (hood.truncated) graphCard.append(h('p', { class: 'note' }, `Showing the ${hood.edges.length} nearest and most recent relations; use the Graph view with filters to see the rest.`));
    }
    root.append(graphCard);

    // relations: the first page comes with the company, the rest from /api/relations?company=ID
    const relCard = h('section', { class: 'card' }, h('h2', {}, 'Relations'));
    if (company.relations.length === 0) {
      relCard.append(h('p', { class: 'muted' }, state.asOf ? `Nothing reported on or before ${state.asOf}.` : 'No relations reported.'));
    } else {
      const tbody = h('tbody', {}, company.relations.map(relationRow));
      relCard.append(h('div', { class: 'table-wrap' }, h('table', { class: 'stack', id: 'relations' },
        h('thead', {}, h('tr', {}, ['Relation', 'Company', 'Status', 'Products', 'First seen', 'Last seen', 'Evidence'].map((t) => h('th', {}, t)))),
        tbody)));
      const more = h('div', { class: 'more' });
      relCard.append(more);
      let shown = company.relations.length;
      const showMore = () => {
        clear(more);
        if (shown >= company.relations_total) return;
        more.append(h('span', { class: 'muted small-text', id: 'relations-count' }, `Showing ${shown} of ${fmtNumber(company.relations_total, 0)}. `),
          h('button', { type: 'button', id: 'relations-more', onclick: async (ev) => {
            ev.target.disabled = true;
            more.append(loading('Loading more relations…'));
            try {
              const page = await api('relations', Object.assign({ company: id, limit: 100, offset: shown }, asOfParam()));
              page.items.forEach((r) => tbody.append(relationRow(seenFrom(r, id))));
              shown += page.items.length;
              if (!page.items.length) shown = company.relations_total; // the data changed meanwhile
              showMore();
            } catch (e) { clear(more).append(errorBox(e)); }
          } }, `Show ${Math.min(100, company.relations_total - shown)} more`));
      };
      showMore();
    }
    root.append(relCard);

    // facilities
    const facCard = h('section', { class: 'card' }, h('h2', {}, 'Facilities'));
    if (company.facilities.length === 0) facCard.append(h('p', { class: 'muted' }, 'No plants reported for this company.'));
    else facCard.append(facilityTable(company.facilities, false));
    root.append(facCard);
  }

  /** A relation as seen from company ``id`` (what GET /api/companies/{id} adds to each one). */
  function seenFrom(r, id) {
    const out = r.source.id === id;
    return Object.assign({}, r, { direction: r.symmetric ? 'mutual' : (out ? 'out' : 'in'), other: out ? r.target : r.source });
  }

  function relationRow(r) {
    return h('tr', { 'data-relation': r.id },
      h('td', { 'data-label': 'Relation' }, swatch(COLORS[r.type]), ' ', relationPhrase(r)),
      h('td', { 'data-label': 'Company' }, h('a', { href: companyHref(r.other.id) }, r.other.name)),
      h('td', { 'data-label': 'Status' }, badge(r.status)),
      h('td', { 'data-label': 'Products' }, r.products.join(', ')),
      h('td', { 'data-label': 'First seen' }, r.first_seen || 'undated'),
      h('td', { 'data-label': 'Last seen' }, r.last_seen || 'undated'),
      h('td', { 'data-label': 'Evidence' }, h('button', { type: 'button', class: 'small', onclick: () => setParams({ rel: r.id }) },
        `${r.assertions} report${r.assertions === 1 ? '' : 's'}`)));
  }

  function facilityTable(items, withOwner) {
    const head = (withOwner ? ['Owner'] : []).concat(['Location', 'Country', 'Product', 'Status', 'Capacity', 'Investment', 'Last seen']);
    return h('div', { class: 'table-wrap' }, h('table', { class: 'stack', id: 'facilities' },
      h('thead', {}, h('tr', {}, head.map((t) => h('th', {}, t)))),
      h('tbody', {}, items.map((f) => h('tr', {},
        withOwner ? h('td', { 'data-label': 'Owner' }, f.owner ? h('a', { href: companyHref(f.owner.id) }, f.owner.name) : 'unknown') : null,
        h('td', { 'data-label': 'Location' }, f.location || 'unknown'),
        h('td', { 'data-label': 'Country' }, f.country || ''),
        h('td', { 'data-label': 'Product' }, f.product || ''),
        h('td', { 'data-label': 'Status' }, badge(f.status)),
        h('td', { 'data-label': 'Capacity', class: 'num' }, fmtCapacity(f.capacity)),
        h('td', { 'data-label': 'Investment', class: 'num' }, fmtMoney(f.investment)),
        h('td', { 'data-label': 'Last seen' }, f.last_seen || 'undated'))))));
  }

  function relationTitle(r) {
    return h('span', {}, h('a', { href: companyHref(r.source.id) }, r.source.name), ' ' + (PHRASE[r.type] || [r.type])[0] + ' ',
      h('a', { href: companyHref(r.target.id) }, r.target.name));
  }

  function renderRelation(r, into) {
    const asOfNote = r.as_of ? ` (as of ${r.as_of})` : '';
    into.append(h('h2', { id: 'relation-title' }, relationTitle(r)));
    into.append(h('div', { class: 'status-line', id: 'relation-status' }, 'Status' + asOfNote + ': ', badge(r.status),
      h('span', { class: 'muted small-text' }, (r.status_reason || '').replace(/in_talks/g, 'in talks')),
      r.contested ? h('span', { class: 'note' }, 'sources disagree') : null));
    if (r.products.length) into.append(h('p', {}, 'Products: ' + r.products.join(', ')));
    into.append(h('p', { class: 'muted small-text' }, `${r.assertions} report${r.assertions === 1 ? '' : 's'} in ${r.documents} document${r.documents === 1 ? '' : 's'}` +
      (r.first_seen ? `, ${r.first_seen} – ${r.last_seen}` : '')));

    into.append(h('h3', {}, 'Status timeline'));
    if (!r.timeline.length) into.append(h('p', { class: 'muted' }, 'No statements' + asOfNote + '.'));
    else {
      into.append(h('ol', { class: 'timeline', id: 'timeline' }, r.timeline.map((st) => h('li', {},
        h('strong', {}, st.start ? (st.start === st.end ? st.start : `${st.start} – ${st.end}`) : 'undated'), ' ',
        badge(st.status), ' ',
        h('span', { class: 'muted small-text' }, `${st.sources} source${st.sources === 1 ? '' : 's'}` +
          (st.effective && st.effective !== st.status ? `; status stays ${STATUS_LABEL[st.effective] || st.effective}` : ''))))));
    }
    for (const c of r.contradictions || []) {
      into.append(h('p', { class: 'note' }, `Sources disagree on ${c.date}${c.until && c.until !== c.date ? ' – ' + c.until : ''}: ` +
        Object.keys(c.statuses || {}).map((k) => STATUS_LABEL[k] || k).join(' vs ')));
    }

    into.append(h('h3', {}, 'Evidence'));
    const list = h('div', { id: 'evidence' });
    for (const ev of r.evidence) {
      const doc = ev.document;
      const where = [];
      if (doc.url) where.push(externalLink(doc.url, doc.url));
      for (const a of doc.addresses || []) {
        if (a.source !== doc.source && a.url !== doc.url) where.push(h('span', { class: 'url-text' }, a.source));
      }
      if (!doc.url) where.push(h('span', { class: 'url-text' }, doc.source));
      list.append(h('figure', { class: 'evidence' + (ev.known_on_as_of ? '' : ' later'), 'data-assertion': ev.assertion_id },
        h('blockquote', { lang: ev.language || null }, ev.text),
        h('figcaption', {}, badge(ev.status),
          h('span', {}, ev.published || 'undated'),
          ev.language ? h('span', {}, 'language: ' + ev.language) : null,
          ev.product ? h('span', {}, 'product: ' + ev.product) : null,
          doc.title ? h('span', { class: 'doc-title' }, '“' + doc.title + '”') : null,
          where,
          ev.known_on_as_of ? null : h('span', { class: 'note' }, 'published after the as-of date'))));
    }
    into.append(list);
    into.append(h('p', { class: 'small-text' }, h('a', { href: hashFor(['relation', r.id]) }, 'Link to this relation')));
  }

  async function showPanel(rid) {
    const p = panel();
    p.hidden = false;
    clear(p).append(h('button', { type: 'button', class: 'close small', 'aria-label': 'Close', onclick: () => setParams({ rel: null }) }, 'Close ✕'), loading('Loading evidence…'));
    const body = h('div', { class: 'panel-body' });
    try {
      const r = await api('relations/' + encodeURIComponent(rid), asOfParam());
      if (state.panelKey !== rid + '|' + state.asOf) return;
      p.lastChild.remove();
      renderRelation(r, body);
      p.append(body);
      document.querySelectorAll('.edge-hit.selected').forEach((x) => x.classList.remove('selected'));
      document.querySelectorAll(`.edge-hit[data-relation="${CSS.escape(rid)}"]`).forEach((x) => x.classList.add('selected'));
    } catch (e) {
      p.lastChild.remove();
      p.append(errorBox(e));
    }
  }
  function hidePanel() {
    const p = panel();
    p.hidden = true;
    clear(p);
    document.querySelectorAll('.edge-hit.selected').forEach((x) => x.classList.remove('selected'));
  }

  async function viewRelation(rid) {
    const root = clear(main());
    root.append(loading('Loading relation…'));
    try {
      const r = await api('relations/' + encodeURIComponent(rid), asOfParam(), newRequest());
      clear(root);
      const body = h('section', { class: 'card relation-page' });
      const inner = h('div', { class: 'panel-body' });
      renderRelation(r, inner);
      body.append(inner);
      root.append(body);
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(root).append(errorBox(e));
    }
  }

  async function viewGraph(params) {
    const root = clear(main());
    const f = {
      type: params.get('type') || '', status: params.get('status') || '', product: params.get('product') || '',
      since: params.get('since') || '', until: params.get('until') || '',
    };
    const form = h('form', { class: 'filters card', id: 'graph-filters' },
      h('label', {}, 'Relation type', h('select', { name: 'type' }, h('option', { value: '' }, 'any'),
        TYPES.map((t) => h('option', { value: t, selected: f.type === t }, TYPE_LABEL[t])))),
      h('label', {}, 'Status', h('select', { name: 'status' }, h('option', { value: '' }, 'any'),
        STATUSES.map((t) => h('option', { value: t, selected: f.status === t }, STATUS_LABEL[t])))),
      h('label', {}, 'Product', h('input', { type: 'text', name: 'product', value: f.product, placeholder: 'e.g. cells' })),
      h('label', {}, 'Reported from', h('input', { type: 'date', name: 'since', value: f.since })),
      h('label', {}, 'Reported until', h('input', { type: 'date', name: 'until', value: f.until })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'),
        h('button', { type: 'button', onclick: () => setParams({ type: null, status: null, product: null, since: null, until: null }) }, 'Reset')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const data = new FormData(form);
      setParams({ type: data.get('type'), status: data.get('status'), product: String(data.get('product') || '').trim(), since: data.get('since'), until: data.get('until') });
    });
    root.append(h('h1', {}, 'Whole graph'), form);
    const out = h('section', { class: 'card' }, loading('Loading relations…'));
    root.append(out);
    const LIMIT = 300;
    let page;
    try {
      page = await api('relations', Object.assign({ limit: LIMIT }, f, asOfParam()), newRequest());
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(out).append(errorBox(e));
      return;
    }
    clear(out);
    if (page.total === 0) {
      const filtered = Object.values(f).some(Boolean) || state.asOf;
      out.append(filtered ? empty('No relation matches these filters.', 'Widen them, or press Reset.')
        : empty('No relations yet: run `tierscope ingest PATH`', 'Ingest news articles, then reload this page.'));
      return;
    }
    const nodes = new Map();
    for (const e of page.items) for (const c of [e.source, e.target]) if (!nodes.has(c.id)) nodes.set(c.id, { id: c.id, name: c.name, depth: 1 });
    const drawing = drawGraph([...nodes.values()], page.items, {
      center: null, height: 640, label: 'Relations', minWidth: nodes.size > 12 ? 720 : 0,
      onNode: (n) => { location.hash = companyHref(n.id); },
      onEdge: (e) => setParams({ rel: e.id }),
    });
    out.append(h('p', { class: 'muted small-text', id: 'graph-count' }, page.total > page.items.length
      ? `Showing the ${page.items.length} most recently reported of ${fmtNumber(page.total, 0)} relations; narrow the filters to see others.`
      : `${page.total} relation${page.total === 1 ? '' : 's'} between ${nodes.size} companies.`,
      drawing.classList.contains('wide') ? ' The drawing is wider than this screen: scroll it sideways.' : null));
    out.append(h('div', { class: 'graph-wrap', id: 'whole-graph' }, drawing), legend());
  }

  async function viewCapacity(params) {
    const root = clear(main());
    const by = params.get('by') === 'country' ? 'country' : 'owner';
    const select = h('select', { id: 'capacity-by', 'aria-label': 'Group by', onchange: (ev) => setParams({ by: ev.target.value === 'owner' ? null : ev.target.value }) },
      h('option', { value: 'owner', selected: by === 'owner' }, 'owner'), h('option', { value: 'country', selected: by === 'country' }, 'country'));
    root.append(h('h1', {}, 'Plant capacity'), h('div', { class: 'toolbar' }, h('label', {}, 'By ', select),
      h('span', { class: 'muted small-text' }, 'Cell plants that are active, announced, under construction or planned, in GWh per year.')));
    const out = h('section', { class: 'card' }, loading('Loading capacity…'));
    root.append(out);
    let cap, facs;
    try {
      const signal = newRequest();
      [cap, facs] = await Promise.all([api('capacity', Object.assign({ by }, asOfParam()), signal), api('facilities', Object.assign({ limit: 500 }, asOfParam()), signal)]);
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(out).append(errorBox(e));
      return;
    }
    clear(out);
    if (!cap.items.length) {
      out.append(empty('No plant capacity reported yet.', 'Ingest articles about battery plants (“a 40 GWh plant in …”), then reload.'));
    } else {
      out.append(barChart(cap.items, by));
    }
    const list = h('section', { class: 'card' }, h('h2', {}, 'Facilities'));
    if (facs.items.length) list.append(facilityTable(facs.items, true));
    else list.append(h('p', { class: 'muted' }, 'No facilities.'));
    root.append(list);
  }

  function barChart(items, by) {
    const shown = items.slice(0, 40);
    // drawn at the screen's width (as the graphs are), so the labels keep their size on a phone
    const width = Math.max(300, Math.min(900, (main().clientWidth || 900) - 40));
    const rowH = 28, labelW = Math.min(220, Math.round(width * 0.34)), chartW = width - labelW - 80, top = 10;
    const maxChars = Math.max(8, Math.floor(labelW / 7.5));
    const max = Math.max(...shown.map((i) => i.gwh), 1);
    const svg = s('svg', { class: 'bars', id: 'capacity-chart', viewBox: `0 0 ${width} ${top + shown.length * rowH + 10}`, role: 'img', 'aria-label': `Capacity by ${by}` });
    shown.forEach((it, i) => {
      const y = top + i * rowH;
      const label = [s('title', { text: it.label }), s('text', { x: labelW - 8, y: y + 17, 'text-anchor': 'end' }, truncate(it.label, maxChars))];
      if (by === 'owner' && it.company_id) svg.append(s('a', { href: companyHref(it.company_id) }, label));
      else svg.append(s('g', {}, label));
      const w = Math.max(2, (it.gwh / max) * chartW);
      svg.append(s('rect', { class: 'bar', x: labelW, y: y + 4, width: w.toFixed(1), height: rowH - 8, rx: 3 },
        s('title', { text: `${it.label}: ${fmtNumber(it.gwh)} GWh in ${it.plants} plant${it.plants === 1 ? '' : 's'}` })));
      svg.append(s('text', { class: 'value', x: labelW + w + 6, y: y + 17 }, fmtNumber(it.gwh) + ' GWh'));
    });
    const wrap = h('div', {}, svg);
    if (items.length > shown.length) wrap.append(h('p', { class: 'note' }, `Showing the largest ${shown.length} of ${items.length}.`));
    return wrap;
  }

  // -- router -------------------------------------------------------------------------------------

  function syncAsOf(params) {
    const v = params.get('as_of');
    state.asOf = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
    const input = document.getElementById('asof');
    if (input.value !== (state.asOf || '')) input.value = state.asOf || '';
    document.body.classList.toggle('has-asof', !!state.asOf);
  }

  function route() {
    const { path, params } = parseHash();
    syncAsOf(params);
    const rel = params.get('rel');
    const mainParams = new URLSearchParams(params);
    mainParams.delete('rel');
    const key = path.join('/') + '?' + mainParams.toString();
    const view = path[0] || 'home';
    document.querySelectorAll('[data-nav]').forEach((a) => {
      const on = a.getAttribute('data-nav') === (view === 'company' || view === 'relation' ? 'home' : view);
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
      a.setAttribute('href', hashFor(a.getAttribute('data-nav') === 'home' ? [] : [a.getAttribute('data-nav')], {}));
    });
    if (key !== state.mainKey) {
      state.mainKey = key;
      document.title = 'tierscope';
      if (view === 'company' && path[1]) viewCompany(path[1], params);
      else if (view === 'relation' && path[1]) viewRelation(path[1]);
      else if (view === 'graph') viewGraph(params);
      else if (view === 'capacity') viewCapacity(params);
      else viewHome(params);
      window.scrollTo(0, 0);
    }
    const pkey = rel ? rel + '|' + state.asOf : null;
    if (pkey !== state.panelKey) {
      state.panelKey = pkey;
      if (rel) showPanel(rel); else hidePanel();
    }
  }

  /** The relation panel sits below the header, so the as-of date stays at hand while it is open. */
  function measureHeader() {
    const top = document.querySelector('header.top');
    if (top) document.documentElement.style.setProperty('--top-h', Math.ceil(top.getBoundingClientRect().height) + 'px');
  }

  function init() {
    measureHeader();
    window.addEventListener('resize', measureHeader);
    const input = document.getElementById('asof');
    input.addEventListener('change', () => setParams({ as_of: input.value || null }));
    document.getElementById('asof-form').addEventListener('submit', (ev) => ev.preventDefault());
    document.getElementById('asof-clear').addEventListener('click', () => setParams({ as_of: null }));
    document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && !panel().hidden) setParams({ rel: null }); });
    window.addEventListener('hashchange', route);
    route();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
