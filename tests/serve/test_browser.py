"""End-to-end tests in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright)
against a real uvicorn server over a real SQLite database. Screenshots go to artefacts/screenshots/."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from serve_support import PAYLOAD_IMG, PAYLOAD_SCRIPT, PAYLOAD_URL, build_db, hostile_docs, screenshot, sprawl_docs

from tierscope.store import SQLiteStore

pytestmark = pytest.mark.slow

TIMEOUT = 15_000


def ids(server):
    def cid(q):
        return server.get(f"/api/companies?q={q}")[2]["items"][0]["id"]

    return cid


def edge_selector(rid: str) -> str:
    return f'.edge-hit[data-relation="{rid}"]'


def test_find_by_alias_open_company_click_edge_read_evidence_change_as_of(server, page):
    page.set_default_timeout(TIMEOUT)
    page.goto(server.url + "/")
    finder = page.locator("#finder")
    finder.wait_for()
    finder.press_sequentially("lge", delay=40)  # part of the alias "LGES" only
    page.locator(".finder [role=status]", has_text="matches “lge”").wait_for()
    result = page.locator("#results a", has_text="LG Energy Solution")
    assert page.locator("#results a").count() == 1
    assert "LGES" in page.locator("#results").inner_text()
    screenshot(page, "01-finder")
    result.click()

    page.locator("#company-name", has_text="LG Energy Solution").wait_for()
    assert "#/company/" in page.url
    graph = page.locator("#neighbourhood svg.graph")
    graph.wait_for()
    assert page.locator("#neighbourhood .node").count() == 3
    assert page.locator("#relations tbody tr").count() == 2
    rel = page.locator("#neighbourhood path.edge.type-joint_venture")
    assert rel.get_attribute("data-status") == "denied"
    assert "status-denied" in rel.get_attribute("class")
    rid = rel.get_attribute("data-relation")
    # directed relations get an arrow, symmetric ones do not
    assert page.locator("#neighbourhood path.edge.type-supplies").get_attribute("marker-end")
    assert rel.get_attribute("marker-end") is None
    screenshot(page, "02-company")

    page.locator(edge_selector(rid)).click()
    panel = page.locator("#panel")
    panel.locator("#relation-status .badge").wait_for()
    assert "rel=" + rid in page.url  # shareable
    assert panel.locator("#relation-status .badge").get_attribute("data-status") == "denied"
    quotes = panel.locator("#evidence blockquote")
    assert quotes.count() == 2
    french = panel.locator('#evidence blockquote[lang="fr"]')
    assert french.inner_text().startswith("LG Energy Solution et Renault sont en discussions")
    figure = panel.locator("#evidence figure").first
    assert figure.locator("a.source-link").get_attribute("href") == "https://example.fr/lges-renault"
    assert "2024-03-05" in figure.inner_text()
    timeline = panel.locator("#timeline li")
    assert timeline.count() == 2
    assert "2024-07-22" in timeline.nth(1).inner_text()
    screenshot(page, "03-relation-panel")

    # what was known on 2024-05-01: talks, not yet denied
    page.fill("#asof", "2024-05-01")
    page.dispatch_event("#asof", "change")
    page.wait_for_function("() => location.hash.includes('as_of=2024-05-01')")
    page.locator('#relation-status .badge[data-status="in_talks"]').wait_for()
    page.locator('#neighbourhood path.edge.type-joint_venture[data-status="in_talks"]').wait_for()
    dash = page.eval_on_selector("#neighbourhood path.edge.type-joint_venture",
                                 "el => getComputedStyle(el).strokeDasharray")
    assert dash not in ("", "none")  # in talks is drawn dashed
    assert panel.locator("#timeline li").count() == 1
    assert panel.locator("#evidence figure.later").count() == 1  # the denial came later
    assert "2024-05-01" in page.locator(".asof-banner").inner_text()
    screenshot(page, "04-as-of")

    # back to today
    page.click("#asof-clear")
    page.locator('#relation-status .badge[data-status="denied"]').wait_for()
    page.keyboard.press("Escape")
    page.locator("#panel").wait_for(state="hidden")

    # click a node to open that company
    page.locator('#neighbourhood .node[aria-label="General Motors"]').click()
    page.locator("#company-name", has_text="General Motors").wait_for()
    assert page.js_errors == []
    # every script, style, icon and answer came from this server: no CDN, no web font
    assert page.requests and all(url.startswith(server.url + "/") for url in page.requests), page.requests


def test_shared_link_opens_company_relation_and_date(server, page):
    cid = ids(server)
    bmw = cid("bmw")
    rid = server.get(f"/api/companies/{bmw}")[2]["relations"][0]["id"]
    page.set_default_timeout(TIMEOUT)
    page.goto(f"{server.url}/#/company/{bmw}?as_of=2023-12-31&rel={rid}")
    page.locator('#relation-status .badge[data-status="rumoured"]').wait_for()
    assert page.locator("#asof").input_value() == "2023-12-31"
    assert page.locator('#panel #evidence blockquote[lang="de"]').inner_text().startswith("Laut Insidern")
    page.locator("#neighbourhood svg").wait_for()  # the panel and the company page load independently
    assert page.locator('#neighbourhood path.edge[data-status="rumoured"]').count() == 1
    # the facilities table and the relations table
    page.goto(f"{server.url}/#/company/{cid('catl')}")
    page.locator("#company-name", has_text="CATL").wait_for()
    facilities = page.locator("#facilities").inner_text()
    assert "Debrecen" in facilities and "100 GWh" in facilities and "7.3 bn EUR" in facilities
    assert page.js_errors == []


def test_whole_graph_filters(server, page):
    page.set_default_timeout(TIMEOUT)
    page.goto(server.url + "/#/graph")
    page.locator("#whole-graph svg").wait_for()
    assert page.locator("#whole-graph path.edge").count() == 7
    page.select_option('#graph-filters select[name="type"]', "supplies")
    page.click('#graph-filters button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#whole-graph path.edge').length === 3")
    page.fill('#graph-filters input[name="product"]', "cells")
    page.select_option('#graph-filters select[name="status"]', "ended")
    page.click('#graph-filters button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#whole-graph path.edge').length === 1")
    assert page.locator("#whole-graph path.edge").get_attribute("data-status") == "ended"
    assert "status=ended" in page.url and "type=supplies" in page.url
    page.select_option('#graph-filters select[name="status"]', "")
    page.select_option('#graph-filters select[name="type"]', "")
    page.fill('#graph-filters input[name="product"]', "")
    page.fill('#graph-filters input[name="since"]', "2024-01-01")
    page.fill('#graph-filters input[name="until"]', "2024-03-31")
    page.click('#graph-filters button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#whole-graph path.edge').length === 2")
    screenshot(page, "05-graph-filtered")
    page.fill('#graph-filters input[name="since"]', "2030-01-01")
    page.fill('#graph-filters input[name="until"]', "")
    page.click('#graph-filters button[type="submit"]')
    page.locator(".empty", has_text="No relation matches").wait_for()
    # an edge opens the relation panel here too
    page.click("#graph-filters button:has-text('Reset')")
    page.locator("#whole-graph svg").wait_for()
    page.locator("#whole-graph .edge-hit").first.focus()
    page.keyboard.press("Enter")
    page.locator("#panel #relation-status .badge").wait_for()
    screenshot(page, "06-graph-panel")
    assert page.js_errors == []


def test_capacity_chart(server, page):
    page.set_default_timeout(TIMEOUT)
    page.goto(server.url + "/#/capacity")
    page.locator("#capacity-chart rect.bar").first.wait_for()
    labels = page.locator("#capacity-chart text:not(.value)").all_text_contents()
    assert labels == ["CATL", "Northvolt"]
    assert page.locator("#capacity-chart text.value").all_text_contents() == ["114 GWh", "60 GWh"]
    widths = [float(w) for w in page.eval_on_selector_all("#capacity-chart rect.bar", "els => els.map(e => e.getAttribute('width'))")]
    assert widths[0] > widths[1] > 0
    screenshot(page, "07-capacity-owner")
    page.select_option("#capacity-by", "country")
    page.wait_for_function("() => location.hash.includes('by=country')")
    page.locator("#capacity-chart text", has_text="HU").wait_for()
    assert page.locator("#capacity-chart text:not(.value)").all_text_contents() == ["HU", "SE", "DE"]
    # as of a date before any plant was reported: the empty state
    page.fill("#asof", "2020-01-01")
    page.dispatch_event("#asof", "change")
    page.locator(".empty", has_text="No plant capacity").wait_for()
    assert page.js_errors == []


def test_phone_layout_is_readable(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    cid = ids(server)("catl")
    page.goto(f"{server.url}/#/company/{cid}")
    page.locator("#company-name", has_text="CATL").wait_for()
    page.locator("#neighbourhood svg").wait_for()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page is {overflow}px wider than the phone screen"
    box = page.locator("#neighbourhood svg").bounding_box()
    assert box["width"] <= 390
    screenshot(page, "08-phone-company")
    rid = page.locator("#neighbourhood .edge-hit").first.get_attribute("data-relation")
    page.locator(edge_selector(rid)).tap()
    page.locator("#panel #evidence blockquote").first.wait_for()
    panel = page.locator("#panel").bounding_box()
    assert panel["width"] == pytest.approx(390, abs=1)
    screenshot(page, "09-phone-panel", full_page=False)
    context.close()


def test_empty_database_says_what_to_do(start_server, tmp_path, page):
    db = tmp_path / "empty.db"
    SQLiteStore(db).close()
    srv = start_server(db)
    page.set_default_timeout(TIMEOUT)
    page.goto(srv.url + "/")
    msg = page.locator(".empty", has_text="No companies yet")
    msg.wait_for()
    assert "tierscope ingest PATH" in msg.inner_text()
    screenshot(page, "10-empty")
    page.goto(srv.url + "/#/graph")
    page.locator(".empty", has_text="No relations yet").wait_for()
    page.goto(srv.url + "/#/company/0123456789abcdef")
    page.locator(".error", has_text="no company with id").wait_for()


def test_untrusted_text_is_shown_literally_and_never_runs(start_server, tmp_path, browser):
    """Articles with script payloads in text, title, URL, company name, product and place, through
    the real `tierscope ingest` (jsonl, text and html) and through the store API.

    The browser ignores the Content-Security-Policy here (``bypass_csp``), so what is checked is
    the page's own escaping; the policy is a second wall, checked on its own below."""
    articles = tmp_path / "hostile.jsonl"
    articles.write_text("\n".join(json.dumps(r) for r in [
        {"id": "h1", "url": PAYLOAD_URL, "title": f"{PAYLOAD_SCRIPT} Title", "published": "2024-03-01",
         "text": f"CATL will supply battery cells to BMW {PAYLOAD_SCRIPT}, the companies announced on Friday. "
                 f"LG Energy Solution {PAYLOAD_IMG} is in talks to supply Tesla with cells, sources said."},
        {"id": "h2", "url": "https://example.com/h2", "published": "2024-03-02",
         "html": f"<html><head><title>Cells {PAYLOAD_SCRIPT}</title></head><body><article><p>Samsung SDI will "
                 f"supply battery cells to Rivian, the companies announced on Monday. {PAYLOAD_SCRIPT}"
                 f'<a href="{PAYLOAD_URL}">Read more</a> {PAYLOAD_IMG}</p><p>Deliveries start in 2026 at '
                 f"the plant in Indiana, the companies said.</p></article></body></html>"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "hostile.db"
    res = subprocess.run([sys.executable, "-m", "tierscope", "ingest", str(articles), "--db", str(db)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    with SQLiteStore(db) as store:
        for doc in hostile_docs():
            store.add_document(doc)
    srv = start_server(db)
    cid = ids(srv)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_default_timeout(TIMEOUT)
    visited = []

    def clean(name: str):
        assert page.evaluate("() => window.__pwned") is None, f"payload ran on {name}"
        assert page.locator("img").count() == 0, f"an <img> was created on {name}"
        scripts = page.evaluate("() => [...document.scripts].map(s => s.getAttribute('src'))")
        assert scripts == ["/static/app.js"], f"a <script> was created on {name}: {scripts}"
        handlers = page.evaluate("() => [...document.querySelectorAll('*')].flatMap(el => "
                                 "[...el.attributes].map(a => a.name)).filter(n => n.startsWith('on'))")
        assert handlers == [], f"event handler attributes on {name}: {handlers}"
        hrefs = page.eval_on_selector_all("[href]", "els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript")], hrefs
        visited.append(name)

    # finder: company names carrying markup
    page.goto(srv.url + "/")
    page.locator("#finder").press_sequentially("evil", delay=20)
    page.locator(".finder [role=status]", has_text="matches “evil”").wait_for()
    assert PAYLOAD_IMG in page.locator("#results").inner_text()
    clean("finder")

    # the company page from real ingest: evidence with <script>, javascript: URL as text
    catl = cid("catl")
    rels = srv.get(f"/api/companies/{catl}")[2]["relations"]
    assert rels, "the pipeline found no CATL relation in the hostile article"
    page.goto(f"{srv.url}/#/company/{catl}?rel={rels[0]['id']}")
    page.locator("#panel #evidence blockquote").first.wait_for()
    quote = page.locator("#panel #evidence blockquote").first.inner_text()
    assert PAYLOAD_SCRIPT in quote
    caption = page.locator("#panel #evidence figcaption").first
    assert caption.locator(".url-text", has_text=PAYLOAD_URL).count() == 1
    assert caption.locator("a").count() == 0
    assert PAYLOAD_SCRIPT in caption.inner_text()  # the title, literally
    clean("ingested relation")
    screenshot(page, "11-xss-ingested")

    # the hand-built article: markup in a company name, the product, a facility location
    acme = cid("acme")
    page.goto(f"{srv.url}/#/company/{acme}")
    page.locator("#company-name", has_text="Acme Batteries").wait_for()
    labels = page.locator("#neighbourhood .node").evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert f"Evil {PAYLOAD_IMG} Corp" in labels
    assert f"cells {PAYLOAD_IMG}" in page.locator("#relations").inner_text()
    assert f"Town {PAYLOAD_SCRIPT}" in page.locator("#facilities").inner_text()
    page.locator("#neighbourhood .edge-hit").first.click()
    page.locator("#panel #evidence blockquote").first.wait_for()
    assert PAYLOAD_SCRIPT in page.locator("#panel #evidence blockquote").first.inner_text()
    clean("hand-built company")
    screenshot(page, "12-xss-company")

    # the html article: its markup was cleaned away at ingest, its link and image never reach the page
    sdi = cid("samsung%20sdi")
    [rel] = srv.get(f"/api/companies/{sdi}")[2]["relations"]
    page.goto(f"{srv.url}/#/company/{sdi}?rel={rel['id']}")
    page.locator("#panel #evidence blockquote").first.wait_for()
    assert "Samsung SDI will supply battery cells to Rivian" in page.locator("#panel #evidence").inner_text()
    clean("html article")

    views = (("graph", "/#/graph", "#whole-graph svg"), ("capacity", "/#/capacity", "#capacity-chart"),
             ("relation page", f"/#/relation/{rels[0]['id']}", "main #evidence blockquote"))
    for name, path, ready in views:
        page.goto(srv.url + path)
        page.locator(ready).first.wait_for()
        page.wait_for_load_state("networkidle")
        clean(name)
    assert errors == []
    assert len(visited) == 7
    context.close()


def test_content_security_policy_stops_inline_script_in_the_browser(server, page):
    """The second wall: were some markup ever to reach the page, the policy keeps inline script,
    inline event handlers and javascript: URLs from running."""
    page.set_default_timeout(TIMEOUT)
    page.goto(server.url + "/")
    page.locator("#finder").wait_for()
    page.evaluate("""() => {
        const s = document.createElement('script'); s.textContent = 'window.__pwned = 1'; document.body.append(s);
        document.body.insertAdjacentHTML('beforeend', '<img src="/static/favicon.svg" onload="window.__pwned = 2">');
        const a = document.createElement('a'); a.href = 'javascript:window.__pwned = 3'; a.id = 'jslink';
        a.textContent = 'x'; document.body.append(a);
    }""")
    page.click("#jslink")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert any("Content Security Policy" in e for e in page.js_errors)


def hub_docs(n: int = 130) -> list:
    """One article in which a hub supplies ``n`` customers (more than a company page lists at once)."""
    from serve_support import make_doc

    names = [f"Buyer {i:03d} Motors" for i in range(n)]
    text = " ".join(f"Hubcell Energy supplies battery cells to {name}." for name in names)
    return [make_doc("hub", text, published="2024-06-01", url="https://example.com/hub",
                     companies={"Hubcell Energy": "Hubcell Energy", **{name: name for name in names}},
                     relations=[("supplies", "Hubcell Energy", name, "active", "battery cells", f"to {name}.")
                                for name in names])]


def test_loading_state_then_show_more_relations(start_server, tmp_path, page):
    from serve_support import build_db

    srv = start_server(build_db(tmp_path / "hub.db", hub_docs()))
    hub = ids(srv)("hubcell")
    page.set_default_timeout(TIMEOUT)
    held = []
    # hold the company's answers, so the loading state can be seen (and photographed)
    page.route(re.compile(r"/api/companies/[0-9a-f]+(/neighbourhood)?(\?|$)"), lambda route: held.append(route))
    page.goto(f"{srv.url}/#/company/{hub}")
    page.locator("main .loading", has_text="Loading company").wait_for()
    screenshot(page, "13-loading")
    assert len(held) == 2
    for route in held:
        route.continue_()
    page.locator("#company-name", has_text="Hubcell Energy").wait_for()
    assert page.locator("main .loading").count() == 0
    rows = page.locator("#relations tbody tr")
    assert rows.count() == 100
    assert "Showing 100 of 130" in page.locator("#relations-count").inner_text()
    page.click("#relations-more")
    page.wait_for_function("() => document.querySelectorAll('#relations tbody tr').length === 130")
    assert page.locator("#relations-more").count() == 0
    shown = page.locator("#relations tbody tr").evaluate_all("els => els.map(e => e.dataset.relation)")
    everything = srv.get(f"/api/relations?company={hub}&limit=500")[2]["items"]
    assert shown == [r["id"] for r in everything]  # one order, no duplicates, nothing missing
    assert page.locator("#relations tbody tr").last.locator("td").first.inner_text().strip() == "supplies"
    assert page.js_errors == []


def test_graph_view_follows_the_as_of_date(server, page):
    page.set_default_timeout(TIMEOUT)
    page.goto(server.url + "/#/graph")
    page.wait_for_function("() => document.querySelectorAll('#whole-graph path.edge').length === 7")
    page.fill("#asof", "2020-01-01")
    page.dispatch_event("#asof", "change")
    page.wait_for_function("() => document.querySelectorAll('#whole-graph path.edge').length === 1")
    assert page.locator("#whole-graph path.edge").get_attribute("data-type") == "invests_in"
    page.fill("#asof", "2023-12-31")
    page.dispatch_event("#asof", "change")
    page.wait_for_function("() => document.querySelectorAll('#whole-graph path.edge').length === 4")
    assert page.locator('#whole-graph path.edge[data-status="rumoured"]').count() == 1  # CATL -> BMW, then
    page.click("#asof-clear")
    page.wait_for_function("() => document.querySelectorAll('#whole-graph path.edge').length === 7")
    assert page.js_errors == []


def test_a_view_left_while_its_answer_is_read_never_draws_over_the_next(server, page):
    """The reader opens a company and, before its answer is read, goes to the whole graph. The company's
    answer must not clear the graph and draw the company (a stale view), nor arrive as null and throw.

    Reading the company's JSON is held back by the test, so the abort lands while the body is read:
    the narrow window that once left CI waiting for a graph that had been drawn off the page."""
    page.set_default_timeout(TIMEOUT)
    page.add_init_script("""
      const json = Response.prototype.json;
      window.__held = [];
      Response.prototype.json = function () {
        if (!window.__hold || !this.url.includes('/api/companies/')) return json.call(this);
        return new Promise((go) => window.__held.push(go)).then(() => json.call(this));
      };""")
    cid = ids(server)("lg%20energy")
    page.goto(server.url + "/")
    page.locator("#finder").wait_for()
    page.evaluate("() => { window.__hold = true; }")
    page.evaluate(f"() => {{ location.hash = '#/company/{cid}'; }}")
    page.wait_for_function("() => window.__held.length === 2")  # the company and its neighbourhood
    page.evaluate("() => { location.hash = '#/graph'; }")
    page.locator("#whole-graph svg").wait_for()
    page.evaluate("async () => { window.__hold = false; window.__held.forEach((go) => go());"
                  " await new Promise((r) => setTimeout(r, 300)); }")
    assert page.locator("#whole-graph svg").is_visible()
    assert page.locator("#company-name").count() == 0
    assert page.js_errors == []


@pytest.mark.parametrize("view", ["finder", "graph", "capacity", "relation"])
def test_every_view_fits_a_phone(server, browser, view):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    lges = ids(server)("lges")
    rid = server.get(f"/api/companies/{lges}")[2]["relations"][0]["id"]
    path, ready = {
        "finder": ("/#/?q=a", "#results a"),
        "graph": ("/#/graph", "#whole-graph svg"),
        "capacity": ("/#/capacity", "#capacity-chart rect.bar"),
        "relation": (f"/#/relation/{rid}", "#evidence blockquote"),
    }[view]
    page.goto(server.url + path)
    page.locator(ready).first.wait_for()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{view} is {overflow}px wider than the phone screen"
    # chart and graph labels keep a readable size (they are drawn at the screen's width)
    smallest = page.evaluate("() => Math.min(...[...document.querySelectorAll('main svg text')]"
                             ".map(t => t.getBoundingClientRect().height).filter(h => h > 0), 99)")
    assert smallest >= 10, f"{view}: a label is {smallest}px tall"
    screenshot(page, f"14-phone-{view}")
    context.close()


#: Pairs of nodes whose circles or labels overlap on screen, and labels outside the drawing.
CROWDING_JS = """(sel) => {
  const svg = document.querySelector(sel + ' svg.graph');
  const frame = svg.getBoundingClientRect();
  const boxes = [...svg.querySelectorAll('.node')].map((g) => ({
    name: g.getAttribute('aria-label'),
    parts: [g.querySelector('circle').getBoundingClientRect(), g.querySelector('text').getBoundingClientRect()],
  }));
  const hit = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const overlaps = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (a.parts.some((p) => b.parts.some((q) => hit(p, q)))) overlaps.push([a.name, b.name]);
  }));
  const outside = boxes.filter((b) => b.parts.some((p) => p.left < frame.left - 1 || p.right > frame.right + 1))
    .map((b) => b.name);
  return { nodes: boxes.length, overlaps, outside };
}"""


@pytest.mark.parametrize("viewport", [(1366, 768), (390, 844)], ids=["laptop", "phone"])
def test_whole_graph_names_never_overlap(start_server, tmp_path, browser, viewport):
    """A graph of many small groups stays readable: no company's circle or name covers another's,
    no name is cut off at the drawing's edge; on a phone the drawing scrolls sideways in its box
    instead of shrinking (the page itself does not)."""
    width, height = viewport
    srv = start_server(build_db(tmp_path / "sprawl.db", sprawl_docs()))
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=width < 500,
                                  has_touch=width < 500)
    page = context.new_page()
    errors: list[str] = []  # a Content-Security-Policy violation is reported as a console error
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.set_default_timeout(TIMEOUT)
    page.goto(srv.url + "/#/graph")
    page.locator("#whole-graph svg").wait_for()
    assert page.locator("#whole-graph path.edge").count() == 50
    crowding = page.evaluate(CROWDING_JS, "#whole-graph")
    assert crowding["nodes"] == 67
    assert crowding["overlaps"] == [], crowding["overlaps"][:10]
    assert crowding["outside"] == []
    assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 1
    if width < 500:
        wrap = page.evaluate("() => { const w = document.getElementById('whole-graph'); "
                             "return [w.scrollWidth, w.clientWidth]; }")
        assert wrap[0] > wrap[1]  # wider than the screen: it scrolls in its box
        assert "scroll it sideways" in page.locator("#graph-count").inner_text()
    screenshot(page, f"15-graph-sprawl-{'phone' if width < 500 else 'laptop'}")
    assert errors == []
    context.close()
