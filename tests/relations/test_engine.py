"""Behaviour that is not one sentence in one language: stories, coreference, evidence, the next
sentence's denial, unknown languages, sectors, the component contract, speed."""

from __future__ import annotations


from tierscope.doc import RELATION_TYPES, STATUSES, Document
from tierscope.pipeline import Component, Pipeline
from tierscope.relations import FacilityExtractor, RelationExtractor

from .helpers import make_doc, rels, triples


def test_component_contract():
    for c in (RelationExtractor(), FacilityExtractor()):
        assert isinstance(c, Component)
        assert c.requires == ("sentences", "mentions", "language")
    assert RelationExtractor.name == "tierscope.relations.v1"
    assert FacilityExtractor.name == "tierscope.facilities.v1"
    assert RelationExtractor.produces == ("relations",) and FacilityExtractor.produces == ("facilities",)


def test_evidence_is_the_whole_sentence_with_offsets():
    doc = make_doc("Markets were calm. LG Energy Solution will supply cells to Tesla. Nothing else.", ["LG Energy Solution", "Tesla"])
    [r] = RelationExtractor()(doc).relations
    assert r.evidence.text == "LG Energy Solution will supply cells to Tesla."
    assert doc.text[r.evidence.start : r.evidence.end] == r.evidence.text
    assert r.component == "tierscope.relations.v1"
    assert r.type in RELATION_TYPES and r.status in STATUSES
    assert 0 < r.confidence <= 1


def test_never_pairs_companies_across_stories():
    doc = make_doc(["Tesla opened a showroom in Milan.", "Panasonic will supply cells to BMW."], ["Tesla", "Panasonic", "BMW"])
    got = triples(RelationExtractor()(doc).relations)
    assert got == [("supplies", "Panasonic", "BMW", "announced", "battery cells")]


def test_next_sentence_denial_of_a_different_story_is_ignored():
    doc = make_doc(["CATL will supply batteries to Ford.", "Ford denied the report."], ["CATL", "Ford"])
    [r] = RelationExtractor()(doc).relations
    assert r.status == "announced"


def test_denial_in_next_sentence_of_the_same_story():
    got = rels("A newspaper wrote that CATL will supply batteries to Ford. Ford denied the report on Monday.", ["CATL", "Ford"])
    assert triples(got) == [("supplies", "CATL", "Ford", "denied", "batteries")]


def test_coreference_mention_counts_as_the_company():
    got = rels("Umicore opened a new plant. The company will supply cathode material to Volkswagen.", ["Umicore", "Volkswagen"],
               coref={"The company": "Umicore"})
    assert triples(got) == [("supplies", "Umicore", "Volkswagen", "announced", "cathode material")]
    got_it = rels("Umicore ha aperto un impianto. La società fornirà materiali catodici a Volkswagen.", ["Umicore", "Volkswagen"],
                  language="it", coref={"La società": "Umicore"})
    assert triples(got_it) == [("supplies", "Umicore", "Volkswagen", "announced", "cathode material")]


def test_same_company_twice_makes_no_relation():
    assert rels("Tesla will supply Tesla Energy customers.", {"Tesla": "Tesla", "Tesla Energy": "Tesla"}) == []


def test_unknown_language_runs_every_lexicon():
    got = rels("CATL wird ab 2026 Batteriezellen an BMW liefern.", ["CATL", "BMW"], language=None)
    assert ("supplies", "CATL", "BMW") in [(r.type, r.source, r.target) for r in got]
    got = rels("Verkor fournira Renault en cellules.", ["Verkor", "Renault"], language="xx")
    assert ("supplies", "Verkor", "Renault") in [(r.type, r.source, r.target) for r in got]


def test_sectors_decide_the_direction_of_a_bare_supply_deal():
    sectors = {"Ford": ["automotive"], "SK On": ["battery cells"]}
    got = rels("Ford signed a supply agreement with SK On.", ["Ford", "SK On"], sectors=sectors)
    assert triples(got) == [("supplies", "SK On", "Ford", "announced", None)]


def test_explicit_direction_is_more_confident_than_a_bare_deal():
    explicit = rels("SK On will supply cells to Ford.", ["SK On", "Ford"])[0]
    bare = rels("SK On signed a supply agreement with Ford.", ["SK On", "Ford"])[0]
    assert explicit.confidence > bare.confidence


def test_symmetric_relations_are_stored_sorted():
    [r] = rels("Toyota partners with BMW on hydrogen.", ["Toyota", "BMW"])
    assert (r.type, r.source, r.target) == ("partners_with", "BMW", "Toyota")


def test_runs_inside_a_pipeline_and_on_an_empty_document():
    class _Given:
        name, requires, produces = "test.given.v1", ("text",), ("sentences", "mentions", "language")

        def warm_up(self):
            pass

        def __call__(self, d):
            return d

    doc = make_doc("Panasonic supplies Tesla with cells.", ["Panasonic", "Tesla"])
    out = Pipeline([_Given(), RelationExtractor(), FacilityExtractor()])(doc)
    assert out.provenance[-2:] == ["tierscope.relations.v1", "tierscope.facilities.v1"]
    empty = Document(id="e", source="e.txt", text="", language="en")
    assert RelationExtractor()(empty).relations == [] and FacilityExtractor()(empty).facilities == []
