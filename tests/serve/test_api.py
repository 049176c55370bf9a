"""The JSON API through a real uvicorn server over a real SQLite database."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request

import pytest
from serve_support import PAYLOAD_SCRIPT, build_db, corpus, hostile_docs

from tierscope.serve.app import SECURITY_HEADERS


def company_id(server, q: str) -> str:
    status, _, body = server.get(f"/api/companies?q={q}")
    assert status == 200 and body["items"], body
    return body["items"][0]["id"]


def assert_error(status, body, expected_status: int, code: str | None = None):
    assert status == expected_status, body
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code


# -- companies ---------------------------------------------------------------------------------


def test_companies_pagination_covers_every_company_once(server):
    seen, offset = [], 0
    while True:
        status, _, body = server.get(f"/api/companies?limit=3&offset={offset}")
        assert status == 200
        assert body["limit"] == 3 and body["offset"] == offset
        assert len(body["items"]) <= 3
        seen += [c["id"] for c in body["items"]]
        offset += 3
        if offset >= body["total"]:
            break
    assert len(seen) == len(set(seen)) == body["total"] == 11
    status, _, past = server.get(f"/api/companies?limit=3&offset={body['total'] + 5}")
    assert status == 200 and past["items"] == [] and past["total"] == 11


def test_search_by_alias_and_name(server):
    # "lge" is only in the alias "LGES", not in "LG Energy Solution"
    status, _, body = server.get("/api/companies?q=lge")
    assert status == 200
    assert [c["name"] for c in body["items"]] == ["LG Energy Solution"]
    assert "LGES" in body["items"][0]["aliases"]
    # case, accents and spacing ignored; the alias "VW" finds Volkswagen
    _, _, body = server.get("/api/companies?q=vw")
    assert [c["name"] for c in body["items"]] == ["Volkswagen"]
    _, _, body = server.get("/api/companies?q=GENERAL%20%20motors")
    assert [c["name"] for c in body["items"]] == ["General Motors"]
    _, _, body = server.get("/api/companies?q=zzzz")
    assert body["items"] == [] and body["total"] == 0


def test_search_ranks_exact_and_prefix_matches_first(server):
    _, _, body = server.get("/api/companies?q=s")  # many contain an "s"
    names = [c["name"] for c in body["items"]]
    starts = [n for n in names if n.casefold().startswith("s")]
    assert names[: len(starts)] == starts  # names starting with "s" come first


def test_company_by_id(server):
    cid = company_id(server, "catl")
    status, _, body = server.get(f"/api/companies/{cid}")
    assert status == 200
    assert body["name"] == "CATL"
    assert [r["other"]["name"] for r in body["relations"]] == ["BMW"]
    rel = body["relations"][0]
    assert rel["direction"] == "out" and rel["status"] == "announced" and rel["type"] == "supplies"
    caps = {f["location"]: f["capacity"]["value"] for f in body["facilities"]}
    assert caps == {"Debrecen": 100.0, "Arnstadt": 14.0}
    debrecen = next(f for f in body["facilities"] if f["location"] == "Debrecen")
    assert debrecen["investment"] == {"amount": 7.3e9, "currency": "EUR"}
    assert debrecen["country"] == "HU" and debrecen["status"] == "under_construction"


def test_as_of_re_derives_status(server):
    cid = company_id(server, "catl")
    _, _, now = server.get(f"/api/companies/{cid}")
    _, _, then = server.get(f"/api/companies/{cid}?as_of=2023-12-31")
    _, _, before = server.get(f"/api/companies/{cid}?as_of=2023-01-01")
    assert now["relations"][0]["status"] == "announced"
    assert then["relations"][0]["status"] == "rumoured"
    assert then["relations"][0]["assertions"] == 1
    assert before["relations"] == [] and before["facilities"] == []
    # a year or a month means its last day, as in the CLI
    _, _, year = server.get(f"/api/companies/{cid}?as_of=2023")
    assert year["as_of"] == "2023-12-31" and year["relations"][0]["status"] == "rumoured"
    _, _, month = server.get(f"/api/companies/{cid}?as_of=2024-02")
    assert month["as_of"] == "2024-02-29" and month["relations"][0]["status"] == "announced"


def test_neighbourhood_depth_and_as_of(server):
    cid = company_id(server, "renault")
    status, _, one = server.get(f"/api/companies/{cid}/neighbourhood")
    assert status == 200
    assert {n["name"] for n in one["nodes"]} == {"Renault", "LG Energy Solution"}
    assert [e["status"] for e in one["edges"]] == ["denied"]
    _, _, two = server.get(f"/api/companies/{cid}/neighbourhood?depth=2")
    assert {n["name"]: n["depth"] for n in two["nodes"]} == {"Renault": 0, "LG Energy Solution": 1, "General Motors": 2}
    _, _, then = server.get(f"/api/companies/{cid}/neighbourhood?depth=2&as_of=2024-05-01")
    assert [e["status"] for e in then["edges"] if e["type"] == "joint_venture"] == ["in_talks"]
    _, _, early = server.get(f"/api/companies/{cid}/neighbourhood?as_of=2024-01-01")
    assert early["edges"] == [] and [n["name"] for n in early["nodes"]] == ["Renault"]


# -- relations ---------------------------------------------------------------------------------


def test_relations_filters_and_pagination(server):
    _, _, everything = server.get("/api/relations?limit=500")
    assert everything["total"] == 7
    dates = [r["last_seen"] for r in everything["items"]]
    assert dates == sorted(dates, reverse=True)  # most recent first
    pages = []
    for offset in range(0, 7, 3):
        _, _, body = server.get(f"/api/relations?limit=3&offset={offset}")
        pages += [r["id"] for r in body["items"]]
    assert pages == [r["id"] for r in everything["items"]]

    _, _, supplies = server.get("/api/relations?type=supplies")
    assert {(r["source"]["name"], r["target"]["name"]) for r in supplies["items"]} == {
        ("CATL", "BMW"), ("LG Energy Solution", "General Motors"), ("Northvolt", "Volkswagen")}
    _, _, ended = server.get("/api/relations?status=ended")
    assert [r["source"]["name"] for r in ended["items"]] == ["Northvolt"]
    _, _, packs = server.get("/api/relations?product=PACKS")
    assert [r["type"] for r in packs["items"]] == ["joint_venture"]
    _, _, period = server.get("/api/relations?since=2024-01-01&until=2024-03-31")
    assert {r["source"]["name"] for r in period["items"]} == {"CATL", "LG Energy Solution"}
    _, _, rumoured = server.get("/api/relations?status=rumoured&as_of=2023-06-30")
    assert [(r["source"]["name"], r["target"]["name"]) for r in rumoured["items"]] == [("CATL", "BMW")]
    _, _, old = server.get("/api/relations?as_of=2020-01-01")
    assert [r["type"] for r in old["items"]] == ["invests_in"]


def test_relation_detail_has_evidence_in_original_language_and_timeline(server):
    cid = company_id(server, "lges")
    _, _, company = server.get(f"/api/companies/{cid}")
    rid = next(r["id"] for r in company["relations"] if r["type"] == "joint_venture")
    status, _, rel = server.get(f"/api/relations/{rid}")
    assert status == 200
    assert rel["status"] == "denied"
    assert [(s["status"], s["start"]) for s in rel["timeline"]] == [("in_talks", "2024-03-05"), ("denied", "2024-07-22")]
    langs = {e["language"]: e for e in rel["evidence"]}
    assert set(langs) == {"fr", "en"}
    fr = langs["fr"]
    assert fr["text"].startswith("LG Energy Solution et Renault sont en discussions")
    assert fr["document"]["url"] == "https://example.fr/lges-renault"
    assert fr["published"] == "2024-03-05" and fr["status"] == "in_talks"
    _, _, then = server.get(f"/api/relations/{rid}?as_of=2024-05-01")
    assert then["status"] == "in_talks"
    assert [e["known_on_as_of"] for e in then["evidence"]] == [True, False]
    assert [s["status"] for s in then["timeline"]] == ["in_talks"]


def test_evidence_between_two_companies(server):
    a, b = company_id(server, "bmw"), company_id(server, "catl")
    status, _, body = server.get(f"/api/evidence?a={a}&b={b}")
    assert status == 200
    assert [(e["language"], e["status"]) for e in body["items"]] == [("de", "rumoured"), ("en", "announced")]
    assert body["items"][0]["text"].startswith("Laut Insidern")
    assert body["items"][0]["source"]["name"] == "CATL"


def test_facilities_and_capacity(server):
    _, _, facs = server.get("/api/facilities?limit=2")
    assert facs["total"] == 3 and len(facs["items"]) == 2
    cid = company_id(server, "northvolt")
    _, _, nv = server.get(f"/api/facilities?owner={cid}")
    assert [(f["location"], f["capacity"]["value"]) for f in nv["items"]] == [("Skellefteå", 60.0)]
    _, _, by_owner = server.get("/api/capacity")
    assert [(i["label"], i["gwh"]) for i in by_owner["items"]] == [("CATL", 114.0), ("Northvolt", 60.0)]
    assert by_owner["items"][0]["company_id"] == company_id(server, "catl")
    _, _, by_country = server.get("/api/capacity?by=country")
    assert [(i["label"], i["gwh"]) for i in by_country["items"]] == [("HU", 100.0), ("SE", 60.0), ("DE", 14.0)]
    _, _, then = server.get("/api/capacity?as_of=2024-01-01")
    assert then["items"] == []


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/companies/0123456789abcdef",
        "/api/companies/0123456789abcdef/neighbourhood",
        "/api/relations/0123456789abcdef",
        "/api/companies/not-an-id",
        "/api/facilities?owner=0123456789abcdef",
        "/api/evidence?a=0123456789abcdef&b=0123456789abcdee",
        "/api/no-such-route",
    ],
)
def test_unknown_ids_are_404_in_the_error_shape(server, path):
    status, headers, body = server.get(path)
    assert headers["content-type"].startswith("application/json")
    assert_error(status, body, 404, "not_found")


@pytest.mark.parametrize(
    "query",
    [
        "companies?limit=0", "companies?limit=501", "companies?limit=ten", "companies?offset=-1",
        "relations?type=buys", "relations?status=maybe", "relations?since=yesterday",
        "relations?since=2024-05-01&until=2024-01-01", "relations?as_of=2024-13-45", "relations?as_of=2024-1",
        "capacity?by=planet", "companies/{cid}/neighbourhood?depth=9", "companies/{cid}?as_of=soon",
        "evidence?a={cid}", "relations?company=Robert%27);DROP",
    ],
)
def test_bad_parameters_are_400_in_the_error_shape(server, query):
    cid = company_id(server, "catl")
    status, _, body = server.get("/api/" + query.format(cid=cid))
    assert_error(status, body, 400, "bad_parameter")


def test_wrong_method_is_an_error_shape(server):
    status, _, body = server.request("DELETE", "/api/companies")
    assert status == 405
    assert set(body["error"]) == {"code", "message"}


# -- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/app.css", "/api/companies", "/api/nope",
                                  "/api/companies?limit=0", "/nothing-here"])
def test_security_headers_on_every_response(server, path):
    _, headers, _ = server.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert headers[name.lower()] == value
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]


def test_static_assets_are_local_only(server):
    """Every file the page is made of is served here, and none names another site: no CDN, no web
    font, no remote image; scripts import only their neighbours and never parse data as HTML."""
    from tierscope.serve.app import STATIC_DIR

    files = sorted(p.name for p in STATIC_DIR.iterdir() if p.is_file())
    assert {"index.html", "app.js", "dom.js", "graph.js", "vocab.js", "app.css", "favicon.svg"} <= set(files)
    for name in files:
        status, headers, body = server.get(f"/static/{name}")
        assert status == 200, name
        text = body.decode() if isinstance(body, bytes) else json.dumps(body)
        # an address with a scheme, or a scheme-relative one in quotes or url(...)
        remote = r"https?://[a-z0-9.-]+|[\"'(]//[a-z0-9.-]+\.[a-z]{2,}"
        assert not re.search(remote, text.replace("http://www.w3.org/2000/svg", ""), flags=re.I), name
        assert "@import" not in text and "@font-face" not in text, name
        if name.endswith(".js"):
            assert headers["content-type"].split(";")[0] in ("text/javascript", "application/javascript"), name
            assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "document.write" not in text, name
            imports = re.findall(r"^import .* from '([^']+)';$", text, flags=re.M)
            assert all(re.fullmatch(r"\./[a-z]+\.js", i) and i[2:] in files for i in imports), (name, imports)
    _, _, html = server.get("/")
    html = html.decode()
    assert re.search(r"<script type=\"module\" src=\"/static/app.js\"", html)
    assert "<script>" not in html and "style=" not in html
    assert "https://" not in html and "http://" not in html


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "[::2]:80",
                                  "localhost:http", "[::1"])
def test_rejects_foreign_host_header_in_the_error_shape(server, host):
    status, headers, body = server.get("/api/companies", headers={"Host": host})
    assert_error(status, body, 400, "bad_host")
    assert headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8000", "LOCALHOST:8000", "[::1]:8000", "[::1]"])
def test_accepts_the_loopback_names(server, host):
    assert server.get("/api/stats", headers={"Host": host})[0] == 200


# -- OpenAPI -----------------------------------------------------------------------------------


def test_openapi_is_valid_and_describes_every_route(server):
    from openapi_spec_validator import validate

    status, _, spec = server.get("/api/openapi.json")
    assert status == 200
    assert spec["openapi"].startswith("3.1")
    validate(spec)
    from tierscope.serve import create_app

    app = create_app(server.db)
    routes = {r.path for r in app.routes if getattr(r, "path", "").startswith("/api/") and "{rest" not in r.path}
    routes.discard("/api/openapi.json")
    assert routes == set(spec["paths"])


def test_responses_match_the_openapi_schemas(server):
    """The documented schemas accept real responses (jsonschema over the components)."""
    from jsonschema import Draft202012Validator

    _, _, spec = server.get("/api/openapi.json")
    cid = company_id(server, "lges")
    _, _, company = server.get(f"/api/companies/{cid}")
    rid = company["relations"][0]["id"]
    checks = {
        "CompanyPage": "/api/companies?q=a",
        "Company": f"/api/companies/{cid}",
        "Neighbourhood": f"/api/companies/{cid}/neighbourhood?depth=2",
        "RelationPage": "/api/relations",
        "RelationDetail": f"/api/relations/{rid}",
        "FacilityPage": "/api/facilities",
        "Capacity": "/api/capacity?by=country",
        "Error": "/api/companies?limit=0",
    }
    for name, path in checks.items():
        _, _, body = server.get(path)
        schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
        errors = list(Draft202012Validator(schema).iter_errors(body))
        assert not errors, (name, errors[:3])


# -- POST /api/documents -----------------------------------------------------------------------

ARTICLE = {
    "id": "post-1",
    "url": "https://example.com/post-1",
    "title": "Panasonic to supply Mazda",
    "published": "2024-09-09",
    "text": "Panasonic Energy will supply lithium-ion battery cells to Mazda, the companies announced on Monday. "
    "The agreement covers cells for electric vehicles from 2027.",
}


def post(server, body, token=None, content_type="application/json"):
    headers = {"Content-Type": content_type}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return server.request("POST", "/api/documents", body=data, headers=headers)


def test_post_is_off_by_default(server):
    status, _, body = post(server, ARTICLE)
    assert_error(status, body, 403, "writes_disabled")
    assert "--token" in body["error"]["message"] and "TIERSCOPE_TOKEN" in body["error"]["message"]
    status, _, body = post(server, ARTICLE, token="anything-at-all")
    assert status == 403


@pytest.fixture(scope="module")
def write_server(start_server, tmp_path_factory):
    db = build_db(tmp_path_factory.mktemp("write") / "w.db", corpus()[:2])
    return start_server(db, token="correct-horse-battery")


def test_post_needs_the_right_token(write_server):
    status, headers, body = post(write_server, ARTICLE)
    assert_error(status, body, 401, "unauthorized")
    assert headers["www-authenticate"].startswith("Bearer")
    status, _, body = post(write_server, ARTICLE, token="wrong-token-value")
    assert_error(status, body, 401, "unauthorized")


def test_post_validates_the_body(write_server):
    token = write_server.token
    assert post(write_server, b"{not json", token=token)[0] == 400
    assert post(write_server, ["a list"], token=token)[0] == 400
    assert post(write_server, {"title": "no text"}, token=token)[0] == 400
    assert post(write_server, {"text": "a", "html": "<p>b</p>"}, token=token)[0] == 400
    assert post(write_server, {"text": "x", "published": "last week"}, token=token)[0] == 400
    assert post(write_server, {"text": "x", "colour": "red"}, token=token)[0] == 400
    assert post(write_server, ARTICLE, token=token, content_type="text/plain")[0] == 415


def test_post_with_token_runs_the_pipeline_and_stores(write_server):
    _, _, before = write_server.get("/api/stats")
    status, _, body = post(write_server, ARTICLE, token=write_server.token)
    assert status == 201, body
    assert body["new"] is True and body["id"] == "post-1" and body["doc_id"]
    _, _, after = write_server.get("/api/stats")
    assert after["documents"] == before["documents"] + 1
    # the same text again: stored once
    status, _, again = post(write_server, ARTICLE, token=write_server.token)
    assert status == 200 and again["new"] is False and again["doc_id"] == body["doc_id"]
    _, _, last = write_server.get("/api/stats")
    assert last["documents"] == after["documents"]


# -- the command -------------------------------------------------------------------------------


def test_serve_command_starts_and_answers(tmp_path):
    import socket

    db = build_db(tmp_path / "cli.db", corpus() + hostile_docs())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "tierscope", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/companies?q=acme", timeout=2) as res:
                    body = json.loads(res.read())
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read() if proc.poll() is not None else "server did not start")
                time.sleep(0.1)
        assert [c["name"] for c in body["items"]] == ["Acme Batteries"]
        # bound to 127.0.0.1 only: another loopback address of this machine is refused (a server on
        # 0.0.0.0 would answer there, and on every network interface)
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.2", port), timeout=2).close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert f"http://127.0.0.1:{port}/ (read-only)" in proc.stderr.read()


def test_serve_command_without_a_database_says_to_ingest(tmp_path):
    res = subprocess.run([sys.executable, "-m", "tierscope", "serve", "--db", str(tmp_path / "none.db")],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 1
    assert "tierscope ingest" in res.stderr and "Traceback" not in res.stderr


def test_payloads_come_back_as_plain_json_strings(start_server, tmp_path):
    srv = start_server(build_db(tmp_path / "x.db", hostile_docs()))
    _, headers, body = srv.get("/api/companies?q=acme")
    assert headers["content-type"] == "application/json"
    cid = body["items"][0]["id"]
    _, _, company = srv.get(f"/api/companies/{cid}")
    rid = company["relations"][0]["id"]
    _, _, rel = srv.get(f"/api/relations/{rid}")
    assert PAYLOAD_SCRIPT in rel["evidence"][0]["text"]  # stored and returned verbatim, escaped by the JSON encoder


def test_undated_reports_count_from_the_day_they_were_ingested(start_server, tmp_path):
    """The query library's rule: an undated assertion is known from its document's ingest date."""
    import datetime

    from serve_support import make_doc

    doc = make_doc("undated", "Umicore supplies cathode material to Verkor. Terms were not disclosed.",
                   companies={"Umicore": "Umicore", "Verkor": "Verkor"},
                   relations=[("supplies", "Umicore", "Verkor", "active", "cathode material", "supplies")])
    srv = start_server(build_db(tmp_path / "u.db", [doc]))
    cid = srv.get("/api/companies?q=umicore")[2]["items"][0]["id"]
    today = datetime.date.today().isoformat()
    assert srv.get(f"/api/companies/{cid}?as_of=2000-01-01")[2]["relations"] == []
    [rel] = srv.get(f"/api/companies/{cid}?as_of={today}")[2]["relations"]
    assert rel["status"] == "active" and rel["first_seen"] is None
    assert srv.get(f"/api/companies/{cid}/neighbourhood?as_of=2000-01-01")[2]["edges"] == []


def test_a_plant_gets_its_country_from_the_place_list_when_no_mention_tagged_it(start_server, tmp_path):
    """'Lipsia' is Italian for Leipzig: no PLACE mention carries it, the place list knows it."""
    from serve_support import make_doc

    doc = make_doc("it-plant", "Ampera costruirà una fabbrica di celle da 20 GWh a Lipsia. I lavori iniziano nel 2025.",
                   language="it", published="2024-05-02", companies={"Ampera": "Ampera"},
                   facilities=[{"owner": "Ampera", "location": "Lipsia", "product": "battery cells",
                                "status": "announced", "capacity": {"value": 20.0, "unit": "GWh"}, "needle": "Lipsia"}])
    assert not [m for m in doc.mentions if m.label == "PLACE"]
    srv = start_server(build_db(tmp_path / "lipsia.db", [doc]))
    [plant] = srv.get("/api/facilities")[2]["items"]
    assert plant["country"] == "DE"
    assert [(i["label"], i["gwh"]) for i in srv.get("/api/capacity?by=country")[2]["items"]] == [("DE", 20.0)]


def test_ids_are_stable_across_databases_and_ingest_order(start_server, tmp_path):
    """An id names the same company, relation, evidence and plant in any database built from the
    same articles, whatever order they were added in, so links and bookmarks keep working."""
    docs = corpus()
    servers = [start_server(build_db(tmp_path / "forward.db", docs)),
               start_server(build_db(tmp_path / "backward.db", list(reversed(docs))))]

    def named_ids(srv):
        companies = {c["name"]: c["id"] for c in srv.get("/api/companies?limit=500")[2]["items"]}
        relations = {(r["source"]["name"], r["type"], r["target"]["name"]): r["id"]
                     for r in srv.get("/api/relations?limit=500")[2]["items"]}
        evidence = sorted((e["assertion_id"], e["document"]["id"]) for rid in relations.values()
                          for e in srv.get(f"/api/relations/{rid}")[2]["evidence"])
        plants = {(f["owner"]["name"], f["location"]): f["id"] for f in srv.get("/api/facilities?limit=500")[2]["items"]}
        return companies, relations, evidence, plants

    forward, backward = (named_ids(s) for s in servers)
    assert len(forward[0]) == 11 and len(forward[1]) == 7 and len(forward[3]) == 3
    assert forward == backward
