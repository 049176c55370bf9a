"""A reported deal denied further on in its story, after the report's details, by one of its companies
named as the speaker (relations/later_denials.py). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

STORIES = {
    "en": ["Korvan is reportedly in talks to buy Maltrix, people familiar with the matter said.",
           "The talks began in the spring, the people said.", "A deal could value the target at about $2bn.",
           "The price would include debt.", "{0} denied the report on Tuesday."],
    "fr": ["Korvan serait en discussions pour racheter Maltrix, selon des sources proches du dossier.",
           "Les discussions auraient commencé au printemps.", "L'opération valoriserait la cible à deux milliards.",
           "Le prix inclurait la dette.", "{0} a démenti mardi ces informations."],
    "it": ["Korvan sarebbe in trattative per rilevare Maltrix, secondo fonti vicine al dossier.",
           "I colloqui sarebbero iniziati in primavera.", "L'operazione varrebbe circa due miliardi.",
           "Il prezzo includerebbe il debito.", "{0} ha smentito martedì le indiscrezioni."],
    "es": ["Korvan estaría negociando la compra de Maltrix, según fuentes cercanas a la operación.",
           "Las conversaciones habrían comenzado en primavera.", "La operación valoraría el objetivo en unos 2.000 millones.",
           "El precio incluiría la deuda.", "{0} desmintió el martes esas informaciones."],
    "de": ["Korvan soll Insidern zufolge über eine Übernahme von Maltrix verhandeln.",
           "Die Gespräche hätten im Frühjahr begonnen, hieß es.", "Ein Geschäft könnte rund zwei Milliarden Euro schwer sein.",
           "Der Preis würde die Schulden einschließen.", "{0} dementierte den Bericht am Dienstag."],
}


def _statuses(lang, speaker):
    text = " ".join(STORIES[lang]).format(speaker)
    return {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_party_denies_the_report_later(lang):
    got = _statuses(lang, "Maltrix")
    assert got.get(("acquires", "Korvan", "Maltrix")) == "denied", got


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_another_company_denying_is_no_denial_of_the_deal(lang):
    got = _statuses(lang, "Brixo")
    assert got.get(("acquires", "Korvan", "Maltrix")) == "rumoured", got
