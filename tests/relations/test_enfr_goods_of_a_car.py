"""Goods of a customer's car or of a carmaker (round 5): "X fournit les batteries de la Brixo 5",
"X supplies the cells of the Brixo 5", "X fournit les onduleurs de Brixo et de Vostra" (a supplier a
tier below the carmakers). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_TIERS = {"Kestrel": ["battery", "electronics supplier"], "Brixo": ["carmaker"], "Vostra": ["carmaker"],
          "Almara": ["battery"], "Rexelo": []}


def _pairs(sentence, language, sectors=None):
    got = rels(sentence, list(_TIERS), language=language, sectors=sectors or {})
    return {(t, s, d) for t, s, d, _st, _p in triples(got)}


@pytest.mark.parametrize("sentence,language", [
    ("Kestrel fournit depuis 2025 les batteries de la Brixo 5 électrique.", "fr"),
    ("Kestrel livre les sièges de la Brixo e-208 assemblée à Mulhouse.", "fr"),
    ("Kestrel fournira les cellules de la Brixo Model Y.", "fr"),
    ("Kestrel supplies the cells of the Brixo 5.", "en"),
    ("Kestrel supplies battery packs of the Brixo e-3008 from 2026.", "en"),
])
def test_goods_of_a_car_named_by_its_maker(sentence, language):
    # no tiers needed: the article and the model make the name a car
    assert ("supplies", "Kestrel", "Brixo") in _pairs(sentence, language)


@pytest.mark.parametrize("sentence,language", [
    ("Kestrel fournit déjà les onduleurs de traction de Brixo et de Vostra.", "fr"),
    ("Kestrel livre les batteries de Brixo et de Vostra depuis 2022.", "fr"),
])
def test_goods_of_carmakers_from_a_lower_tier(sentence, language):
    got = _pairs(sentence, language, _TIERS)
    assert {("supplies", "Kestrel", "Brixo"), ("supplies", "Kestrel", "Vostra")} <= got


@pytest.mark.parametrize("sentence,language,sectors", [
    # a distributor (no tier) selling a cell maker's batteries: the maker is no customer
    ("Rexelo fournit les batteries d'Almara aux installateurs.", "fr", _TIERS),
    # two companies of one tier: "de" names the maker of the goods as often as their buyer
    ("Kestrel fournit les batteries d'Almara.", "fr", _TIERS),
    # no tiers known and no car: nothing is guessed
    ("Kestrel fournit les batteries de Brixo.", "fr", {}),
    ("Kestrel supplies the cells of Brixo.", "en", {}),
    # the goods far from the owner's "de": the name complements another noun
    ("Kestrel fournit des cellules conçues pendant trois ans par les ingénieurs de Brixo.", "fr", _TIERS),
    # a feminine article before a name with no model after it
    ("Kestrel fournit les batteries de la société Brixo.", "fr", {}),
])
def test_no_customer_guessed(sentence, language, sectors):
    got = _pairs(sentence, language, sectors)
    assert not any(t == "supplies" and s in ("Kestrel", "Rexelo") for t, s, _d in got)
