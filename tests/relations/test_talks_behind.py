"""Talks the sentence tells as behind it ("after months of talks", "nach monatelangen Verhandlungen",
"the negotiations are over") lead to the deal the sentence tells: its own words decide its status, not
the talks (``relations/talks_behind.py``). Invented companies."""

from __future__ import annotations

import pytest

from tierscope.relations.talks_behind import without_past_talks

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Wochenlang wurde hart verhandelt, in der Nacht zum Freitag stand die Einigung: Orlanda übernimmt 60 Prozent an Pesqueira."),
    ("de", "Nach monatelangen Verhandlungen hat Orlanda die Übernahme von Pesqueira vereinbart."),
    ("de", "Nach monatelangen Verhandlungen übernimmt Orlanda 51 Prozent an Pesqueira."),
    ("de", "Die Verhandlungen sind abgeschlossen: Orlanda übernimmt Pesqueira."),
    ("en", "After months of talks, Orlanda agreed to buy 51% of Pesqueira."),
    ("en", "The negotiations are over: Orlanda will buy Pesqueira."),
    ("it", "Dopo mesi di trattative, Orlanda ha firmato l'accordo per rilevare il 51% di Pesqueira."),
    ("es", "Tras meses de negociaciones, Orlanda ha acordado la compra del 51% de Pesqueira."),
    ("es", "Después de meses de negociación, Orlanda comprará Pesqueira."),
    ("fr", "Après des mois de négociations, Orlanda a conclu un accord pour racheter 51 % de Pesqueira."),
    ("fr", "Au terme de longues négociations, Orlanda rachètera Pesqueira."),
])
def test_talks_behind_the_deal_leave_it_announced(lang, text):
    assert {r.status for r in rels(text, PAIR, language=lang) if r.type == "acquires"} == {"announced"}


@pytest.mark.parametrize("lang, text", [
    # talks still going on
    ("de", "Orlanda ist nach wie vor in Verhandlungen mit Pesqueira über eine Übernahme."),
    ("de", "Orlanda verhandelt mit Pesqueira über eine Übernahme."),
    ("en", "Orlanda is in talks to buy Pesqueira."),
    ("it", "Orlanda è in trattative per rilevare Pesqueira."),
    ("es", "Orlanda negocia la compra de Pesqueira."),
    ("fr", "Orlanda est en négociations pour racheter Pesqueira."),
])
def test_talks_going_on_stay_in_talks(lang, text):
    assert {r.status for r in rels(text, PAIR, language=lang) if r.type == "acquires"} == {"in_talks"}


@pytest.mark.parametrize("lang, text, blanked", [
    ("en", "after two weeks of talks", True),
    ("de", "nach zähen Verhandlungen", True),
    ("de", "nach wie vor in Verhandlungen", False),
    ("de", "Die Verhandlungen wurden beendet", False),  # broken off: not the way to a deal
    ("it", "dopo lunghe trattative", True),
    ("es", "las negociaciones han concluido", True),
    ("fr", "les négociations ont abouti", True),
])
def test_which_talks_are_behind(lang, text, blanked):
    assert (without_past_talks(lang, text) != text) is blanked
    assert len(without_past_talks(lang, text)) == len(text)
