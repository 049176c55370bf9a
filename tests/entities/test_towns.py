"""Towns from the long GeoNames list (data/places_geonames.tsv, built by scripts/build_places.py)
count as places where a place is expected, and nowhere else."""

from __future__ import annotations

from entity_helpers import run, spans

from tierscope.entities.gazetteer import places, towns


def test_the_town_list_is_shipped_and_looked_up_after_the_hand_written_one():
    assert len(towns()) > 50_000
    assert places().find("Gödöllő").country == "HU"  # only in the long list
    assert places().get("Gödöllő") is None  # not a place wherever the word stands
    assert places().find("Monaco di Baviera").name == "Munich"  # the hand-written spelling wins


def test_a_town_after_a_location_preposition_is_a_place():
    doc = run("La fabbrica di celle a Gödöllő produce per BMW.", "it")
    assert ("Gödöllő", "Gödöllő") in spans(doc, "PLACE")
    doc = run("Recuvolt baut ein Werk in Lumbier und eines in Nysa.", "de")
    assert {"Lumbier", "Nysa"} <= {t for t, _ in spans(doc, "PLACE")}


def test_a_town_name_without_a_preposition_is_no_place():
    # a town of the long list opening a sentence, or any town's name used as a word, is left alone
    doc = run("Gödöllő ist eine Stadt.", "de")
    assert spans(doc, "PLACE") == []


def test_a_town_opening_a_company_name_is_part_of_the_name():
    # Brennero is an Italian town; "to Brennero Motors" names a company
    doc = run("Voltaria could supply battery cells to Brennero Motors.", "en")
    assert "Brennero Motors" in [t for t, _ in spans(doc, "COMPANY")]
    assert spans(doc, "PLACE") == []
