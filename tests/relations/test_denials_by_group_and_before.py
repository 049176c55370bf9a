"""Denials linked across the page (relations/denial_parties.py, later_denials.deny_before): a report on a
unit denied by the group whose name opens the unit's ("Korvan" for "Korvan Safety"); a denial told before
the report it answers, where the report is told as an earlier one ("Earlier, a website had reported ...").
Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Korvan", "Korvan Safety", "Maltrix"]

#: a report that Brixo weighs a stake in Korvan Safety, then Korvan's (the group's) denial
GROUP_DENIES = {
    "en": ["Brixo is reportedly weighing a minority stake in Korvan Safety, people familiar with the matter said.",
           "Korvan denied the report."],
    "fr": ["Brixo envisagerait une participation minoritaire dans Korvan Safety, selon des sources proches du dossier.",
           "Korvan a démenti ces informations."],
    "it": ["Brixo starebbe valutando una quota di minoranza in Korvan Safety, secondo fonti vicine al dossier.",
           "Korvan ha smentito le indiscrezioni."],
    "es": ["Brixo estaría estudiando una participación minoritaria en Korvan Safety, según fuentes cercanas a la operación.",
           "Korvan desmintió esas informaciones."],
    "de": ["Brixo soll Insidern zufolge eine Minderheitsbeteiligung an Korvan Safety erwägen.",
           "Korvan dementierte den Bericht."],
}


def _statuses(text, lang):
    return {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}


@pytest.mark.parametrize("lang", sorted(GROUP_DENIES))
def test_the_group_denies_a_report_on_its_unit(lang):
    got = _statuses(" ".join(GROUP_DENIES[lang]), lang)
    assert got.get(("invests_in", "Brixo", "Korvan Safety")) == "denied", got


#: the group names the unit's counterpart beside it: it speaks of a deal of its own, not the unit's
OWN_DEAL = {
    "en": "Korvan denied that it plans to buy into Brixo.",
    "de": "Korvan dementierte, selbst bei Brixo einsteigen zu wollen.",
}


@pytest.mark.parametrize("lang", sorted(OWN_DEAL))
def test_the_group_denying_its_own_deal_with_the_counterpart_leaves_the_report(lang):
    got = _statuses(" ".join([GROUP_DENIES[lang][0], OWN_DEAL[lang]]), lang)
    assert got.get(("invests_in", "Brixo", "Korvan Safety")) == "rumoured", got


#: Maltrix denies first; the report is told after as an earlier one
DENIAL_FIRST = {
    "en": ["Maltrix on Monday denied reports of a sale.", "The company said no talks were under way.",
           "Earlier, a financial website had reported, citing people familiar with the matter, that Brixo was considering a takeover of Maltrix."],
    "fr": ["Maltrix a démenti lundi les rumeurs de cession.", "Le groupe assure qu'aucune négociation n'est en cours.",
           "Auparavant, un site financier avait affirmé que Brixo envisagerait de racheter Maltrix."],
    "it": ["Maltrix ha smentito lunedì le voci di una cessione.", "Il gruppo assicura che non è in corso alcun negoziato.",
           "In precedenza, secondo indiscrezioni di stampa, Brixo valutava l'acquisizione di Maltrix."],
    "es": ["Maltrix desmintió el lunes los rumores de venta.", "El grupo asegura que no hay negociaciones en curso.",
           "Anteriormente, según fuentes del mercado, Brixo estaría estudiando la compra de Maltrix."],
    "de": ["Maltrix hat am Montag Berichte über einen Verkauf zurückgewiesen.", "Es gebe keine Gespräche, hieß es.",
           "Zuvor hatte ein Finanzportal gemeldet, Brixo prüfe eine Übernahme von Maltrix."],
}


@pytest.mark.parametrize("lang", sorted(DENIAL_FIRST))
def test_a_denial_told_before_the_earlier_report(lang):
    got = _statuses(" ".join(DENIAL_FIRST[lang]), lang)
    assert got.get(("acquires", "Brixo", "Maltrix")) == "denied", got


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_report_not_told_as_earlier_keeps_its_rumour(lang):
    story = list(DENIAL_FIRST[lang])
    story[-1] = {"en": "A financial website reported on Friday, citing people familiar with the matter, that Brixo was considering a takeover of Maltrix.",
                 "de": "Ein Finanzportal meldete am Freitag, Brixo prüfe eine Übernahme von Maltrix."}[lang]
    got = _statuses(" ".join(story), lang)
    assert got.get(("acquires", "Brixo", "Maltrix")) == "rumoured", got


def test_rejected_that_and_without_foundation_deny_the_report():
    for denial in ("Maltrix rejected that on Tuesday.", "Maltrix called the report speculation without foundation."):
        got = _statuses("Brixo is reportedly in talks to buy Maltrix, people familiar with the matter said. " + denial, "en")
        assert got.get(("acquires", "Brixo", "Maltrix")) == "denied", (denial, got)
