"""What a paper learnt or industry circles say frames the sentence as a report: "Nach Informationen dieser
Zeitung verhandelt X mit Y", "Glaubt man Branchenkreisen, ..." are rumoured, as "selon nos informations",
"secondo quanto appreso", "según ha podido saber" already are. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels


@pytest.mark.parametrize("text", [
    "Nach Informationen dieser Zeitung verhandelt Korvan mit Maltrix über ein Gemeinschaftsunternehmen für Batteriezellen.",
    "Glaubt man Branchenkreisen, verhandelt Korvan mit Maltrix über ein Gemeinschaftsunternehmen für Batteriezellen.",
    "Nach unseren Informationen verhandelt Korvan mit Maltrix über ein Gemeinschaftsunternehmen für Batteriezellen.",
])
def test_a_papers_information_is_a_report(text):
    got = {r.status for r in rels(text, ["Korvan", "Maltrix"], language="de")}
    assert got == {"rumoured"}, got


def test_talks_told_as_fact_are_talks():
    got = {r.status for r in rels("Korvan verhandelt mit Maltrix über ein Gemeinschaftsunternehmen für Batteriezellen.",
                                  ["Korvan", "Maltrix"], language="de")}
    assert got == {"in_talks"}, got


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon nos informations, Korvan négocie avec Maltrix une coentreprise dans les cellules."),
    ("it", "Secondo quanto appreso, Korvan tratta con Maltrix per una joint venture nelle celle."),
    ("es", "Según ha podido saber este diario, Korvan negocia con Maltrix una empresa conjunta de celdas."),
])
def test_the_same_in_other_languages(lang, text):
    got = {r.status for r in rels(text, ["Korvan", "Maltrix"], language=lang)}
    assert got == {"rumoured"}, got
