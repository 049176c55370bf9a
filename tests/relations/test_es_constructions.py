"""Spanish business journalism: how it names suppliers and customers, stakes, takeovers, joint
ventures and their statuses, on sentences written for these tests with made-up companies
(positive rows and near misses that must not link)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language="es", **kw))]


def _types(sentence, companies, types, **kw):
    return [x for x in _t(sentence, companies, **kw) if x[0] in types]


SUPPLY = ("supplies",)
OWNERSHIP = ("owns", "acquires", "invests_in")
PARTNERSHIP = ("partners_with", "joint_venture")

CHAIN = {"Vardena": ["carmaker"], "Celtrix": ["chips"], "Norvik": ["battery_cells"], "Alumbra": ["mining"]}


# --- "el suministro de": a noun, never the verb (its first person is not news) -------------------------

@pytest.mark.parametrize("sentence", [
    "Vardena ha firmado con Celtrix un acuerdo plurianual para el suministro de chips de potencia.",
    "Vardena firmará con Celtrix un contrato a diez años para el suministro de semiconductores.",
])
def test_supply_noun_direction_from_tiers(sentence):
    assert _types(sentence, ["Vardena", "Celtrix"], SUPPLY, sectors=CHAIN) == [("supplies", "Celtrix", "Vardena", "announced")]


def test_supply_noun_without_tiers_is_not_a_verb():
    # no sectors, no "a"/"por": the noun gives no direction and the subject is not read as the supplier
    assert _types("Vardena negocia con Celtrix el suministro de chips para sus modelos.", ["Vardena", "Celtrix"], SUPPLY) == []
