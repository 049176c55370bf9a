"""A minority stake told with no share and no company, in the sentence after the one naming the company
held ("Maltrix ist nur noch mit einer Minderheit beteiligt", "Maltrix is also a minority shareholder"):
capital_holders.py's ``_MINORITY``. Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_NAMES = ["Korvan", "Maltrix", "Tessaro"]


def _ties(text, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _NAMES, language=language))}


@pytest.mark.parametrize("language, text", [
    ("de", "Korvan fertigt in Ulm Rundzellen für Sportwagen. Maltrix ist nur noch mit einer Minderheit beteiligt."),
    ("de", "Korvan betreibt 400 Schnellladeparks. Seit 2022 ist Maltrix als Minderheitsgesellschafter an Bord."),
    ("en", "Korvan makes cathode material in Ohio. Maltrix is also a minority shareholder."),
    ("fr", "Korvan fabrique des cellules à Douai. Maltrix en conserve une participation minoritaire."),
    ("fr", "Korvan fabrique des cellules à Douai. Maltrix reste actionnaire minoritaire."),
    ("it", "Korvan produce celle a Torino. Maltrix è socio di minoranza."),
    ("es", "Korvan fabrica celdas en Zaragoza. Maltrix sigue siendo accionista minoritario."),
])
def test_a_minority_holder_of_the_company_before(language, text):
    assert ("invests_in", "Maltrix", "Korvan") in _ties(text, language)


@pytest.mark.parametrize("language, text", [
    # the company held is named: read in the sentence itself, not the company before
    ("en", "Korvan makes cathode material in Ohio. Maltrix is also a minority shareholder in Tessaro."),
    ("de", "Korvan fertigt in Ulm Zellen. Maltrix ist mit einer Minderheit an Tessaro beteiligt."),
    # the sentence before names two companies: whose minority?
    ("en", "Tessaro bought Korvan in 2018 and remains its owner today. Maltrix kept a minority stake."),
    # the holder does not open the clause
    ("en", "Korvan makes cathode material in Ohio. Analysts said on Monday that Maltrix is a minority shareholder."),
])
def test_no_stake_in_the_company_before(language, text):
    assert ("invests_in", "Maltrix", "Korvan") not in _ties(text, language)
