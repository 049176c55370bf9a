"""Plants: French "atelier de <town>" / "atelier de montage" and "unité pilote" are plants ("atelier de
réflexion" is not); a town-named company after a plant noun and an adjective ("aus dem neuen Werk im
malaysischen X") is the town.

Every sentence here is written for the test (invented companies; real towns only where the place list
is needed); none comes from the dev or golden pages.
"""

from __future__ import annotations

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.status) for f in fs]


def test_fr_atelier_de_town_closed():
    text = "L'atelier de Sorbiers, où la société assemblait ses fourgons, a définitivement fermé ses portes."
    fs = facs(text, ["Velora"], "fr", places=["Sorbiers"], coref={"la société": "Velora"})
    assert _f(fs) == [("Velora", "Sorbiers", "ended")]


def test_fr_atelier_de_montage():
    fs = facs("Velora ouvrira un atelier de montage de batteries à Sorbiers.", ["Velora"], "fr", places=["Sorbiers"])
    assert [(f.owner, f.location) for f in fs] == [("Velora", "Sorbiers")]


def test_fr_unite_pilote():
    text = "Le groupe fait tourner depuis l'été une unité pilote à Sorbiers, dans la Loire."
    fs = facs(text, ["Velora"], "fr", places=["Sorbiers"], coref={"Le groupe": "Velora"})
    assert [(f.owner, f.location) for f in fs] == [("Velora", "Sorbiers")]


def test_fr_atelier_de_reflexion_is_no_plant():
    assert facs("Velora organise un atelier de réflexion avec ses clients à Paris.", ["Velora"], "fr", places=["Paris"]) == []


def test_de_town_company_after_an_adjective():
    text = "Die Chips sollen aus dem neuen Werk im malaysischen Kulim kommen, das Velora baut."
    fs = facs(text, ["Velora", "Kulim"], "de")
    assert [(f.owner, f.location) for f in fs] == [("Velora", "Kulim")]
