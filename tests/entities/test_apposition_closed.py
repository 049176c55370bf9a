"""A description right after "Name, " is that name's apposition when a relative clause, a participle or
a comma closes it, even where the description's kind does not fit the name by the gazetteer or the
name's own words (entities/apposition_close.py); followed by its own verb it is a new clause's subject.
Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest



def described(read, text, phrase):
    doc = read(text, "it")
    return {m.canonical for m in doc.mentions if m.label == "COMPANY" and m.text == phrase}


_BEFORE = "Grifone Veicoli ha firmato un accordo con Pelago Mobility. "


@pytest.mark.parametrize("text, phrase", [
    (_BEFORE + "I moduli saranno forniti da Varenna Batterie, il costruttore piemontese che equipaggia già "
               "le auto di Grifone Veicoli.", "il costruttore piemontese"),
    (_BEFORE + "I moduli saranno forniti da Varenna Batterie, il costruttore piemontese fondato nel 1990 a Novara.",
     "il costruttore piemontese"),
    (_BEFORE + "I moduli arriveranno da Varenna Batterie, il costruttore piemontese, che li produce a Novara.",
     "il costruttore piemontese"),
])
def test_a_closed_apposition_is_the_name_before_it(text, phrase, read_page):
    assert described(read_page, text, phrase) == {"Varenna Batterie"}


def test_a_description_with_its_own_verb_is_no_apposition(read_page):
    text = _BEFORE + "Dopo l'intesa con Varenna Batterie, il costruttore ne conserva una quota."
    assert "Varenna Batterie" not in described(read_page, text, "il costruttore")
