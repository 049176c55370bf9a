"""A supply a company makes through its own unit is the unit's, and the unit is no customer of it
(relations/sold_through_units.py). Invented names and sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.sold_through_units import _NOUN_AFTER, _THROUGH, supplies_through_units

from .helpers import make_doc, rels

NAMES = ["Brixo", "Norvik", "Valmera", "Kestrel", "Orvane"]


def _supplies(text, lang):
    return sorted((r.source, r.target) for r in rels(text, NAMES, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo sells cells to other carmakers through Norvik, its battery subsidiary."),
    ("es", "Brixo vende celdas a otros fabricantes a través de Norvik, su filial de baterías."),
    ("it", "Brixo vende celle ad altri costruttori tramite Norvik, la sua controllata per le batterie."),
])
def test_the_channel_is_no_customer(lang, text):
    assert _supplies(text, lang) == []


def test_the_sale_to_a_third_company_is_the_units():
    assert _supplies("Brixo sells cells to Valmera through Norvik, its battery subsidiary.", "en") == [("Norvik", "Valmera")]


@pytest.mark.parametrize("lang,text,expected", [
    # a channel the sentence does not call the seller's unit: left as read
    ("en", "Brixo ships cells to Valmera via Kestrel, a logistics firm.", [("Brixo", "Valmera")]),
    # the unit named as the seller by its own verb: nothing to move
    ("en", "Norvik, a unit of Brixo, ships trays to Valmera.", [("Norvik", "Valmera")]),
])
def test_other_sales_are_left_as_read(lang, text, expected):
    assert _supplies(text, lang) == expected


def test_a_project_run_through_a_unit_leaves_the_supply_to_the_owner():
    # the phrase, in a relative, tells how the owner runs a project, not who sells: a supply read from the
    # main clause stays the owner's
    text = ("Valmera mantiene conversaciones con Brixo para el suministro de litio del proyecto de Delto, que la "
            "minera desarrolla a través de su filial Norvik.")
    doc = make_doc(text, NAMES, language="es", coref={"la minera": "Brixo"})
    ev = Evidence(text=text, start=0, end=len(text))
    read = [Relation(type="supplies", source="Brixo", target="Valmera", status="in_talks", evidence=ev),
            Relation(type="owns", source="Brixo", target="Norvik", status="active", evidence=ev)]
    got = supplies_through_units(read, doc)
    assert [(r.source, r.target) for r in got if r.type == "supplies"] == [("Brixo", "Valmera")]


@pytest.mark.parametrize("before", [
    "Brixo vend des modules à d'autres constructeurs par l'intermédiaire d'",  # (an elided "d'" runs into the name)
    "Brixo vend des modules à d'autres constructeurs par l'intermédiaire de ",
    "Brixo verkauft Module über ",
])
def test_the_preposition_of_means_before_the_unit(before):
    assert _THROUGH.search(before + "Orvane", 0, len(before)) is not None


def test_a_german_article_between_the_owner_and_the_phrase_is_no_relative():
    # "die Zellen" is an article and its noun; only ", die ..." opens a relative
    got = _supplies("Brixo liefert die Zellen an Valmera über seine Tochter Norvik.", "de")
    assert got == [("Norvik", "Valmera")]


@pytest.mark.parametrize("after", [", seine Batterietochter", " (ihre Tochtergesellschaft)", ", die Sparte"])
def test_a_german_unit_noun_beside_the_unit(after):
    assert _NOUN_AFTER.match(after) is not None
