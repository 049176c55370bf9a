"""A past supply told "until the failure" of a party ("aveva acquistato da Y le celle fino al
fallimento", "a livré des cellules à Z jusqu'à sa faillite") is over, as "until 2022" is. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Kelda"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda aveva acquistato da Almara le celle per i suoi camion elettrici fino al fallimento."),
    ("it", "Almara aveva fornito celle a Kelda fino al fallimento."),
    ("fr", "Almara a livré des cellules à Kelda jusqu'à sa faillite en 2024."),
])
def test_a_supply_until_the_failure_is_ended(language, text):
    assert _rels(text, language)[("supplies", "Almara", "Kelda")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda acquista da Almara le celle per i suoi camion elettrici."),
    # the failure is of the plans, not a limit of the supply, and the supply is to come
    ("it", "Almara fornirà celle a Kelda, che ha evitato il fallimento."),
])
def test_without_the_limit_the_supply_is_not_ended(language, text):
    assert _rels(text, language)[("supplies", "Almara", "Kelda")] != "ended"
