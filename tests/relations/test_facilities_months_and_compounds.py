"""Plants: a month is no place even where the place list knows a town of that name ("im März": Marz
in Austria; "en mars", "a maggio"), and a German compound noun after a place ("US-Batteriehersteller")
does not lengthen the place the way a quarter does ("Frankfurt-Höchst").

Every sentence here is written for the test (invented companies); none comes from the dev or golden
pages.
"""

from __future__ import annotations

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


def test_de_month_after_the_plant_is_no_place():
    text = ("Kornex hat die Genehmigung für seinen Lithiumkonverter in Kolkwitz erhalten. Die Anlage soll "
            "24.000 Tonnen pro Jahr produzieren, das Unternehmen will im März mit den Erdarbeiten beginnen.")
    fs = facs(text, ["Kornex"], "de", capacity={"24.000 Tonnen pro Jahr": (24000, "t/y")}, places=["Kolkwitz", "März"])
    assert _f(fs) == [("Kornex", "Kolkwitz", 24000)]


def test_de_month_alone_is_no_place():
    fs = facs("Kornex will im März eine Zellfabrik eröffnen.", ["Kornex"], "de", places=["März"])
    assert [f.location for f in fs] in ([], [None])


def test_fr_and_it_months_are_no_places():
    fs = facs("Velora ouvrira en mars une usine de cellules à Sorbiers.", ["Velora"], "fr", places=["Mars", "Sorbiers"])
    assert [(f.owner, f.location) for f in fs] == [("Velora", "Sorbiers")]
    fs = facs("Velora aprirà a maggio uno stabilimento a Cortona.", ["Velora"], "it", places=["Maggio", "Cortona"])
    assert [(f.owner, f.location) for f in fs] == [("Velora", "Cortona")]


def test_de_compound_noun_after_a_country_is_not_part_of_it():
    text = "Der US-Batteriehersteller Kornex baut ein Zellwerk."
    fs = facs(text, ["Kornex"], "de", places=["US"])
    assert all(f.location != "US-Batteriehersteller" for f in fs)


def test_de_a_quarter_after_the_city_still_counts():
    fs = facs("Kornex baut im Industriepark Frankfurt-Höchst eine Raffinerie.", ["Kornex"], "de", places=["Frankfurt"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Frankfurt-Höchst")]
