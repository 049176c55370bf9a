"""An owner named after an elided article or preposition ("dall'Orvane", "all'Orvane", "à l'Orvane",
"d'Orvane") stands right after the apostrophe, with no space: the phrases of belonging and control end
there as well as before a space (relations/unit_owners.py). Invented names and sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.unit_owners import drop_unit_owners

from .helpers import make_doc

NAMES = ["Norvik", "Valmera", "Orvane"]


@pytest.mark.parametrize("lang,text", [
    # the verb of the unit's clause
    ("it", "Norvik fa capo all'Orvane, e i pallet vanno sempre a Valmera."),
    ("it", "Norvik è controllata dall'Orvane, e i pallet vanno sempre a Valmera."),
    ("fr", "Norvik appartient à l'Orvane, et les palettes partent toujours chez Valmera."),
    # an apposition of control
    ("it", "Norvik, passata sotto il controllo dell'Orvane, manda i pallet a Valmera."),
    ("fr", "Norvik, passée sous le contrôle d'Orvane, envoie les palettes à Valmera."),
])
def test_a_supply_read_for_an_elided_owner_is_dropped(lang, text):
    doc = make_doc(text, NAMES, language=lang)
    read = Relation("supplies", "Orvane", "Valmera", "active", Evidence(text, 0, len(text)))
    assert drop_unit_owners([read], doc) == []


def test_an_owner_with_a_space_after_its_apostrophe_still_counts():
    text = "Norvik è controllata dall' Orvane, e i pallet vanno sempre a Valmera."
    doc = make_doc(text, NAMES, language="it")
    read = Relation("supplies", "Orvane", "Valmera", "active", Evidence(text, 0, len(text)))
    assert drop_unit_owners([read], doc) == []
