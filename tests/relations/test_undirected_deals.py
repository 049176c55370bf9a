"""A supply deal told as one company's deal with another ("X's supply agreement with Y") does not
say who supplies whom: only the companies' places in the chain can. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from .helpers import rels

_CHAIN = {"Kestrel": ["battery_cells"], "Brixo": ["carmaker"]}


def supplies(sentence, lang, **kw):
    return sorted((r.source, r.target) for r in rels(sentence, ["Kestrel", "Brixo"], language=lang, **kw) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel's supply agreement with Brixo was extended to 2030."),
    ("en", "Kestrel's new supply contract with Brixo expires in May."),
    ("en", "Under Kestrel's delivery deal with Brixo, prices are fixed until 2027."),
])
def test_possessed_supply_deal_has_no_direction(lang, sentence):
    assert supplies(sentence, lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo's supply agreement with Kestrel was extended to 2030."),
    ("en", "Kestrel's supply agreement with Brixo was extended to 2030."),
])
def test_places_in_the_chain_still_give_the_direction(lang, sentence):
    assert supplies(sentence, lang, sectors=_CHAIN) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence", [
    # a verb of signing: the lexicon reads its subject as the supplier
    ("en", "Kestrel signed a supply agreement with Brixo."),
    ("it", "Kestrel ha firmato un contratto di fornitura con Brixo."),
    # the verb itself says it; a deal "to" Y says it too
    ("en", "Kestrel supplies Brixo under its supply agreement."),
    ("fr", "Le contrat de fourniture de Kestrel à Brixo a été prolongé."),
    ("de", "Der Liefervertrag von Kestrel mit Brixo läuft bis 2028."),
])
def test_stated_supply_still_fires(lang, sentence):
    assert supplies(sentence, lang) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("sentence", [
    # "supply" before a deal or chain noun is the noun's modifier, not the verb
    "Kestrel's move could disrupt the battery supply chain of Brixo.",
    "Analysts say Kestrel's supply deal talks hurt Brixo's shares.",
])
def test_supply_before_a_noun_is_no_verb(sentence):
    assert supplies(sentence, "en") == []
