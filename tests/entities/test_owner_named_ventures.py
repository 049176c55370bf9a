"""A joint company named after its owners ("Kordana Chery Battery Systems"): where the page has already taken
the first owner's name for a company, the name splits in two ("Kordana" and the known owner's "unit" "Chery
Battery Systems") and a supply to the venture goes to an owner (entities/joined_names.py,
``join_owner_names``). Invented sentences; "Kordana" is an invented company, Chery and Ficosa known ones."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()
_VENTURE = "Kordana Chery Battery Systems"


@pytest.mark.parametrize("text, supplier", [
    ("Kordana y Chery se alían para montar baterías\n\nLos módulos serán suministrados por Ficosa a Kordana Chery "
     "Battery Systems desde 2028.", "Ficosa"),
    ("Kordana and Chery team up on batteries\n\nBosch will supply inverters to Kordana Chery Battery Systems from 2028.",
     "Bosch"),
    ("Der Zulieferer Kordana und Chery gründen ein Gemeinschaftsunternehmen.\n\nBosch liefert ab 2028 Wechselrichter an "
     "die Kordana Chery Battery Systems.", "Bosch"),
    ("Kordana et Chery s'allient dans les batteries\n\nBosch fournira des onduleurs à Kordana Chery Battery Systems à "
     "partir de 2028.", "Bosch"),
    ("Kordana e Chery si alleano nelle batterie\n\nBosch fornirà gli inverter a Kordana Chery Battery Systems dal 2028.",
     "Bosch"),
])
def test_the_venture_named_after_its_owners_is_one_company(text, supplier):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert _VENTURE in {m.canonical for m in doc.mentions if m.label == "COMPANY"}
    supplies = {(r.source, r.target) for r in doc.relations if r.type == "supplies"}
    assert supplies == {(supplier, _VENTURE)}


def test_a_known_company_after_another_stays_apart():
    # "LG Energy Solution" is a name the gazetteer knows whole: no venture of Kordana's
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt",
                             text="Kordana and Hyundai team up\n\nKordana will buy cells from LG Energy Solution for its plant."))
    names = {m.canonical for m in doc.mentions if m.label == "COMPANY"}
    assert "LG Energy Solution" in names and not any(n.startswith("Kordana ") for n in names)
