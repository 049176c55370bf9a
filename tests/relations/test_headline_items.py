"""A digest headline's items tie no company of one item to one of another (``relations/headline_items.py``),
on headlines written for these tests."""

from __future__ import annotations

import pytest

from tierscope.relations.headline_items import items

from .helpers import make_doc, rels

COMPANIES = ["Kestrel", "Brixo", "Norvik", "Tessaro"]


def supplies(headline, lang):
    return sorted((r.source, r.target) for r in rels(headline, COMPANIES, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, headline, pair", [
    ("de", "Kurz notiert: Kestrel verkauft Brixo, Norvik wechselt den Stromlieferanten, Tessaro baut in Halle", ("Brixo", "Norvik")),
    ("de", "Kestrel übernimmt bei Brixo das Steuer, Norvik holt Großauftrag für Kühlplatten", ("Norvik", "Brixo")),
    ("es", "Kestrel ya produce a ritmo industrial y Brixo amplía su planta de litio", ("Kestrel", "Brixo")),
    ("it", "Kestrel cede Brixo, Norvik cambia fornitore di energia", ("Brixo", "Norvik")),
    ("en", "Kestrel takes control of Brixo, Norvik switches power supplier", ("Brixo", "Norvik")),
    ("de", "Kestrel soll ab 2027 Zellen liefern - Trennung von Brixo abgeschlossen", ("Brixo", "Kestrel")),
    ("it", "Kestrel produce già a pieno ritmo e Brixo amplia lo stabilimento", ("Kestrel", "Brixo")),
    ("fr", "Kestrel produit déjà à plein régime et Brixo agrandit son usine", ("Kestrel", "Brixo")),
])
def test_items_of_a_digest_headline_are_no_pair(lang, headline, pair):
    assert pair not in supplies(headline, lang)


def test_a_digest_keeps_the_other_ties_of_an_item():
    found = {(r.type, r.source, r.target) for r in rels("Kestrel takes control of Brixo, Norvik switches power supplier",
                                                         COMPANIES, language="en")}
    assert ("acquires", "Kestrel", "Brixo") in found


@pytest.mark.parametrize("lang, headline, pair", [
    ("de", "Kestrel liefert Zellen an Brixo, Norvik und Tessaro", ("Kestrel", "Norvik")),
    ("en", "Kestrel to supply cells to Brixo, Norvik says", ("Kestrel", "Brixo")),
    ("es", "Kestrel suministrará celdas a Brixo y Norvik desde 2027", ("Kestrel", "Norvik")),
    ("en", "Kestrel, the Swedish cell maker, wins order from Brixo", ("Kestrel", "Brixo")),
    ("fr", "Kestrel fournira des cellules à Brixo - contrat de cinq ans", ("Kestrel", "Brixo")),
])
def test_one_item_keeps_its_supply(lang, headline, pair):
    assert pair in supplies(headline, lang)


def test_a_body_sentence_is_not_cut():
    sentence = "Kestrel sold its parts unit last year, and Brixo now buys cells from Norvik."
    assert ("Norvik", "Brixo") in supplies(sentence, "en")


@pytest.mark.parametrize("headline, cut", [
    ("Kestrel startet Serienfertigung in Halle - Brixo erster Großkunde", False),
    ("Kestrel opens its plant in Hull, Brixo first customer", False),
    ("Kestrel startet Serienfertigung in Halle - Norvik wechselt den Stromlieferanten", True),
])
def test_a_part_naming_a_customer_tells_of_the_part_before(headline, cut):
    doc = make_doc(headline, COMPANIES, language="en")
    names = [m for m in doc.mentions if m.label == "COMPANY"]
    assert bool(items(doc.text, 0, len(doc.text), names)) == cut
