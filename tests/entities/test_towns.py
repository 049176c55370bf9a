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


def test_the_keys_in_the_town_file_are_the_current_name_keys():
    # the file stores each spelling's key; a change to name_key must rebuild it (scripts/build_places.py)
    from importlib import resources

    from tierscope.entities.text import name_key

    text = resources.files("tierscope.entities").joinpath("data", "places_geonames.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    names = {name for _, name, _, _ in rows}
    # every name's own key is in the file (spot-check a spread of rows)
    for key, name, country, kind in rows[:: max(1, len(rows) // 2000)]:
        assert kind in {"city", "region"} and len(country) == 2, (key, name)
    keys = {key for key, *_ in rows}
    for name in list(names)[:: max(1, len(names) // 2000)]:
        assert name_key(name) in keys, name


def test_a_town_is_kept_as_one_string_and_read_at_lookup():
    # ninety thousand towns live as long as the process: one string each, not a tuple of three strings
    from tierscope.entities.gazetteer import Towns

    table = towns()
    assert all(type(row) is str for row in list(table._rows.values())[:1000])
    invented = Towns({"valdremo": "Valdremo\tXQ\tcity", "osterlind": "Osterlind\t\ttown"})
    assert invented.get("valdremo") == invented.get("valdremo") and invented.get("valdremo").name == "Valdremo"
    assert (invented.get("valdremo").country, invented.get("valdremo").kind) == ("XQ", "city")
    assert invented.get("osterlind").country is None and invented.get("osterlind").aliases == ()
    assert invented.get("nowhere") is None
