"""Hand-built Documents with relations, so store, query and CLI tests do not depend on the extractor.

``corpus()`` returns six documents about real-world-style supply chains; offsets are computed from
the text, so every mention and evidence span is a real slice of ``Document.text``.
"""

from __future__ import annotations

from tierscope.doc import Document, Evidence, Facility, Mention, Relation


def _sentence(text: str, needle: str) -> Evidence:
    i = text.index(needle)
    start = text.rfind(". ", 0, i)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    return Evidence(text=text[start:end], start=start, end=end)


def make_doc(
    key: str,
    text: str,
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    companies: dict[str, str] | None = None,
    relations: list[tuple[str, str, str, str, str | None, str]] = (),
    facilities: list[dict] = (),
    sectors: dict[str, list[str]] | None = None,
) -> Document:
    """``companies``: surface form -> canonical name (every occurrence becomes a COMPANY mention).
    ``relations``: (type, source, target, status, product, a substring of the evidence sentence)."""
    doc = Document(id=key, source=source or f"news/{key}.txt", text=text, url=url, title=text.split(".")[0],
                   published=published, published_from="metadata" if published else None, language="en")
    for surface, canonical in (companies or {}).items():
        start = 0
        while (i := text.find(surface, start)) >= 0:
            attrs = {"known": True}
            if sectors and canonical in sectors:
                attrs["sectors"] = sectors[canonical]
            doc.mentions.append(Mention(i, i + len(surface), surface, "COMPANY", canonical=canonical, attrs=attrs))
            start = i + len(surface)
    doc.mentions.sort(key=lambda m: m.start)
    for rtype, src, tgt, status, product, needle in relations:
        doc.relations.append(Relation(rtype, src, tgt, status, _sentence(text, needle), product=product,
                                      confidence=0.8, component="test.relations.v1"))
    for f in facilities:
        f = dict(f)
        needle = f.pop("needle")
        doc.facilities.append(Facility(evidence=_sentence(text, needle), component="test.facilities.v1", **f))
    doc.provenance = ["test.samples.v1"]
    return doc


def corpus() -> list[Document]:
    jlr = make_doc(
        "en-jlr",
        "Jaguar Land Rover has picked Envision AESC to supply battery cells for its electric SUVs. "
        "JLR said the contract runs until 2030. The company will build the cells in Sunderland.",
        published="2024-03-03",
        url="https://example.com/jlr-envision",
        companies={"Jaguar Land Rover": "Jaguar Land Rover", "JLR": "Jaguar Land Rover",
                   "Envision AESC": "Envision AESC", "The company": "Envision AESC"},
        relations=[("supplies", "Envision AESC", "Jaguar Land Rover", "announced", "battery cells", "picked")],
    )
    conti_old = make_doc(
        "en-conti-2023",
        "Continental supplies brake systems to Rivian for the R1T pickup. Deliveries began in January.",
        published="2023-01-10",
        companies={"Continental": "Continental AG", "Rivian": "Rivian"},
        relations=[("supplies", "Continental AG", "Rivian", "active", "brake systems", "brake systems")],
    )
    conti_end = make_doc(
        "en-conti-2024",
        "Rivian has ended its brake contract with Continental, moving the work in-house. Shares fell 2%.",
        published="2024-06-18",
        companies={"Rivian": "Rivian", "Continental": "Continental AG"},
        relations=[("supplies", "Continental AG", "Rivian", "ended", "brake systems", "ended")],
    )
    lges_talks = make_doc(
        "en-lges-talks",
        "LG Energy Solution is in talks with Renault about a joint venture for battery packs. Nothing is signed.",
        companies={"LG Energy Solution": "LG Energy Solution", "Renault": "Renault"},
        relations=[("joint_venture", "LG Energy Solution", "Renault", "in_talks", "battery packs", "in talks")],
    )
    lges_denied = make_doc(
        "en-lges-denied",
        "Renault denied that it plans a joint venture with LGES. The carmaker said talks had ended.",
        published="2024-07-22",
        url="https://example.com/lges-denies",
        companies={"Renault": "Renault", "LGES": "LG Energy Solution"},
        relations=[("joint_venture", "Renault", "LG Energy Solution", "denied", None, "denied")],
    )
    siemens = make_doc(
        "en-siemens",
        "Siemens agreed to acquire Brightwell Robotics for 1.2 billion euros. "
        "CATL is building a 100 GWh battery plant in Debrecen. BMW AG will buy cells from CATL.",
        published="2024-10-02",
        companies={"Siemens": "Siemens", "Brightwell Robotics": "Brightwell Robotics", "CATL": "CATL",
                   "BMW AG": "BMW"},
        sectors={"BMW": ["automotive"], "CATL": ["batteries"]},
        relations=[("acquires", "Siemens", "Brightwell Robotics", "announced", None, "acquire"),
                   ("supplies", "CATL", "BMW", "announced", "cells", "buy cells")],
        facilities=[{"owner": "CATL", "location": "Debrecen", "product": "battery cells",
                     "status": "under_construction",
                     "capacity": {"value": 100.0, "unit": "GWh"}, "investment": {"amount": 7.3e9, "currency": "EUR"},
                     "needle": "Debrecen"}],
    )
    return [jlr, conti_old, conti_end, lges_talks, lges_denied, siemens]
