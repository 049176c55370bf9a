"""A verb of the tie in the present after words that only name the deal or call something new ("under an
agreement signed in 2021, Y supplies Z", "Nvidia, das X mit Chips für die neuen Baureihen beliefert", "En
virtud del contrato, Y suministra"): the verb's tense tells the time, the tie runs (lexicon key
"deal_words", status._announced_before). A noun of the tie after them ("un contrat portant sur la
fourniture", "einen Rahmenvertrag über die Lieferung") and a future stay announced. Invented companies and
sentences (status18)."""

from __future__ import annotations

import pytest

from .helpers import rels

RUNNING = [
    ("en", "Under its agreement Korvan supplies cathode material to Maltrix."),
    ("de", "Korvan, das Maltrix mit Chips für die neuen Baureihen beliefert, ist bei dem Projekt nicht dabei."),
    ("fr", "Dans le cadre de ce contrat Korvan fournit des cellules à Maltrix."),
    ("it", "In base all'accordo Korvan fornisce celle a Maltrix."),
    ("es", "En virtud del contrato Korvan suministra celdas a Maltrix."),
]
TO_COME = [
    ("en", "Korvan signed a contract for the supply of cells to Maltrix."),
    ("fr", "Korvan a signé avec Maltrix un contrat portant sur la fourniture de cellules."),
    ("de", "Korvan hat mit Maltrix einen Rahmenvertrag über die Lieferung von Zellen unterzeichnet."),
    ("it", "Korvan ha firmato un nuovo contratto e fornirà celle a Maltrix."),
    ("en", "Under the new contract Korvan will supply cells to Maltrix."),
]


def _status(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}
    return got.get(("supplies", "Korvan", "Maltrix"))


@pytest.mark.parametrize("lang,text", RUNNING)
def test_a_present_verb_after_the_deals_name_runs(lang, text):
    assert _status(lang, text) == "active"


@pytest.mark.parametrize("lang,text", TO_COME)
def test_a_noun_or_a_future_after_the_deals_name_is_to_come(lang, text):
    assert _status(lang, text) == "announced"


STANDING = [
    # a tie the words name as standing ("its battery supplier Y", "cells from Y") after the deal's name: it runs
    ("de", "Maltrix hat den Vertrag mit seinem Batterielieferanten Korvan bis 2030 verlängert."),
    ("en", "Maltrix has extended the contract with its battery supplier Korvan until 2030."),
    ("es", "Maltrix ha renovado el contrato con su proveedor de baterías, Korvan."),
]


@pytest.mark.parametrize("lang,text", STANDING)
def test_a_standing_tie_after_the_deals_name_runs(lang, text):
    assert _status(lang, text) == "active"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Maltrix a signé un nouveau contrat avec son fournisseur Korvan."),
    ("en", "Maltrix will sign a new contract with its battery supplier Korvan."),
])
def test_a_standing_tie_with_a_signing_or_a_future_is_to_come(lang, text):
    assert _status(lang, text) == "announced"
