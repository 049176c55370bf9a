"""A party's negated intention denies the deal ("has no plans to buy Y", "n'envisage pas de
racheter Y", "non ha alcun progetto di acquisizione di Y", "no está estudiando una oferta por Y",
"erwägt keine Übernahme von Y"); a forecast ("unlikely to", "not expected to") still drops it
(``refused_plans.py``, read by ``status.py``)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Tessaro", "Corvalis"]


def _rels(text, language):
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, NAMES, language=language)).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis has no plans to take over Tessaro, its chief executive told analysts."),
    ("en", "The board said Corvalis was not considering a bid for Tessaro."),
    ("fr", "Corvalis n'envisage pas de racheter Tessaro, a indiqué son directeur financier."),
    ("fr", "« Corvalis n'a aucun projet d'acquisition de Tessaro », a déclaré le groupe."),
    ("it", "Corvalis non ha alcun progetto di acquisizione di Tessaro, ha spiegato l'amministratore delegato."),
    ("it", "Corvalis non sta valutando un'offerta per Tessaro."),
    ("es", "Corvalis no está estudiando una oferta por Tessaro, según su consejero delegado."),
    ("es", "Corvalis no tiene planes de comprar Tessaro."),
    ("de", "Corvalis erwägt keine Übernahme von Tessaro, sagte der Finanzchef."),
])
def test_negated_intention_denies(language, text):
    assert ("acquires", "Corvalis", "Tessaro", "denied") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Analysts said Corvalis is unlikely to take over Tessaro this year."),
    ("en", "Corvalis is not expected to buy Tessaro before 2028."),
])
def test_forecast_still_drops(language, text):
    assert not any(t == "acquires" for t, *_ in _rels(text, language))
