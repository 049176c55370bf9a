"""Funding rounds (relations/rounds.py), invented sentences: a round told by its size or series ("una
ronda de 60 millones", "un round di serie B"), investors "with the participation of" ("con la
participación de", "avec la participation de", "unter Beteiligung von"), a round whose raiser the story
named earlier, and an investor's parent in an apposition (no investor)."""

from __future__ import annotations

import pytest

from .helpers import make_doc
from tierscope.relations import RelationExtractor

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Almara")


def _rels(text, language, coref=None):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=language, coref=coref))
    return {(r.type, r.source, r.target) for r in doc.relations}


_BOTH = {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}


@pytest.mark.parametrize("language, text", [
    ("en", "Norvik has closed a $60 million round. The round was led by Corvalis, with the participation of Tessaro."),
    ("es", "Norvik cerró una ronda de 60 millones de euros. La ha liderado Corvalis, con la participación de Tessaro."),
    ("es", "Norvik cierra una ronda de serie A. La ronda la ha liderado Corvalis, con la participación de Tessaro."),
    ("it", "Norvik ha chiuso un round di serie B. L'aumento di capitale è stato guidato da Corvalis, con la partecipazione di Tessaro."),
    ("it", "Norvik ha chiuso un round da 60 milioni. L'ha guidato Corvalis, con la partecipazione di Tessaro."),
    ("fr", "Norvik a bouclé une levée de fonds. Elle a été menée par Corvalis, avec la participation de Tessaro."),
    ("de", "Norvik hat eine Serie-A-Runde abgeschlossen. Angeführt wurde sie von Corvalis unter Beteiligung von Tessaro."),
])
def test_participation_after_the_raise(language, text):
    assert _BOTH <= _rels(text, language)


@pytest.mark.parametrize("language, text", [
    # the round announced long before, then taken up again without a name
    ("fr", "Norvik boucle une levée de fonds. Il construit une usine. Elle ouvrira en 2027. Le site est prêt. "
           "Les ingénieurs sont recrutés. Vous annoncez une levée de fonds. Nous avons signé une augmentation de capital "
           "menée par Corvalis, avec la participation de Tessaro."),
    ("en", "Norvik has raised $60 million. It builds a plant. It opens in 2027. The site is ready. Hiring has begun. "
           "The round was led by Corvalis, with the participation of Tessaro."),
])
def test_round_of_the_company_that_raised_earlier(language, text):
    assert _BOTH <= _rels(text, language)


@pytest.mark.parametrize("language, text", [
    ("fr", "Norvik a bouclé une levée de fonds. Elle a été menée par Corvalis, la filiale d'investissement de Tessaro."),
    ("en", "Norvik has raised $60 million. The round was led by Corvalis, the venture arm of Tessaro."),
])
def test_parent_of_an_investor_is_no_investor(language, text):
    rels = _rels(text, language)
    assert ("invests_in", "Corvalis", "Norvik") in rels
    assert ("invests_in", "Tessaro", "Norvik") not in rels


def test_a_round_of_another_company_ends_it():
    rels = _rels("Norvik has raised $60 million. Almara has raised $20 million. "
                 "The round was led by Corvalis, with the participation of Tessaro.", "en")
    assert ("invests_in", "Corvalis", "Norvik") not in rels


@pytest.mark.parametrize("language, text", [
    ("en", "Norvik announced a financing package of $2 billion. The largest subscriber was Corvalis."),
    ("de", "Norvik hat ein Finanzierungspaket über zwei Milliarden Euro gemeldet. Größter Zeichner der neuen Aktien war Corvalis."),
    ("de", "Norvik hat ein Finanzierungspaket gemeldet. Neu an Bord ist Corvalis, das sich mit 100 Millionen Euro an der Runde beteiligte."),
])
def test_investors_of_a_financing_package(language, text):
    assert ("invests_in", "Corvalis", "Norvik") in _rels(text, language)
