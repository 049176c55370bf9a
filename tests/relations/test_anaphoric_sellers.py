"""A verb of buying whose seller is "dort", "von dort" or "auprès de lui", standing for a company named
before it in the sentence (relations/anaphoric_sellers.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Hollin Stahl", "Quarra Cells", "Ebersfeld Auto", "Morland Trucks", "Velan Strom"]
_SECTORS = {"Hollin Stahl": ["steel"], "Quarra Cells": ["battery_cells"], "Ebersfeld Auto": ["carmaker"],
            "Morland Trucks": ["trucks"], "Velan Strom": ["energy"]}


def _supplies(text, lang):
    names = [n for n in _NAMES if n in text]
    return {(r.source, r.target) for r in rels(text, names, lang, sectors={n: _SECTORS[n] for n in names}) if r.type == "supplies"}


@pytest.mark.parametrize("lang,text,pairs", [
    ("de", "Ebersfeld Auto ist am Zellhersteller Quarra Cells mit einer Minderheit beteiligt und bezieht von dort Zellen für den neuen Transporter.",
     {("Quarra Cells", "Ebersfeld Auto")}),
    ("de", "Die wichtigsten Abnehmer von Hollin Stahl sind Autobauer: Ebersfeld Auto und Morland Trucks beziehen dort Flachstahl für Karosserien.",
     {("Hollin Stahl", "Ebersfeld Auto"), ("Hollin Stahl", "Morland Trucks")}),
    ("de", "Ebersfeld Auto ist an Quarra Cells beteiligt und bezieht von dort Zellen für die Morland Trucks Z9.",
     {("Quarra Cells", "Ebersfeld Auto")}),
    ("fr", "Quarra Cells a gagné la confiance d'Ebersfeld Auto : Ebersfeld Auto s'approvisionne auprès de lui en cellules pour ses fourgons.",
     {("Quarra Cells", "Ebersfeld Auto")}),
])
def test_the_company_named_before_sells(lang, text, pairs):
    found = _supplies(text, lang)
    assert pairs <= found
    assert not any((b, a) in found for a, b in pairs)


def test_a_seller_named_after_the_verb_is_the_seller():
    found = _supplies("Ebersfeld Auto produziert mit Morland Trucks in Ungarn und bezieht dort Strom von Velan Strom.", "de")
    assert ("Velan Strom", "Ebersfeld Auto") in found
    assert ("Morland Trucks", "Ebersfeld Auto") not in found
