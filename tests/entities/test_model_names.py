"""A car's model or trim named after its marque or model code is no company (``entities/model_names.py``).
Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans

from tierscope.doc import Mention
from tierscope.entities.model_names import drop_model_names


def test_a_trim_after_a_model_number_is_no_company():
    text = "Die Brenntaler liefern bereits die Rundzellen für das Antriebssystem des neuen 412 GTS, das in Zuffenhausen gebaut wird."
    assert "GTS" not in [s for s, _ in spans(run(text, "de"), "COMPANY")]


def _mention(text, word, source="pattern", sectors=(), known=False):
    start = text.index(word)
    return Mention(start, start + len(word), word, "COMPANY", word, 0, source, {"known": known, "sectors": list(sectors)})


def _kept(text, names):
    mentions = [_mention(text, w, **kw) for w, kw in names]
    return [m.text for m in drop_model_names(text, mentions)]


@pytest.mark.parametrize("text, model", [
    ("Le batterie della nuova Vexa e-C7 arrivano da Kestrel.", "e-C7"),
    ("Les cellules de Kestrel équipent la Vexa E-Tech électrique.", "E-Tech"),
    ("Kestrel supplies the seats for the Vexa GTS.", "GTS"),
])
def test_a_model_after_a_carmaker_marque_is_no_company(text, model):
    kept = _kept(text, [("Vexa", {"source": "gazetteer", "sectors": ["carmaker"], "known": True}), (model, {}), ("Kestrel", {})])
    assert model not in kept and "Vexa" in kept and "Kestrel" in kept


@pytest.mark.parametrize("text, model", [
    ("Les cellules de Kestrel équipent la R7 E-Tech électrique.", "E-Tech"),
    ("Las celdas del nuevo ID.4 GTX vienen de Kestrel.", "GTX"),
])
def test_a_model_after_a_model_code_is_no_company(text, model):
    assert model not in _kept(text, [(model, {}), ("Kestrel", {})])


@pytest.mark.parametrize("text, name, before", [
    ("Since 2021 ACME has supplied cells to Kestrel.", "ACME", None),  # a year is no model code
    ("Kestrel supplies the seats for the Vexa range, and Brixo the mirrors.", "Brixo", "Vexa"),  # not a model's shape
    ("The cells come from Vexa Kestrel-Power, its battery arm.", "Kestrel-Power", "Vexa"),  # not the marque's ("Vexa" no carmaker)
])
def test_other_names_stay(text, name, before):
    names = [(name, {})] + ([(before, {"source": "gazetteer", "known": True})] if before else [])
    assert name in _kept(text, names)
