"""A plant sentence that tells what money raised will pay for ("The funds will finance a first plant in
Marlowe") after a round: the plant is the company's that raised the money, not an investor's named as
the subject or last in the sentence before."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations import FacilityExtractor
from tierscope.relations.facility_funding import funding_sentence

from .helpers import make_doc

_CASES = [
    ("en", "Kornex has closed a round of 40 million euros. The round is led by Brelix, which takes a minority stake. "
           "The funds will finance a first plant in Marlowe."),
    ("fr", "Kornex a finalisé une levée de 35 millions d'euros. L'opération est conduite par Brelix, qui prend une "
           "participation minoritaire au capital. Ces fonds serviront à financer sa première usine à Marlowe."),
    ("es", "Kornex ha completado una ampliación de capital de 40 millones. Ha acudido a la ronda Brelix, que toma una "
           "participación minoritaria. El dinero servirá para construir una planta en Marlowe."),
    ("de", "Kornex hat eine Finanzierungsrunde über 40 Millionen Euro abgeschlossen. Angeführt wird sie von Brelix, "
           "das eine Minderheitsbeteiligung übernimmt. Das Geld soll in ein erstes Werk in Marlowe fließen."),
    ("it", "Kornex ha chiuso un round da 40 milioni di euro. Il round è guidato da Brelix, che rileva una quota di "
           "minoranza. I fondi serviranno a costruire un primo stabilimento a Marlowe."),
]


def _plants(lang, text, stake=True):
    doc = make_doc(text, ["Kornex", "Brelix"], language=lang, places=["Marlowe"])
    s = doc.sentences[1]
    doc.relations = [Relation("invests_in", "Brelix", "Kornex", "active", Evidence(doc.text[s.start:s.end], s.start, s.end))] if stake else []
    return [(f.owner, f.location) for f in FacilityExtractor()(doc).facilities]


@pytest.mark.parametrize("lang,text", _CASES)
def test_the_plant_the_money_pays_for_is_the_investee_s(lang, text):
    assert _plants(lang, text) == [("Kornex", "Marlowe")]


def test_with_no_stake_told_the_old_reading_stays():
    lang, text = _CASES[1]
    assert _plants(lang, text, stake=False) == [("Brelix", "Marlowe")]


def test_funding_sentence():
    assert funding_sentence("The proceeds will fund a plant in Marlowe.")
    assert funding_sentence("Mit dem Geld soll das Werk in Marlowe erweitert werden.")
    assert not funding_sentence("The plant in Marlowe will cost 2 billion euros.")
    assert not funding_sentence("Kornex builds a plant in Marlowe with money from the state.")
