"""A known company named again by the first word of its name alone is that company
(entities/first_words.py): "Sigma" after "Sigma Lithium". Not when the word comes first, nor when
two known companies of the page start with it. Sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run
from tierscope.doc import Mention


def canonicals(text: str, language: str, surface: str) -> set[str | None]:
    return {m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == surface}


@pytest.mark.parametrize(
    "language, text, short, whole",
    [
        ("en", "Sigma Lithium has agreed a supply deal with Ford. Ford will buy spodumene from Sigma from 2027.",
         "Sigma", "Sigma Lithium"),
        ("it", "Elinor Batteries ha firmato un accordo con Volvo. Secondo il contratto, Elinor fornirà le celle dal 2028.",
         "Elinor", "Elinor Batteries"),
        ("de", "Bollinger Motors hat einen Liefervertrag mit Bosch geschlossen. Bollinger bezieht Achsen aus Polen.",
         "Bollinger", "Bollinger Motors"),
        ("fr", "Nuvation Energy a signé avec Renault. Nuvation livrera les systèmes à Renault à partir de 2027.",
         "Nuvation", "Nuvation Energy"),
        ("es", "Sono Motors firmó un acuerdo con Foxconn. Sono venderá su planta a Foxconn.",
         "Sono", "Sono Motors"),
    ],
)
def test_first_word_after_known_name_is_that_company(language, text, short, whole):
    assert canonicals(text, language, short) == {whole}


def test_first_word_before_the_full_name_stays():
    # the word opens the page before its namesake: it may be another company (a parent, a rival)
    text = ("Volvo secures battery supply for its vans. Elinor signed with Volvo on Monday. "
            "Elinor Batteries will supply cells to Volvo from 2028.")
    assert "Elinor Batteries" not in canonicals(text, "en", "Elinor")


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Amara Raja said its unit Amara Raja Advanced Cell Technologies will build the plant. "
               "Amara will deliver cells to Ford from 2028."),
        ("fr", "Amara Raja a confié le chantier à sa filiale Amara Raja Advanced Cell Technologies. "
               "Amara livrera les cellules à Renault à partir de 2028."),
    ],
)
def test_first_word_is_the_company_its_units_are_named_after(language, text):
    # "CIE" beside "CIE Automotive" and "CIE Automotive India": the company the unit's name starts with
    assert canonicals(text, language, "Amara") == {"Amara Raja"}


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Volvo signs cell deal with Elinor. Elinor Batteries will supply cells to Volvo from 2028."),
        ("it", "Volvo firma con Elinor per le celle. Elinor Batteries fornirà le celle a Volvo dal 2028."),
        ("es", "Volvo firma con Elinor el suministro de celdas. Elinor Batteries suministrará celdas a Volvo desde 2028."),
    ],
)
def test_a_headline_may_name_it_short_before_the_story_names_it_in_full(language, text):
    assert canonicals(text, language, "Elinor") == {"Elinor Batteries"}


def _known(text: str, start: int, sentence: int, canonical: str):
    from tierscope.doc import Mention
    return Mention(start, start + len(text), text, "COMPANY", canonical, sentence, "gazetteer", {"known": True})


def _short(text: str, start: int, sentence: int):
    from tierscope.doc import Mention
    return Mention(start, start + len(text), text, "COMPANY", text, sentence, "pattern", {"known": False})


def test_distinctive_inner_word_after_the_full_name_is_that_company():
    from tierscope.entities import first_words
    full = "Tarvane Motor Group Brightplant Georgia"
    ms = [_known(full, 0, 0, full), _short("Brightplant", 60, 1), _short("Brightplant", 120, 2)]
    assert [m.canonical for m in first_words.known_first_words(ms)] == [full] * 3


@pytest.mark.parametrize(
    "words",
    [
        ["Energy"],  # a word telling the company's field, not the company
        ["Georgia"],  # a place
    ],
)
def test_inner_word_that_is_no_name_stays(words):
    from tierscope.entities import first_words
    full = "Tarvane Energy Brightplant Georgia"
    ms = [_known(full, 0, 0, full)] + [_short(w, 60 + 20 * i, 1) for i, w in enumerate(words)]
    assert [m.canonical for m in first_words.known_first_words(ms)][1:] == words


def test_inner_word_named_before_the_full_name_stays():
    from tierscope.entities import first_words
    full = "Tarvane Motor Group Brightplant Georgia"
    ms = [_short("Brightplant", 0, 0), _known(full, 60, 1, full)]
    assert [m.canonical for m in first_words.known_first_words(ms)] == ["Brightplant", full]


def test_first_word_before_a_later_unknown_namesake_is_the_known_company():
    # "Tarvane" after "Tarvane Automotive" (known), before "Tarvane Galfor" (a unit found by position)
    from tierscope.entities import first_words
    full = "Tarvane Automotive"
    unit = Mention(120, 134, "Tarvane Galfor", "COMPANY", "Tarvane Galfor", 3, "pattern", {"known": False})
    ms = [_known(full, 0, 0, full), _short("Tarvane", 60, 2), unit]
    assert [m.canonical for m in first_words.known_first_words(ms)] == [full, full, "Tarvane Galfor"]


def test_first_word_after_an_unknown_namesake_stays():
    from tierscope.entities import first_words
    full = "Tarvane Automotive"
    unit = Mention(30, 44, "Tarvane Galfor", "COMPANY", "Tarvane Galfor", 1, "pattern", {"known": False})
    ms = [_known(full, 0, 0, full), unit, _short("Tarvane", 60, 2)]
    assert [m.canonical for m in first_words.known_first_words(ms)] == [full, "Tarvane Galfor", "Tarvane"]
