"""A target that says it received no offer denies the reported deal ("had not received any proposal", "kein
Angebot erhalten", "n'a reçu aucune offre", "non ha ricevuto alcuna offerta", "no ha recibido ninguna
oferta"). ("Not in talks" alone, with no report, yields no deal: tests/relations/test_talks.py.) Invented
companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Maltrix"]

STORIES = {
    "en": ["Korvan is reportedly weighing a bid for Maltrix, people familiar with the matter said.",
           "Maltrix stated on Tuesday that it has not received a formal offer."],
    "de": ["Korvan soll Insidern zufolge eine Übernahme von Maltrix prüfen.",
           "Maltrix erklärte am Freitag, man habe kein Angebot erhalten."],
    "fr": ["Korvan envisagerait de racheter Maltrix, selon des sources proches du dossier.",
           "Maltrix a indiqué vendredi n'avoir reçu aucune offre."],
    "it": ["Korvan starebbe valutando l'acquisizione di Maltrix, secondo fonti vicine al dossier.",
           "Maltrix ha precisato venerdì che non ha ricevuto alcuna offerta."],
    "es": ["Korvan estaría estudiando la compra de Maltrix, según fuentes cercanas a la operación.",
           "Maltrix aseguró el viernes que no ha recibido ninguna oferta."],
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_no_offer_received_denies_the_report(lang):
    got = {(r.type, r.source, r.target): r.status for r in rels(" ".join(STORIES[lang]), NAMES, language=lang)}
    assert got.get(("acquires", "Korvan", "Maltrix")) == "denied", got


def test_no_offer_from_another_company_is_not_this_deal():
    text = ("Korvan is reportedly weighing a bid for Maltrix, people familiar with the matter said. "
            "Maltrix said it had not received any proposal from Brixo.")
    got = {(r.type, r.source, r.target): r.status for r in rels(text, NAMES + ["Brixo"])}
    assert got.get(("acquires", "Korvan", "Maltrix")) == "rumoured", got
