"""After an owner's possessive, a company or business named by its name is the owner's unit and the party
to the deal: "Brixo's battery company Norvik" (relations/owner_named_units.py). Invented names and
sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Norvik", "Valmera", "Kestrel"]


@pytest.mark.parametrize("text,kind", [
    ("Valmera has signed a licence deal for its anode process with Kestrel's battery company Norvik.", "partners_with"),
    ("Valmera is to ship graphite to Kestrel’s anode business Norvik from next spring.", "supplies"),
])
def test_the_possessed_company_is_the_party(text, kind):
    found = {(r.type, r.source, r.target) for r in rels(text, NAMES, language="en")}
    assert not any("Kestrel" in (s, t) for k, s, t in found if k == kind)
    assert ("owns", "Kestrel", "Norvik") in found


def test_a_company_not_named_after_the_possessive_stays():
    # "Kestrel's battery company" with no name after it is Kestrel's own business: Kestrel buys
    text = "Valmera will ship graphite to Kestrel's battery company and to Norvik."
    assert ("supplies", "Valmera", "Kestrel") in {(r.type, r.source, r.target) for r in rels(text, NAMES, language="en")}


def test_a_sister_company_is_no_unit():
    text = "Kestrel's sister company Norvik will buy graphite from Valmera."
    found = {(r.type, r.source, r.target) for r in rels(text, NAMES, language="en")}
    assert ("owns", "Kestrel", "Norvik") not in found


@pytest.mark.parametrize("noun", ["controlling company", "mother company"])
def test_an_owning_company_is_no_unit(noun):
    # "Kestrel's controlling company Norvik" owns Kestrel: Norvik is no unit of Kestrel's
    text = f"Kestrel's {noun} Norvik will buy graphite from Valmera."
    found = {(r.type, r.source, r.target) for r in rels(text, NAMES, language="en")}
    assert ("owns", "Kestrel", "Norvik") not in found
