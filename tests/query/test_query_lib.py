"""The query library over a real database of hand-built documents."""

from __future__ import annotations

import pytest

from tierscope import query
from tierscope.errors import NotFoundError, UsageError
from tierscope.query import current_status


@pytest.mark.parametrize("text", ["jlr", "JLR", "Jaguar Land Rover", "jaguar  land rover", "JAGUAR LAND ROVER"])
def test_find_company_by_any_alias_in_any_case(store, text):
    c = query.find_company(store, text)
    assert c.name == "Jaguar Land Rover"
    assert c.aliases == ["JLR"]


def test_find_company_ignores_accents_and_punctuation(store):
    assert query.find_company(store, "Bmw").name == "BMW"
    assert query.find_company(store, "bmw ag").name == "BMW"
    assert query.find_company(store, "L.G. Energy-Solution").name == "LG Energy Solution"
    assert query.find_company(store, "Rivián").name == "Rivian"


def test_unknown_company_suggests_close_names(store):
    with pytest.raises(NotFoundError) as info:
        query.find_company(store, "Renualt")
    assert str(info.value) == "no company matches 'Renualt'; did you mean Renault?"
    with pytest.raises(NotFoundError, match="tierscope companies --search"):
        query.find_company(store, "Zzyzx Quantum Holdings")


def test_find_company_by_the_first_words_of_one_name(store, samples):
    assert query.find_company(store, "Jaguar").name == "Jaguar Land Rover"
    assert query.find_company(store, "brightwell").name == "Brightwell Robotics"
    with pytest.raises(NotFoundError):
        query.find_company(store, "Land Rover")  # the words must start the name
    store.add_document(samples.make_doc("orsa", "Orsa Cells supplies Orsa Motors.",
                                        companies={"Orsa Cells": "Orsa Cells", "Orsa Motors": "Orsa Motors"}))
    with pytest.raises(NotFoundError) as info:
        query.find_company(store, "Orsa")
    assert str(info.value) == "'Orsa' starts the names of several companies (Orsa Cells, Orsa Motors); type more of the name"


def test_companies_lists_counts_and_searches(store):
    all_ = query.companies(store)
    assert len(all_) == 10
    by_name = {c.name: c for c in all_}
    assert by_name["Continental AG"].aliases == ["Continental"]
    assert (by_name["Continental AG"].relations, by_name["Continental AG"].documents) == (1, 2)
    assert [c.name for c in query.companies(store, search="energy")] == ["LG Energy Solution"]
    assert [c.name for c in query.companies(store, search="lges")] == ["LG Energy Solution"]  # by alias
    assert query.companies(store, search="nothing like it") == []


def test_current_status_is_the_latest_report():
    assert current_status([]) is None
    assert current_status([{"status": "active", "published": "2023-01-10", "seq": 2},
                           {"status": "ended", "published": "2024-06-18", "seq": 1}]) == "ended"
    # Same date or no dates: ingest order decides.
    assert current_status([{"status": "rumoured", "published": None, "seq": 1},
                           {"status": "announced", "published": None, "seq": 2}]) == "announced"
    assert current_status([{"status": "denied", "published": "2024-07-22", "seq": 1},
                           {"status": "in_talks", "published": None, "seq": 2}]) == "denied"


def test_company_profile(store):
    p = query.company_profile(store, "rivian")
    assert p.company.name == "Rivian"
    assert list(p.relations) == ["supplies"]
    (rel,) = p.relations["supplies"]
    assert (rel.other, rel.direction, rel.status, rel.assertions) == ("Continental AG", "in", "ended", 2)
    assert (rel.first_seen, rel.last_seen, rel.products) == ("2023-01-10", "2024-06-18", ["brake systems"])
    assert (p.documents, p.sources, p.first_seen, p.last_seen) == (2, 2, "2023-01-10", "2024-06-18")

    catl = query.company_profile(store, "catl")
    assert catl.company.sectors == ["batteries"]
    assert catl.relations["supplies"][0].direction == "out"
    (f,) = catl.facilities
    assert (f.location, f.status, f.capacity, f.investment) == (
        "Debrecen", "under_construction", {"value": 100.0, "unit": "GWh"}, {"amount": 7.3e9, "currency": "EUR"})

    lges = query.company_profile(store, "LGES")
    assert lges.relations["joint_venture"][0].direction == "mutual"
    assert lges.relations["joint_venture"][0].status == "denied"
    assert lges.to_dict()["company"]["name"] == "LG Energy Solution"


def test_relations_filters(store):
    everything = query.relations(store)
    assert len(everything) == 5
    assert [r.last_seen for r in everything] == sorted((r.last_seen for r in everything), reverse=True)
    supplies = query.relations(store, type="supplies")
    assert {(r.source, r.target) for r in supplies} == {
        ("Envision AESC", "Jaguar Land Rover"), ("Continental AG", "Rivian"), ("CATL", "BMW")}
    assert [(r.source, r.target) for r in query.relations(store, status="ended")] == [("Continental AG", "Rivian")]
    assert [r.type for r in query.relations(store, company="jlr")] == ["supplies"]
    assert {r.type for r in query.relations(store, since="2024-07-01")} == {"joint_venture", "acquires", "supplies"}
    assert len(query.relations(store, since="2024-07-01")) == 3
    assert len(query.relations(store, limit=2)) == 2
    assert query.relations(store, type="owns") == []


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"type": "supplier_of"}, "unknown relation type 'supplier_of'; use one of: supplies, partners_with"),
        ({"status": "maybe"}, "unknown status 'maybe'"),
        ({"since": "last week"}, "expected a date like 2024-06-30"),
        ({"limit": 0}, "limit must be a positive number"),
    ],
)
def test_relations_rejects_bad_arguments(store, kwargs, message):
    with pytest.raises(UsageError, match=message):
        query.relations(store, **kwargs)


def test_relations_unknown_company(store):
    with pytest.raises(NotFoundError, match="did you mean"):
        query.relations(store, company="Contintal")


def test_evidence_any_direction(store, samples):
    docs = {d.id: d for d in samples.corpus()}
    forward = query.evidence(store, "Continental", "Rivian")
    backward = query.evidence(store, "rivian", "continental ag")
    assert [e.assertion_id for e in forward] == [e.assertion_id for e in backward]
    assert [(e.status, e.published, e.doc_key) for e in forward] == [
        ("active", "2023-01-10", "en-conti-2023"), ("ended", "2024-06-18", "en-conti-2024")]
    for e in forward:
        assert docs[e.doc_key].text[e.start:e.end] == e.text
        assert e.addresses == [docs[e.doc_key].source]
    (jv_denied,) = [e for e in query.evidence(store, "Renault", "LGES") if e.status == "denied"]
    assert jv_denied.url == "https://example.com/lges-denies"
    assert query.evidence(store, "Siemens", "Rivian") == []


def test_is_headline():
    from tierscope.query.core import is_headline

    title = "Voltaria Energia liefert Batteriezellen an Brennero Motors"
    assert is_headline(title, title)
    assert is_headline("Voltaria Energia liefert Batteriezellen", title + " | Wirtschaft")
    assert not is_headline("Die Voltaria Energia AG hat einen Vertrag unterzeichnet.", title)
    assert not is_headline(title, None) and not is_headline("", title)


def test_status_view_applies_the_headline_rule_to_rows_with_a_title():
    from tierscope.query.status import status_view

    title = "Orsa liefert Zellen an Corvo"
    rows = [{"status": "active", "published": "2024-05-12", "doc_id": "d", "text": title, "title": title},
            {"status": "announced", "published": "2024-05-12", "doc_id": "d", "text": "Orsa hat unterzeichnet.",
             "title": title}]
    assert status_view(rows).status == "announced"
    assert status_view([{k: v for k, v in r.items() if k != "title"} for r in rows]).status == "active"
