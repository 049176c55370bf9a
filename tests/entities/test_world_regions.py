"""Parts of the world are places, never companies: "desde sus plantas en Corea, Europa y
Norteamérica" names no company "Norteamérica". Invented companies."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("language,text,word", [
    ("es", "Brixo abastece a Almara desde sus plantas en Corea, Europa y Norteamérica.", "Norteamérica"),
    ("es", "Brixo vende baterías en Latinoamérica y Oriente Medio.", "Latinoamérica"),
    ("de", "Brixo beliefert Almara aus Werken in Osteuropa und Nordafrika.", "Osteuropa"),
    ("it", "Brixo fornisce Almara dai suoi impianti in Nord America e nel Sud-est asiatico.", "Nord America"),
    ("fr", "Brixo livre Almara depuis ses usines en Amérique du Nord.", "Amérique du Nord"),
])
def test_a_part_of_the_world_is_a_place(language, text, word):
    doc = run(text, language)
    assert not any(word in surface for surface, _ in spans(doc, "COMPANY"))
    assert any(word in surface for surface, _ in spans(doc, "PLACE"))
