"""A description naming a town goes to the company at home there before a group that fits only through
that unit (home_first.py): "Volkswagen ... SEAT. The Martorell carmaker" is SEAT, not Volkswagen, though
Volkswagen, SEAT's group, fits "the carmaker of Martorell" too. With no unit of the town named, the group
still fits ("la casa di Torino" is Stellantis)."""

from __future__ import annotations

import pytest

from entity_helpers import run


def _resolved(text, language, words):
    doc = run(text, language)
    return [m.canonical for m in doc.mentions if m.label == "COMPANY" and m.text.casefold() == words.casefold()]


@pytest.mark.parametrize("language,text,words", [
    ("en", "Volkswagen handed two new models to SEAT. The Martorell carmaker will hire 500 workers.",
     "The Martorell carmaker"),
    ("it", "Volkswagen ha affidato due nuovi modelli a SEAT. La casa di Martorell assumerà 500 operai.",
     "La casa di Martorell"),
    ("fr", "Volkswagen a confié deux nouveaux modèles à SEAT. Le constructeur de Martorell embauchera 500 ouvriers.",
     "Le constructeur de Martorell"),
    ("es", "Volkswagen ha encargado dos modelos nuevos a SEAT. El fabricante de Martorell contratará a 500 operarios.",
     "El fabricante de Martorell"),
    ("de", "Volkswagen hat SEAT zwei neue Modelle zugeteilt. Der Hersteller aus Martorell stellt 500 Arbeiter ein.",
     "Der Hersteller aus Martorell"),
])
def test_the_unit_at_home_in_the_town_goes_before_its_group(language, text, words):
    assert _resolved(text, language, words) == ["SEAT"]


@pytest.mark.parametrize("language,text,words", [
    ("it", "Stellantis ha chiuso il trimestre in utile. La casa di Torino assumerà 500 operai.", "La casa di Torino"),
    ("fr", "Stellantis a clos le trimestre en bénéfice. Le constructeur de Turin embauchera 500 ouvriers.",
     "Le constructeur de Turin"),
])
def test_a_group_still_fits_its_units_town_when_no_unit_is_named(language, text, words):
    assert _resolved(text, language, words) == ["Stellantis"]
