"""A company's owner told by the verb of the company's clause ("U gehört inzwischen zur P", "U is owned by
P", "U appartient au groupe P", "U fa capo alla P", "U pertenece al grupo P") is no party to a supply the
sentence gives it (relations/unit_owners.py). Invented names and sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.unit_owners import drop_unit_owners

from .helpers import make_doc, rels

NAMES = ["Norvik", "Valmera", "Kestrel"]


@pytest.mark.parametrize("text", [
    "Norvik gehört ja seit Jahren zur Kestrel, aber bei den Lieferungen spüren wir davon wenig.",
    "Norvik gehört mittlerweile zum Konzern Kestrel, an den Lieferungen ändert das nichts.",
])
def test_the_owner_by_belonging_is_no_customer(text):
    assert [(r.source, r.target) for r in rels(text, NAMES, language="de") if r.type == "supplies"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik is now wholly owned by Kestrel, and the pallets still go to Valmera."),
    ("en", "Norvik belongs to the Danish group Kestrel; pallets still go to Valmera."),
    ("fr", "Norvik appartient désormais au groupe Kestrel, et les palettes partent toujours chez Valmera."),
    ("fr", "Norvik est contrôlée à 80 % par Kestrel, et les palettes partent toujours chez Valmera."),
    ("it", "Norvik fa capo alla finanziaria Kestrel, e i pallet vanno sempre a Valmera."),
    ("it", "Norvik è controllata dalla Kestrel, e i pallet vanno sempre a Valmera."),
    ("es", "Norvik pertenece desde 2021 al grupo Kestrel, y los palés siguen yendo a Valmera."),
    ("es", "Norvik está controlada por Kestrel, y los palés siguen yendo a Valmera."),
])
def test_a_supply_read_for_the_owner_is_dropped(lang, text):
    doc = make_doc(text, NAMES, language=lang)
    read = Relation("supplies", "Kestrel", "Valmera", "active", Evidence(text, 0, len(text)))
    assert drop_unit_owners([read], doc) == []


def test_an_owner_with_a_relative_of_its_own_stays():
    text = "Norvik is owned by Kestrel, which ships cells to Valmera."
    assert ("Kestrel", "Valmera") in [(r.source, r.target) for r in rels(text, NAMES, language="en") if r.type == "supplies"]
