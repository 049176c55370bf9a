"""Buying a business unit is no supply ("to buy its battery unit", "su división de baterías").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Norvik is in talks with Kestrel to buy its battery unit."),
    ("en", "Norvik will buy from Kestrel its cell business."),
    ("es", "Norvik comprará a Kestrel su división de baterías."),
    ("it", "Norvik compra da Kestrel il ramo d'azienda delle batterie."),
    ("it", "Norvik acquista da Kestrel la divisione batterie."),
    ("de", "Norvik kauft von Kestrel das Geschäft mit Batteriezellen."),
    ("de", "Norvik will von Kestrel die Batteriesparte kaufen."),
    ("fr", "Norvik achète à Kestrel sa filiale de batteries."),
])
def test_buying_a_unit_is_no_supply(lang, sentence):
    got = triples(rels(sentence, ["Norvik", "Kestrel"], language=lang))
    assert [t for t in got if t[0] == "supplies"] == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Norvik buys battery cells from Kestrel."),
    ("es", "Norvik compra baterías a Kestrel para su división de coches eléctricos."),
    ("de", "Norvik kauft von Kestrel Batteriezellen für das Geschäft mit Elektroautos."),
])
def test_goods_bought_for_a_unit_are_still_supply(lang, sentence):
    got = triples(rels(sentence, ["Norvik", "Kestrel"], language=lang))
    assert [(t[1], t[2]) for t in got if t[0] == "supplies"] == [("Kestrel", "Norvik")]


# German "von" after an active verb marks a seller or an owner, not a passive agent: Kestrel never
# buys Norvik here; a passive with "werden" still names the buyer after "von".
@pytest.mark.parametrize("sentence", [
    "Norvik kauft die Batteriesparte von Kestrel.",
    "Norvik übernimmt die Batteriesparte von Kestrel.",
    "Norvik erwirbt das Zellgeschäft von Kestrel.",
])
def test_german_active_verb_von_is_no_buyer(sentence):
    got = triples(rels(sentence, ["Norvik", "Kestrel"], language="de"))
    assert ("acquires", "Kestrel", "Norvik") not in [t[:3] for t in got]


@pytest.mark.parametrize("sentence", [
    "Norvik wurde von Kestrel übernommen.",
    "Norvik wurde 2021 von Kestrel gekauft.",
    "Norvik wird von Kestrel gekauft.",
])
def test_german_passive_von_is_the_buyer(sentence):
    got = triples(rels(sentence, ["Norvik", "Kestrel"], language="de"))
    assert ("acquires", "Kestrel", "Norvik") in [t[:3] for t in got]
