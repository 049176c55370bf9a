/* Drawing relation graphs as SVG: a small force layout (rings around a company on its page,
 * connected parts packed in rows for the whole graph) that keeps every company's name readable,
 * edges coloured by type and drawn by status, arrows for directed relations. */
import { COLORS, DIRECTED, STATUS_LABEL, TYPES, TYPE_LABEL } from './vocab.js';
import { h, s, truncate } from './dom.js';

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

/** An SVG graph. nodes: {id, name, depth}; edges: relations ({id, type, status, source, target}).
 *  opts: center (a node id, or null for the whole graph), available (the width it may take),
 *  minWidth, height (the least), label, onNode(node), onEdge(edge). */
export function drawGraph(nodes, edges, opts) {
  // the drawing's own size follows the screen, so labels stay readable on a phone; a big graph
  // keeps at least opts.minWidth and scrolls sideways in its box rather than crowd its labels
  const avail = Math.max(300, Math.min(900, (opts.available || 900) - 40));
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

export function legend() {
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
