"""Cases a review of the fourth round found wrong (each failed before its fix): a no-break space before a
passive participle, share purchase agreements read as offtake, an owner in apposition read as a list
member, nouns and Spanish verbs read as opposing a deal, a unit sold read as owned, a described passive
agent read as the customer, mines bought read as goods, a marque and its group named together giving the
same supply twice. Invented companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_COS = ["Norvik", "Corvalis", "Tessaro"]


def _rels(text, language, **kw):
    doc = make_doc(text, _COS, language=language, **kw)
    return [(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations]


@pytest.mark.parametrize("text,language", [
    ("Norvik produit les cellules à Wroclaw. Corvalis et Tessaro en sont\u00a0approvisionnés.", "fr"),
    ("Norvik fertigt Zellen bei Breslau. Corvalis wird\u00a0beliefert.", "de"),
])
def test_a_no_break_space_before_the_participle_reads(text, language):
    assert ("supplies", "Norvik", "Corvalis") in _rels(text, language)


@pytest.mark.parametrize("text,language", [
    ("Norvik put its Polish arm up for sale. Corvalis and Tessaro have signed a share purchase agreement.", "en"),
    ("Norvik vende su filial polaca. Corvalis y Tessaro han firmado un contrato de compra de acciones.", "es"),
    ("Norvik has found its buyers. Corvalis, which owns Tessaro, has signed offtake agreements.", "en"),
])
def test_no_offtake_from_a_share_deal_or_a_relative(text, language):
    got = _rels(text, language)
    assert ("supplies", "Norvik", "Tessaro") not in got, got


@pytest.mark.parametrize("text", [
    "Norvik makes cathodes. Its largest customer is Corvalis, owned by Tessaro.",
    "Norvik makes cathodes. Its largest customer is Corvalis, a unit of Tessaro.",
])
def test_an_owner_in_apposition_is_no_list_member(text):
    got = _rels(text, "en", coref={"Its": "Norvik"})
    assert ("supplies", "Norvik", "Tessaro") not in got, got


@pytest.mark.parametrize("text,language", [
    ("Norvik, which faces challenges in Europe, signed a supply agreement with Corvalis.", "en"),
    ("Norvik contestó que el acuerdo de suministro con Corvalis sigue vigente.", "es"),
    ("Norvik recurrió a un acuerdo de suministro con Corvalis.", "es"),
])
def test_words_that_only_look_like_opposing_keep_the_deal(text, language):
    assert any(s == "Norvik" or t == "Norvik" for _, s, t in _rels(text, language))


def test_a_unit_sold_is_not_read_as_owned():
    text = "Norvik reported a loss. Corvalis, the subsidiary that makes engines, was sold last month for $2bn."
    assert ("owns", "Norvik", "Corvalis") not in _rels(text, "en")


def test_a_described_passive_agent_is_the_supplier_not_a_customer():
    text = "Norvik makes cells in Ohio. The plant is supplied by the Korean cell maker Corvalis."
    assert ("supplies", "Norvik", "Corvalis") not in _rels(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Norvik ha acquisito le miniere di litio di Corvalis.", "it"),
    ("Norvik adquirió las minas de litio de Corvalis.", "es"),
])
def test_mines_bought_are_no_goods(text, language):
    assert ("supplies", "Corvalis", "Norvik") not in _rels(text, language)


def test_a_marque_and_its_group_give_one_supply():
    doc = make_doc("Norvik will supply cells to Peugeot and Stellantis.", ["Norvik", "Peugeot", "Stellantis"], language="en")
    got = [(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations]
    assert got.count(("supplies", "Norvik", "Stellantis")) == 1, got
