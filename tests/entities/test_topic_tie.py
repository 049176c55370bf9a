"""A story's topic where two companies are named equally often: the one the headline has as its
subject, when it is the only one of them that the opening (headline, subtitle, dateline, lead) has as
a subject (entities/topic.py ``_tie_break``). Invented companies, a page written for the test."""

from __future__ import annotations


_PAGE = """Riciclo: Varenna Batterie raccoglie 40 milioni per il primo impianto

Smentite le voci su Corvalto Mining

MILANO, 9 aprile 2026 -

Varenna Batterie ha chiuso un aumento di capitale da 40 milioni di euro.

Nelle scorse settimane si era parlato di un interesse di Corvalto Mining, che però non ha commentato.

L'impianto sorgerà vicino a Pavia e tratterà 12.000 tonnellate di batterie l'anno.

{sentence}

Varenna Batterie conta di assumere 110 persone, mentre Corvalto Mining resta fuori dal progetto.
"""


def test_the_headline_subject_wins_a_tie(read_page):
    sentence = "La società ha già firmato un accordo per cedere la produzione a Lomar Refining."
    doc = read_page(_PAGE.format(sentence=sentence), "it")
    assert {m.canonical for m in doc.mentions if m.text == "La società"} == {"Varenna Batterie"}
