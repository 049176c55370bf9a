"""German "an" that closes "von <time> an" ("soll von 2027 an Kathodenmaterial liefern", "von Anfang
an", "vom Sommer an") is no receiver's preposition: the goods after it are no company
(entities/names.py ``_closes_von``); "liefert an Velmora" still names a receiver. Made-up companies."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str) -> list[str]:
    return [m.canonical for m in run(text, "de").mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("text, goods", [
    ("Die Kestrel GmbH wird von 2028 an Kathodenaktivmaterial für zwei Zellwerke in Polen liefern.",
     "Kathodenaktivmaterial"),
    ("Kestrel liefert von Anfang an Separatorfolie für die Zellen.", "Separatorfolie"),
    ("Kestrel liefert vom Sommer an Separatorfolie für die Zellen.", "Separatorfolie"),
])
def test_the_goods_after_von_an_are_no_company(text, goods):
    assert goods not in companies(text)


def test_a_receiver_after_an_stays():  # a guard
    assert "Velmora" in companies("Kestrel liefert seit 2024 an Velmora, sagte ein Sprecher.")
