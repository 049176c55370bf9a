"""A supply deal "with" a partner described as a maker of goods: the partner sells (frames/maker_partner.py),
where nothing else gives the direction."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supplies(text, language, sectors=None):
    doc = RelationExtractor()(make_doc(text, ["Dravik", "Ostrel"], language=language, sectors=sectors))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("language,text", [
    ("de", "Dravik verhandelt über einen Liefervertrag mit dem Graphit-Hersteller Ostrel."),
    ("de", "Dravik hat einen Liefervertrag mit dem Separatorenhersteller Ostrel geschlossen."),
    ("en", "Dravik is nearing a supply agreement with the nickel producer Ostrel."),
    ("en", "Dravik signed a supply contract with separator maker Ostrel."),
    ("it", "Dravik ha siglato un accordo di fornitura con il produttore Ostrel."),
    ("fr", "Dravik a conclu un accord de fourniture avec le producteur de graphite Ostrel."),
    ("es", "Dravik ha cerrado un contrato de suministro con el productor de níquel Ostrel."),
])
def test_the_maker_sells(language, text):
    assert _supplies(text, language) == {("Ostrel", "Dravik")}


@pytest.mark.parametrize("language,text", [
    # a vehicle maker buys
    ("en", "Dravik signed a supply agreement with the truck maker Ostrel."),
    ("de", "Dravik hat einen Liefervertrag mit dem Nutzfahrzeughersteller Ostrel geschlossen."),
    ("es", "Dravik ha cerrado un contrato de suministro con el fabricante de coches Ostrel."),
    # the subject described as a maker too: not told
    ("en", "The graphite maker Dravik signed a supply agreement with the anode producer Ostrel."),
])
def test_no_flip(language, text):
    assert ("Ostrel", "Dravik") not in _supplies(text, language)


def test_the_gazetteer_place_of_the_subject_counts():
    # a materials company dealing with a cathode maker may sell to it; with a nickel miner it buys
    sectors = {"Dravik": ["battery_materials"]}
    assert ("Ostrel", "Dravik") not in _supplies(
        "Dravik hat einen Liefervertrag mit dem Kathodenhersteller Ostrel unterzeichnet.", "de", sectors)
    assert _supplies("Dravik hat einen Liefervertrag mit dem Nickelproduzenten Ostrel unterzeichnet.", "de", sectors) == {("Ostrel", "Dravik")}
