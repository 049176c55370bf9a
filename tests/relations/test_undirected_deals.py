"""A supply deal told as one company's deal with another ("X's supply agreement with Y", "der
Liefervertrag von X mit Y", "il contratto di fornitura di X con Y") does not say who supplies whom:
only the companies' places in the chain can. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels

_CHAIN = {"Kestrel": ["battery_cells"], "Brixo": ["carmaker"]}


def supplies(sentence, lang, **kw):
    return sorted((r.source, r.target) for r in rels(sentence, ["Kestrel", "Brixo"], language=lang, **kw) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel's supply agreement with Brixo was extended to 2030."),
    ("en", "Kestrel's new supply contract with Brixo expires in May."),
    ("de", "Der Liefervertrag von Kestrel mit Brixo läuft bis 2028."),
    ("it", "Il contratto di fornitura di Kestrel con Brixo scade nel 2027."),
    ("fr", "Le contrat de fourniture de Kestrel avec Brixo a été prolongé."),
])
def test_possessed_supply_deal_has_no_direction(lang, sentence):
    assert supplies(sentence, lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo's supply agreement with Kestrel was extended to 2030."),
    ("de", "Der Liefervertrag von Brixo mit Kestrel läuft bis 2028."),
    ("it", "Il contratto di fornitura di Brixo con Kestrel scade nel 2027."),
])
def test_places_in_the_chain_still_give_the_direction(lang, sentence):
    assert supplies(sentence, lang, sectors=_CHAIN) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence", [
    # a verb of signing: the lexicon reads its subject as the supplier
    ("en", "Kestrel signed a supply agreement with Brixo."),
    ("it", "Kestrel ha firmato un contratto di fornitura con Brixo."),
    # the verb itself says it
    ("en", "Kestrel supplies Brixo under its supply agreement."),
])
def test_stated_supply_still_fires(lang, sentence):
    assert supplies(sentence, lang) == [("Kestrel", "Brixo")]
