"""A name the recognizer took for a company that is, whole, a product or a season, and that the
gazetteer does not know, is no party to a tie (relations/goods_names.py)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _relations(text, companies, unknown, language):
    doc = make_doc(text, companies, language=language)
    for m in doc.mentions:
        if m.text in unknown:
            m.attrs["known"] = False  # as the recognizer marks a name found by a pattern only
    return {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}


@pytest.mark.parametrize("text, language, unknown", [
    ("Kathoden und Separatoren liefern unter anderem Korvan und Maltrix.", "de", {"Kathoden"}),
    ("Die Koreaner von Korvan sollen von Frühjahr 2027 an Zellen an Maltrix liefern.", "de", {"Frühjahr"}),
    ("Graphite supplied by Korvan goes to Maltrix, and Cells supplied by Brixo too.", "en", {"Cells"}),
])
def test_goods_or_season_is_no_company(text, language, unknown):
    names = ["Korvan", "Maltrix", "Brixo", *unknown]
    found = _relations(text, names, unknown, language)
    assert not any(n in (s, d) for _t, s, d in found for n in unknown)


def test_a_known_company_named_like_goods_stays():
    # the gazetteer knows it: a company, whatever its name says
    found = _relations("Korvan liefert Zellen an Cells.", ["Korvan", "Cells"], set(), "de")
    assert ("supplies", "Korvan", "Cells") in found


def test_an_unknown_company_with_its_own_name_stays():
    found = _relations("Korvan liefert Zellen an Maltrix.", ["Korvan", "Maltrix"], {"Maltrix"}, "de")
    assert ("supplies", "Korvan", "Maltrix") in found


@pytest.mark.parametrize("text, language, unknown", [
    ("Einer der geplanten Abnehmer, der Zellhersteller Maltrix, ist ausgefallen; der Liefervertrag mit Korvan ist aufgelöst.", "de", {"Abnehmer"}),
    ("Zulieferer liefern Zellen an Maltrix, darunter Korvan.", "de", {"Zulieferer"}),
    ("Customers of Korvan will buy cells from Maltrix.", "en", {"Customers"}),
    ("Clientes de Korvan compran celdas a Maltrix.", "es", {"Clientes"}),
])
def test_a_role_noun_is_no_company(text, language, unknown):
    names = ["Korvan", "Maltrix", *unknown]
    found = _relations(text, names, unknown, language)
    assert not any(n in (s, d) for _t, s, d in found for n in unknown)
