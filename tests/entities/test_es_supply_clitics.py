"""Spanish supply verbs with a dative clitic for the customer the sentence before opens with: "Y le
provee celdas", "Y le proveerá", "Y le abastece de litio" (entities/implied.py, as "le suministra")."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _rels(text):
    doc = _RX(run(text, "es"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Tesla diversifica a sus proveedores. Panasonic le provee celdas cilíndricas desde Nevada.",
    "Tesla diversifica a sus proveedores. Panasonic le proveerá celdas cilíndricas desde 2027.",
    "Tesla diversifica a sus proveedores. Panasonic le abastece de celdas desde Nevada.",
])
def test_a_dative_clitic_before_a_supply_verb_is_the_customer(text):
    assert ("supplies", "Panasonic", "Tesla") in _rels(text)


@pytest.mark.parametrize("text", [
    # no supply verb
    "Tesla diversifica a sus proveedores. Panasonic le prometió celdas desde Nevada.",
    # the customer is named after the verb: the clitic only doubles it
    "Tesla diversifica a sus proveedores. Panasonic le provee celdas a Rivian desde Nevada.",
])
def test_no_customer_from_the_clitic_otherwise(text):
    assert ("supplies", "Panasonic", "Tesla") not in _rels(text)
