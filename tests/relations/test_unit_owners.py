"""A company named only as the owner of the unit that sells or buys is no party to the unit's supply
(relations/unit_owners.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _supplies(relations):
    return {(r.source, r.target) for r in relations if r.type == "supplies"}


@pytest.mark.parametrize("text, language", [
    ("From 2028 the subsidiary of steel group Brakon will supply cathode material to Selvio for seven years.", "en"),
    ("À partir de 2028, la filiale du sidérurgiste Brakon livrera des matériaux de cathode à Selvio pendant sept ans.", "fr"),
    ("Ab 2028 soll die Tochter des Chemiekonzerns Brakon fünf Jahre lang Kathodenmaterial an Selvio liefern.", "de"),
    ("Dal 2028 la controllata del gruppo siderurgico Brakon fornirà materiali catodici a Selvio per sette anni.", "it"),
    ("A partir de 2028, la filial del grupo siderúrgico Brakon suministrará material catódico a Selvio durante siete años.", "es"),
])
def test_the_owner_of_the_selling_unit_is_no_supplier(text, language):
    assert ("Brakon", "Selvio") not in _supplies(rels(text, NAMES, language=language))


def test_the_owner_of_the_buying_unit_is_no_customer():
    text = "The Brakon-owned manufacturer said that Chinese cell maker Selvio will deliver cells to its plant from 2027."
    assert ("Selvio", "Brakon") not in _supplies(rels(text, NAMES, language="en"))


@pytest.mark.parametrize("text, language", [
    ("Quarda, the subsidiary of Brakon, will supply cathode material to Selvio from 2028.", "en"),
    ("Brakon, filiale du groupe Quarda, livrera des cathodes à Selvio dès 2028.", "fr"),
])
def test_a_unit_named_beside_its_owner_keeps_its_supply(text, language):
    # the unit is named: the supply is the unit's, whoever owns it
    got = _supplies(rels(text, NAMES, language=language))
    assert {("Quarda", "Selvio"), ("Brakon", "Selvio")} & got


def test_the_owner_in_a_german_participle_is_no_supplier():
    # "die ebenfalls zu Brakon gehörende Quarda": Quarda supplies, Brakon only owns it (the filter on its own,
    # with the tie a reader may pair from the owner's name)
    from tierscope.doc import Evidence, Relation
    from tierscope.relations.unit_owners import drop_unit_owners
    from .helpers import make_doc
    text = "Die Sitze für die Modelle von Selvio liefert die ebenfalls zu Brakon gehörende Quarda aus der Slowakei."
    doc = make_doc(text, NAMES, language="de")
    tie = Relation("supplies", "Brakon", "Selvio", "active", Evidence(text, 0, len(text)))
    assert drop_unit_owners([tie], doc) == []
    plain = "Die Sitze für die Modelle von Selvio liefert Brakon aus der Slowakei."
    doc = make_doc(plain, NAMES, language="de")
    tie = Relation("supplies", "Brakon", "Selvio", "active", Evidence(plain, 0, len(plain)))
    assert drop_unit_owners([tie], doc) == [tie]
