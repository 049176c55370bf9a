"""A supply whose end the next sentence tells of "our contract" or "the deliveries" is ended. Invented
companies and sentences, in the five languages."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import line_doc


def _statuses(lines: list[str], language: str, companies=("Korvan", "Maltrix")):
    doc = line_doc(lines, companies, language=language, sep=" ")
    return {(r.type, r.source, r.target): r.status for r in RelationExtractor()(doc).relations}


_CASES = [
    ("en", "Korvan supplies pump housings to Maltrix for its plant in Leeds.", "Our contract expired when the plant was closed."),
    ("de", "Korvan liefert Pumpengehäuse an Maltrix für das Werk in Kassel.", "Die Lieferungen sind seit dem Frühjahr eingestellt."),
    ("fr", "Korvan fournit des carters de pompe à Maltrix pour son usine de Lille.", "Notre contrat a pris fin avec la fermeture du site."),
    ("it", "Korvan fornisce carter per pompe a Maltrix per lo stabilimento di Bergamo.", "Il nostro contratto è scaduto con la chiusura del sito."),
    ("es", "Korvan suministra carcasas de bombas a Maltrix para su planta de Vigo.", "Nuestro contrato expiró con el cierre de la planta."),
]


@pytest.mark.parametrize("language,tie,end", _CASES)
def test_the_next_sentence_ends_the_supply(language, tie, end):
    key = ("supplies", "Korvan", "Maltrix")
    assert _statuses([tie], language)[key] != "ended"
    assert _statuses([tie, end], language)[key] == "ended"


def test_an_end_that_names_another_company_is_another_deal():
    got = _statuses(["Korvan supplies pump housings to Maltrix for its plant in Leeds.",
                     "Our contract with Dravo expired when its plant was closed."], "en",
                    companies=("Korvan", "Maltrix", "Dravo"))
    assert got[("supplies", "Korvan", "Maltrix")] != "ended"
