"""A stake in the subject's own capital told with a partner of talks or a deal is the partner's stake
(``relations/own_capital.py``). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Varnholt", "Ebrisa", "Tolmark"]


def _stakes(text, lang, coref=None):
    doc = RelationExtractor()(make_doc(text, NAMES, language=lang, coref=coref))
    return {(r.source, r.target) for r in doc.relations if r.type == "invests_in"}


@pytest.mark.parametrize("lang,text,coref", [
    ("fr", "Varnholt mène depuis l'été des pourparlers avec Ebrisa pour une prise de participation de 15 % dans son capital.", None),
    ("it", "Varnholt ha ammesso di essere in trattativa con la tedesca Ebrisa per l'ingresso del gruppo nel proprio capitale con una quota del 12 per cento.",
     {"del gruppo": "Ebrisa"}),
    ("es", "Varnholt está en conversaciones con Ebrisa sobre una participación minoritaria en su capital.", None),
    ("de", "Varnholt führt Gespräche mit dem Finanzinvestor Ebrisa über einen Anteil von 20 Prozent an dem Unternehmen.",
     {"dem Unternehmen": "Ebrisa"}),
    ("en", "Varnholt is in talks with Ebrisa about a minority stake in its share capital.", None),
])
def test_the_partner_takes_the_stake_in_the_subjects_capital(lang, text, coref):
    got = _stakes(text, lang, coref)
    assert ("Ebrisa", "Varnholt") in got, got
    assert ("Varnholt", "Ebrisa") not in got, got


@pytest.mark.parametrize("lang,text", [
    # a verb of taking: the subject takes the stake in the partner's capital
    ("fr", "Varnholt a engagé des discussions avec Ebrisa en vue d'entrer dans son capital."),
    ("en", "Varnholt is in talks with Ebrisa about taking a stake in its capital."),
    # a third company between: whose capital is not clear
    ("it", "Varnholt tratta con Ebrisa per una quota di Tolmark e per l'ingresso nel proprio capitale."),
])
def test_the_subject_that_takes_keeps_its_stake(lang, text):
    assert ("Ebrisa", "Varnholt") not in _stakes(text, lang)
