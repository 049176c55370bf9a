"""A unit named after its parent: the parent's name, then words journalists use for units (a line of
business, the words that may follow one, a market), or any capitalised words an apposition or a unit
noun calls a unit. The recognizer finds the parent and must not leave the rest behind, or ties go to
the parent. Invented sentences and companies; the parent is handed in as a known mention."""

from __future__ import annotations

import pytest

from tierscope.doc import Mention
from tierscope.entities.matcher import tokenize
from tierscope.entities.units import extend_unit_names


def companies(text: str, parent: str, language: str = "en") -> list[str]:
    toks = [(0, 0, len(text), tokenize(text, 0, len(text)))]
    i = text.index(parent)
    known = [Mention(i, i + len(parent), parent, "COMPANY", parent, 0, "gazetteer", {"known": True})]
    return [m.text for m in extend_unit_names(text, toks, known, language)]


@pytest.mark.parametrize(
    "language, text, parent, unit",
    [
        # a market word that no place list holds ends a national or regional unit
        ("es", "Brixo Ibérica abrirá una planta de reciclaje en Toledo.", "Brixo", "Brixo Ibérica"),
        ("en", "Vexa Energy Storage Iberia will assemble the containers.", "Vexa", "Vexa Energy Storage Iberia"),
        ("en", "Kestrel Energy Benelux signed the grid contract.", "Kestrel", "Kestrel Energy Benelux"),
        ("de", "Die Norvik Solutions Nordic liefert die Ladesäulen.", "Norvik", "Norvik Solutions Nordic"),
        # materials and precursors in each language
        ("fr", "Norvik Matériaux livrera les cathodes à partir de 2027.", "Norvik", "Norvik Matériaux"),
        ("it", "Valmera Materiali fornirà il catodo.", "Valmera", "Valmera Materiali"),
        ("es", "Valmera Materiales suministrará el cátodo.", "Valmera", "Valmera Materiales"),
        ("en", "Talvik Precursors will supply the cathode plant.", "Talvik", "Talvik Precursors"),
        # a business word and what may follow it
        ("en", "Brixo Battery Structures supplies the trays.", "Brixo", "Brixo Battery Structures"),
        ("en", "Corvane New Energy Battery Material signed the order.", "Corvane", "Corvane New Energy Battery Material"),
    ],
)
def test_the_words_after_the_parent_name_its_unit(language, text, parent, unit):
    assert unit in companies(text, parent, language)


@pytest.mark.parametrize(
    "language, text, parent, unit",
    [
        # an apposition calls the words a unit, whatever follows the business word
        ("es", "Acordó vender Norvik Battery Frames, su filial de bandejas, a un fondo.", "Norvik", "Norvik Battery Frames"),
        ("fr", "Il cède Brixo Cells Lorraine Tech, sa filiale d'ingénierie, au chinois.", "Brixo", "Brixo Cells Lorraine Tech"),
        # an English unit noun right after the words
        ("en", "Its Kestrel Helios unit builds grid batteries from used packs.", "Kestrel", "Kestrel Helios"),
        ("en", "The Valmera Orbit subsidiary counts data centres among its customers.", "Valmera", "Valmera Orbit"),
    ],
)
def test_words_called_a_unit_are_its_name(language, text, parent, unit):
    assert unit in companies(text, parent, language)


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Kestrel Battery Day drew analysts to the plant.", "Kestrel"),  # an event, not a unit
        ("The Kestrel Helios plant opened in May.", "Kestrel"),  # a plant noun calls nothing a unit
        ("Kestrel Energy signed the contract.", "Kestrel"),  # "Energy" alone is left to the gazetteer
    ],
)
def test_other_words_leave_the_parent(text, parent):
    assert companies(text, parent) == [parent]


def test_a_mention_with_no_sentence_index_is_kept_as_it_is():
    # a mention placed by a later step may carry no sentence index: the unit reader must pass it
    # through (text.closing_token checks for it) rather than compare None with a number
    text = "Brixo Ibérica abrirá una planta de reciclaje en Toledo."
    toks = [(0, 0, len(text), tokenize(text, 0, len(text)))]
    loose = Mention(0, 5, "Brixo", "COMPANY", "Brixo", None, "gazetteer", {"known": True})
    out = extend_unit_names(text, toks, [loose], "es")
    assert [(m.text, m.sentence) for m in out] == [("Brixo", None)]
