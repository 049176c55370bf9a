"""Helpers for the web server tests: a hand-built corpus written through the real store API, a small
HTTP client for the real server, and where to find Chromium."""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tierscope.doc import Document, Evidence, Facility, Mention, Relation
from tierscope.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artefacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'
PAYLOAD_URL = "javascript:window.__pwned=1"


# -- a small corpus, built by hand ------------------------------------------------------------


def _span(text: str, needle: str) -> Evidence:
    """The sentence of ``text`` containing ``needle``."""
    i = text.index(needle)
    j = text.rfind(". ", 0, i)
    start = 0 if j < 0 else j + 2
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    return Evidence(text=text[start:end], start=start, end=end)


def make_doc(key: str, text: str, *, language: str = "en", published: str | None = None, url: str | None = None,
             title: str | None = None, companies: dict[str, str] | None = None,
             relations: list[tuple[str, str, str, str, str | None, str]] = (),
             facilities: list[dict[str, Any]] = (), places: dict[str, str] | None = None) -> Document:
    """``companies``: surface -> canonical (each occurrence becomes a COMPANY mention);
    ``relations``: (type, source, target, status, product, needle in the evidence sentence);
    ``places``: place name -> country code (PLACE mentions)."""
    doc = Document(id=key, source=f"news/{key}.txt", text=text, url=url, title=title or text.split(". ")[0][:80],
                   published=published, published_from="metadata" if published else None, language=language)
    for labels, table in (("COMPANY", companies or {}), ("PLACE", places or {})):
        for surface, value in table.items():
            start = 0
            while (i := text.find(surface, start)) >= 0:
                if labels == "COMPANY":
                    m = Mention(i, i + len(surface), surface, "COMPANY", canonical=value, attrs={"known": True})
                else:
                    m = Mention(i, i + len(surface), surface, "PLACE", attrs={"country": value})
                doc.mentions.append(m)
                start = i + len(surface)
    doc.mentions.sort(key=lambda m: (m.start, m.label))
    for rtype, src, tgt, status, product, needle in relations:
        doc.relations.append(Relation(rtype, src, tgt, status, _span(text, needle), product=product, confidence=0.8,
                                      component="test.serve.v1"))
    for f in facilities:
        f = dict(f)
        needle = f.pop("needle")
        doc.facilities.append(Facility(evidence=_span(text, needle), component="test.serve.v1", **f))
    doc.provenance = ["test.serve.v1"]
    return doc


def corpus() -> list[Document]:
    """Ten articles in four languages. The LG Energy Solution / Renault joint venture is in talks
    on 2024-03-05 and denied on 2024-07-22; CATL's supply to BMW is rumoured in 2023 and announced
    in 2024."""
    return [
        make_doc(
            "fr-lges-renault",
            "LG Energy Solution et Renault sont en discussions pour créer une coentreprise de batteries. "
            "Les deux groupes confirment des négociations.",
            language="fr", published="2024-03-05", url="https://example.fr/lges-renault",
            companies={"LG Energy Solution": "LG Energy Solution", "Renault": "Renault"},
            relations=[("joint_venture", "LG Energy Solution", "Renault", "in_talks", "battery packs", "discussions")],
        ),
        make_doc(
            "en-lges-denied",
            "Renault denied that it plans a joint venture with LGES. The carmaker said talks had ended.",
            published="2024-07-22", url="https://example.com/renault-denies",
            companies={"Renault": "Renault", "LGES": "LG Energy Solution"},
            relations=[("joint_venture", "Renault", "LG Energy Solution", "denied", None, "denied")],
        ),
        make_doc(
            "en-lges-gm",
            "LG Energy Solution supplies battery cells to General Motors from its Ohio plant. LGES ships weekly.",
            published="2023-09-01", url="https://example.com/lges-gm",
            companies={"LG Energy Solution": "LG Energy Solution", "General Motors": "General Motors",
                       "LGES": "LG Energy Solution"},
            relations=[("supplies", "LG Energy Solution", "General Motors", "active", "battery cells", "supplies")],
        ),
        make_doc(
            "de-catl-bmw",
            "Laut Insidern soll CATL künftig Batteriezellen an BMW liefern. Eine Bestätigung gab es nicht.",
            language="de", published="2023-03-10", url="https://example.de/catl-bmw",
            companies={"CATL": "CATL", "BMW": "BMW"},
            relations=[("supplies", "CATL", "BMW", "rumoured", "battery cells", "Insidern")],
        ),
        make_doc(
            "en-catl-bmw",
            "BMW AG signed an agreement under which CATL will supply battery cells for the Neue Klasse. "
            "Deliveries start in 2025.",
            published="2024-02-15", url="https://example.com/catl-bmw",
            companies={"BMW AG": "BMW", "CATL": "CATL"},
            relations=[("supplies", "CATL", "BMW", "announced", "battery cells", "signed")],
        ),
        make_doc(
            "en-catl-plants",
            "CATL is building a 100 GWh battery plant in Debrecen. The company also runs a 14 GWh plant in Arnstadt.",
            published="2024-05-02", url="https://example.com/catl-plants",
            companies={"CATL": "CATL"}, places={"Debrecen": "HU", "Arnstadt": "DE"},
            facilities=[
                {"owner": "CATL", "location": "Debrecen", "product": "battery cells", "status": "under_construction",
                 "capacity": {"value": 100.0, "unit": "GWh"}, "investment": {"amount": 7.3e9, "currency": "EUR"},
                 "needle": "Debrecen"},
                {"owner": "CATL", "location": "Arnstadt", "product": "battery cells", "status": "active",
                 "capacity": {"value": 14.0, "unit": "GWh"}, "needle": "Arnstadt"},
            ],
        ),
        make_doc(
            "it-vw-northvolt",
            "Volkswagen ha investito in Northvolt acquisendo una quota del 20%. VW resta il primo azionista.",
            language="it", published="2019-06-12", url="https://example.it/vw-northvolt",
            companies={"Volkswagen": "Volkswagen", "Northvolt": "Northvolt", "VW": "Volkswagen"},
            relations=[("invests_in", "Volkswagen", "Northvolt", "active", None, "investito")],
        ),
        make_doc(
            "en-northvolt-plant",
            "Northvolt runs a 60 GWh plant in Skellefteå. Volkswagen ended its cell supply deal with Northvolt.",
            published="2024-11-20", url="https://example.com/northvolt",
            companies={"Northvolt": "Northvolt", "Volkswagen": "Volkswagen"}, places={"Skellefteå": "SE"},
            relations=[("supplies", "Northvolt", "Volkswagen", "ended", "battery cells", "ended")],
            facilities=[{"owner": "Northvolt", "location": "Skellefteå", "product": "battery cells", "status": "active",
                         "capacity": {"value": 60.0, "unit": "GWh"}, "needle": "Skellefteå"}],
        ),
        make_doc(
            "en-stellantis",
            "Stellantis and Samsung SDI announced a second joint venture plant. Stellantis owns 51% of it.",
            published="2023-10-11", url="http://example.org/stellantis-sdi",
            companies={"Stellantis": "Stellantis", "Samsung SDI": "Samsung SDI"},
            relations=[("joint_venture", "Stellantis", "Samsung SDI", "announced", "battery cells", "announced")],
        ),
        make_doc(
            "en-siemens",
            "Siemens agreed to acquire Brightwell Robotics for 1.2 billion euros. The deal closes next year.",
            published="2024-10-02", url="https://example.com/siemens",
            companies={"Siemens": "Siemens", "Brightwell Robotics": "Brightwell Robotics"},
            relations=[("acquires", "Siemens", "Brightwell Robotics", "announced", None, "acquire")],
        ),
    ]


def hostile_docs() -> list[Document]:
    """Articles carrying script payloads in the text, the title, a company name and the URL."""
    evil = f"Evil {PAYLOAD_IMG} Corp"
    text = (f"Acme Batteries will supply cells to {evil} from 2025 {PAYLOAD_SCRIPT} says the deal. "
            f"Nothing else {PAYLOAD_IMG} happened.")
    return [
        make_doc(
            "xss-1", text, published="2024-04-01", url=PAYLOAD_URL, title=f"Deal {PAYLOAD_SCRIPT}",
            companies={"Acme Batteries": "Acme Batteries", evil: evil},
            relations=[("supplies", "Acme Batteries", evil, "announced", f"cells {PAYLOAD_IMG}", "supply cells")],
            facilities=[{"owner": "Acme Batteries", "location": f"Town {PAYLOAD_SCRIPT}", "product": "cells",
                         "status": "planned", "capacity": {"value": 5.0, "unit": "GWh"}, "needle": "Nothing else"}],
        ),
    ]


def build_db(path: Path, docs: list[Document]) -> Path:
    with SQLiteStore(path) as store:
        for doc in docs:
            store.add_document(doc)
    return path


# -- talking to the server ----------------------------------------------------------------------


@dataclass
class Server:
    url: str
    db: Path
    token: str | None

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
        return self.request("GET", path, headers=headers)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as res:
                status, hdrs, raw = res.status, dict(res.headers), res.read()
        except urllib.error.HTTPError as err:
            status, hdrs, raw = err.code, dict(err.headers), err.read()
        ctype = hdrs.get("content-type", "")
        return status, {k.lower(): v for k, v in hdrs.items()}, json.loads(raw) if "json" in ctype else raw


# -- the browser ------------------------------------------------------------------------------


def find_chromium() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def screenshot(page, name: str, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def sprawl_docs() -> list[Document]:
    """Many small groups of companies with long names, like a real whole graph: three hubs with
    eight customers each, chains of four, and pairs; 50 relations in all, all dated and active."""
    docs, n = [], 0

    def relation(src: str, tgt: str, rtype: str = "supplies") -> None:
        nonlocal n
        text = f"{src} signed a long-term agreement with {tgt} on Monday. Terms were not disclosed."
        docs.append(make_doc(f"sprawl-{n}", text, published=f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
                             url=f"https://example.com/sprawl/{n}", companies={src: src, tgt: tgt},
                             relations=[(rtype, src, tgt, "active", None, "signed")]))
        n += 1

    for h in range(3):
        for c in range(8):
            relation(f"Hub Cell Manufacturing {h}", f"Customer Automotive Group {h}-{c}")
    for ch in range(4):
        for i in range(4):
            relation(f"Chain Materials Company {ch}-{i}", f"Chain Materials Company {ch}-{i + 1}", "owns")
    for p in range(10):
        relation(f"Pair Partner Industries {p}a", f"Pair Partner Industries {p}b", "partners_with")
    return docs
