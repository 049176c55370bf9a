"""A known company's flagged ("?") bare name that opens the full name of another company of the page is
that company (entities/ambiguous_short_forms.py): "Apollo" after "Apollo Tyres", "Hydro" after "Hydro
One". Not beside the namesake's own unit, nor when the word comes before the full name. Sentences
written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def canonicals(text: str, language: str, surface: str) -> set[str | None]:
    return {m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == surface}


@pytest.mark.parametrize(
    "language, text, short, whole",
    [
        ("en", "Apollo Tyres Ltd. has agreed to supply radial tyres to Tata Motors. "
               "Under the deal, Apollo will ship the tyres from its Chennai works from 2027.",
         "Apollo", "Apollo Tyres"),
        ("it", "Hydro One ha firmato un contratto con Siemens per i trasformatori. "
               "Secondo l'accordo, Siemens consegnerà a Hydro le prime unità nel 2028.",
         "Hydro", "Hydro One"),
        ("de", "Apollo Tyres hat einen Liefervertrag mit Volkswagen geschlossen. Apollo liefert die Reifen ab 2027 aus Ungarn.",
         "Apollo", "Apollo Tyres"),
        ("fr", "Hydro One a signé avec Hitachi Energy pour ses postes électriques. Hitachi Energy livrera à Hydro des transformateurs dès 2027.",
         "Hydro", "Hydro One"),
        ("es", "Apollo Tyres firmó un acuerdo con Stellantis. Según el contrato, Apollo suministrará neumáticos a Stellantis desde 2027.",
         "Apollo", "Apollo Tyres"),
    ],
)
def test_flagged_word_after_the_full_name_is_that_company(language, text, short, whole):
    assert canonicals(text, language, short) == {whole}


def test_group_beside_its_unit_stays_the_group():
    # the gazetteer puts Amazon above Amazon Web Services: the bare name is the group
    text = ("Amazon Web Services has signed a power deal with Iberdrola. "
            "Separately, Amazon will buy electric vans from Rivian for its delivery fleet.")
    assert canonicals(text, "en", "Amazon") == {"Amazon"}


def test_word_before_the_full_name_stays():
    # the body names the word before its namesake: it may be the flagged company itself
    text = ("Tata Motors has picked its tyre supplier. The carmaker said Apollo had made the best offer. "
            "Apollo Tyres will supply radial tyres to Tata Motors from 2027.")
    assert "Apollo Tyres" not in canonicals(text, "en", "Apollo")


def test_sentence_naming_both_keeps_two_companies():
    text = ("Apollo Tyres Ltd. has agreed to supply radial tyres to Tata Motors. "
            "Apollo Tyres is not related to Apollo, the private equity group, which holds stakes in other suppliers.")
    assert "Apollo Tyres" not in canonicals(text, "en", "Apollo")
