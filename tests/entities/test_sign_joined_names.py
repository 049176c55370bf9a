"""A sign between two parts of one name, with no space around it, keeps the name whole
(entities/name_joins.symbol_join): "K+S", "AT&T", "L'Oréal" are one company each, not their first
letter. Names and sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> set[str]:
    return {m.text for m in run(text, language).mentions if m.label == "COMPANY"}


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("de", "Der Rohstoffkonzern V+R liefert künftig Kalisalz an die Chemiefirma Lanxess.", "V+R"),
        ("en", "The potash miner V+R will supply salt to Lanxess from 2027.", "V+R"),
        ("es", "La empresa V+R venderá sal a Solvay desde 2027.", "V+R"),
        ("de", "Die Tochter Zephyr+Nord GmbH gehört zu Lanxess.", "Zephyr+Nord GmbH"),
        ("de", "Der Zulieferer T&W Antriebe liefert Getriebe an Volkswagen.", "T&W Antriebe"),
        ("fr", "Le groupe L'Ardenaise livrera des câbles à Renault dès 2027.", "L'Ardenaise"),
        ("it", "Il fornitore O'Kelly Cavi consegnerà i cablaggi a Stellantis.", "O'Kelly Cavi"),
    ],
)
def test_sign_inside_a_name_keeps_it_whole(language, text, name):
    assert name in companies(text, language)


@pytest.mark.parametrize(
    "language, text, name",
    [
        # an elided article before a place, a full stop that is a missing space, a dotted product: no name
        ("fr", "L'Europe finance la nouvelle usine de cellules de Verkor à Dunkerque.", "L'Europe"),
        ("it", "Il fornitore Kelvra firmerà con Stellantis. L'Italia ha stanziato i fondi per l'impianto.", "L'Italia"),
        ("en", "Stellantis signed with the supplier Kelvra.Ford said nothing.", "Kelvra.Ford"),
        ("es", "Kelvra habla con Renault sobre los motores de su arquitectura de reparto RX.VA, "
               "sin contrato todavía.", "RX.VA"),
    ],
)
def test_signs_that_join_no_name(language, text, name):
    assert name not in companies(text, language)
