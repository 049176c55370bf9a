"""A licence agreement between two companies is a technology partnership, in the five languages
(made-up companies); a licence that is no agreement between companies ("la licence d'exploitation du
site") names no partner."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _partners(sentence, language):
    return {(frozenset((s, d)), st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language)) if t == "partners_with"}


@pytest.mark.parametrize("sentence, language, status", [
    ("Korvan signed a licensing deal with Maltrix for its cell design.", "en", "announced"),
    ("Korvan has a licence agreement with Maltrix.", "en", "active"),
    ("Korvan ha firmato un accordo di licenza con Maltrix.", "it", "announced"),
    ("Korvan a signé un accord de licence avec Maltrix.", "fr", "announced"),
    ("Korvan firmó un acuerdo de licencia con Maltrix.", "es", "announced"),
    ("Korvan negocia un acuerdo de licencia con Maltrix.", "es", "in_talks"),
    ("Korvan hat mit Maltrix eine Lizenzvereinbarung unterzeichnet.", "de", "announced"),
])
def test_a_licence_agreement_is_a_partnership(sentence, language, status):
    assert (frozenset(("Korvan", "Maltrix")), status) in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan obtuvo la licencia ambiental para la planta que abastecerá a Maltrix.", "es"),
    ("Korvan licenciera 200 salariés ; Maltrix recrute.", "fr"),
])
def test_a_licence_that_is_no_agreement_names_no_partner(sentence, language):
    assert not _partners(sentence, language)
