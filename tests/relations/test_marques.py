"""A marque in a deal stands for its group (session 14): "CATL will supply cells to Peugeot" is a supply
to Stellantis; "Jeep" and "Cupra" likewise; a company told as one (Audi, Porsche) stays itself; a
marque beside its own group is no relation. Real marques and groups (the gazetteer's parents),
invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import FacilityExtractor, RelationExtractor
from tierscope.relations.known_roles import brand_owner

from .helpers import make_doc


def _rels(text, companies, language="en"):
    doc = make_doc(text, companies, language=language)
    return {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}


@pytest.mark.parametrize("text,language,marque,group", [
    ("CATL will supply battery cells to Peugeot from 2026.", "en", "Peugeot", "Stellantis"),
    ("CATL fournira des cellules à Jeep dès 2026.", "fr", "Jeep", "Stellantis"),
    ("CATL suministrará celdas a Cupra a partir de 2026.", "es", "Cupra", "SEAT"),
])
def test_a_marque_in_a_supply_is_its_group(text, language, marque, group):
    got = _rels(text, ["CATL", marque], language)
    assert ("supplies", "CATL", group) in got, got
    assert not any(marque in (s, t) for _, s, t in got), got


def test_a_company_under_a_carmaker_stays_itself():
    got = _rels("CATL will supply battery cells to Audi from 2026.", ["CATL", "Audi"])
    assert ("supplies", "CATL", "Audi") in got


def test_a_marque_beside_its_group_is_no_relation():
    # (read as a supply from the group to its marque, it would be the group to itself)
    assert _rels("Stellantis will supply engines to Peugeot.", ["Stellantis", "Peugeot"]) == set()
    assert ("supplies", "Stellantis", "Audi") in _rels("Stellantis will supply engines to Audi.", ["Stellantis", "Audi"])
    assert brand_owner("Peugeot") == "Stellantis" and brand_owner("Audi") is None


def test_a_marques_plant_is_its_groups():
    doc = make_doc("Opel will build a battery plant in Kaiserslautern with 24 GWh of capacity.", ["Opel"],
                   places=["Kaiserslautern"])
    owners = {f.owner for f in FacilityExtractor()(doc).facilities}
    assert "Stellantis" in owners and "Opel" not in owners, owners
