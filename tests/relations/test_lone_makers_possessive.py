"""Goods opened by a possessive the entity stage resolved ("Its chargers come from Y", "Ses bornes sont
fournies par Y", "Sus cargadores son suministrados por Y"): the possessor is the customer
(lone_makers.possessor). Sentences made up, real company names."""

from __future__ import annotations

import pytest
from tierscope.pipeline import default_components
from tierscope.ingest import read_inputs


def _relations(tmp_path, text):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    doc = next(iter(read_inputs([str(p)])))
    for c in default_components():
        doc = c(doc)
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Verkor opened three new charging hubs for its staff this year. Its chargers come from Alpitronic.",
    "Verkor opened three new charging hubs for its staff this year. Its chargers are made by Alpitronic.",
    "Verkor a ouvert trois stations de recharge pour ses salariés. Ses bornes sont fournies par Alpitronic.",
    "Verkor ha abierto tres estaciones de carga para su plantilla. Sus cargadores son suministrados por Alpitronic.",
    "Verkor hat drei Ladeparks für seine Mitarbeiter eröffnet. Seine Ladesäulen stammen von Alpitronic.",
])
def test_possessed_goods_go_to_the_possessor(tmp_path, text):
    assert ("supplies", "Alpitronic", "Verkor") in _relations(tmp_path, text)


def test_goods_made_by_the_possessor_itself(tmp_path):
    got = _relations(tmp_path, "Verkor opened three charging hubs this year. Its chargers come from Alpitronic itself.")
    assert ("supplies", "Alpitronic", "Verkor") not in got
