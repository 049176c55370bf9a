/* tierscope page: the views (finder, company, relation, whole graph, capacity) and the hash
 * router. Plain JS modules, no framework, no network beyond this server. Untrusted text only
 * reaches the page through dom.js's builders. */
import { COLORS, PHRASE, STATUSES, STATUS_LABEL, TYPES, TYPE_LABEL } from './vocab.js';
import { badge, clear, empty, errorBox, externalLink, fmtCapacity, fmtMoney, fmtNumber, h, loading, s, swatch, truncate } from './dom.js';
import { drawGraph, legend } from './graph.js';

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

const state = { asOf: null, mainKey: null, panelKey: null };

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
  try { body = await res.json(); } catch (e) { if (e.name === 'AbortError') throw e; /* else: not JSON */ }
  // An abort that lands while the body is read must not hand a stale answer (or null) to a view
  // the reader has already left: it would clear the page the reader went to and draw the old one.
  if (signal && signal.aborted) throw new DOMException('The request was replaced by a newer one', 'AbortError');
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : 'request failed (' + res.status + ')';
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
}
const asOfParam = () => (state.asOf ? { as_of: state.asOf } : {});

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
      center: id, label: `Relations of ${company.name}`, available: main().clientWidth, minWidth: hood.nodes.length > 16 ? 720 : 0,
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
    if (state.panelKey !== rid + '|' + state.asOf) return;  // the reader has moved on
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
    center: null, height: 640, label: 'Relations', available: main().clientWidth, minWidth: nodes.size > 12 ? 720 : 0,
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
