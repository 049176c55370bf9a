"""A supply deal named with its own party after the noun, past the goods or past the "of" the supply noun
takes ("el contrato de suministro de celdas de X con Y", "il contratto di fornitura di celle di X con Y"):
the chain sets who sells (frames/supply.read_deal, _deal_party_after)."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Brennholt Cells", "Vaucresson Auto"]
_SECTORS = {"Brennholt Cells": ["battery_cells"], "Vaucresson Auto": ["carmaker"]}


def _supplies(text, lang):
    return {(r.source, r.target, r.status) for r in rels(text, _NAMES, lang, sectors=_SECTORS) if r.type == "supplies"}


@pytest.mark.parametrize("lang,text,status", [
    ("es", "El contrato de suministro de Brennholt Cells con Vaucresson Auto expiró en junio.", "ended"),
    ("es", "El contrato de suministro de celdas de Brennholt Cells con Vaucresson Auto expiró en junio.", "ended"),
    ("es", "El acuerdo de suministro de Brennholt Cells con Vaucresson Auto se firmó en marzo.", "announced"),
    ("it", "Il contratto di fornitura di celle di Brennholt Cells con Vaucresson Auto è scaduto a dicembre.", "ended"),
    ("fr", "Le contrat de fourniture de cellules de Brennholt Cells avec Vaucresson Auto a expiré en juin.", "ended"),
])
def test_deal_party_after_the_noun(lang, text, status):
    assert ("Brennholt Cells", "Vaucresson Auto", status) in _supplies(text, lang)

