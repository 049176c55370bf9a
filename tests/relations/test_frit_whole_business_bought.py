"""French and Italian: buying all of a company's business ("ha rilevato le attività di Y", "l'acquisizione
delle principali attività di Y", "degli asset di Y", "reprend les activités de Y") takes Y over, as
insolvency news tells it; a unit named by its business ("l'attività batterie di Y", "la divisione di
Y") is a part of Y, not Y. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Kelda"], language=language))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda ha rilevato le attività di Almara."),
    ("it", "Kelda ha rilevato le principali attività di Almara, dichiarata fallita a marzo."),
    ("it", "Kelda ha completato l'acquisizione delle principali attività di Almara."),
    ("it", "Kelda ha completato l'acquisizione degli asset di Almara."),
    ("it", "Kelda ha annunciato l'acquisto delle attività di Almara."),
    ("fr", "Kelda a racheté les activités d'Almara."),
    ("fr", "Kelda reprend les principales activités d'Almara après sa faillite."),
])
def test_the_whole_business_bought_is_a_takeover(language, text):
    assert ("acquires", "Kelda", "Almara") in {r[:3] for r in _rels(text, language)}


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda ha rilevato l'attività batterie di Almara."),
    ("it", "Kelda ha rilevato la divisione batterie di Almara."),
])
def test_a_unit_bought_is_not_the_company(language, text):
    assert ("acquires", "Kelda", "Almara") not in {r[:3] for r in _rels(text, language)}
