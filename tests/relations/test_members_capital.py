"""Shareholders listed after the possessive of "capital" in the sentence after the one naming their
company ("En su capital participan A y B", "Nel suo capitale sono entrati A e B", "On retrouve à son
capital A et B", "Its capital is held by A and B", "An seinem Kapital sind A und B beteiligt"): stakes
in the company of the sentence before (members._CAPITAL_OPEN); made-up companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Norvessa", "Tecnalba", "Lumetra", "Quindar"]


def rels(text, language):
    names = {n: n for n in _NAMES if n in text}
    doc = RelationExtractor()(make_doc(text, names, language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text", [
    ("es", "Norvessa levantará una planta de celdas en Álava. En su capital participan Tecnalba y Lumetra."),
    ("it", "Norvessa costruirà una fabbrica di celle a Termoli. Nel suo capitale sono entrati Tecnalba e Lumetra."),
    ("fr", "Norvessa construit une usine de cellules près de Metz. On retrouve à son capital Tecnalba et Lumetra."),
    ("en", "Norvessa is building a cell plant in Ohio. Its capital is held by Tecnalba and Lumetra."),
    ("de", "Norvessa baut eine Zellfabrik in Thüringen. An seinem Kapital sind Tecnalba und Lumetra beteiligt."),
])
def test_holders_listed_after_its_capital(language, text):
    got = rels(text, language)
    assert ("invests_in", "Tecnalba", "Norvessa") in got
    assert ("invests_in", "Lumetra", "Norvessa") in got


@pytest.mark.parametrize("language, text", [
    ("fr", "Norvessa construit une usine près de Metz. Outre Quindar, on retrouve à son capital Tecnalba et Lumetra, tous minoritaires."),
    ("es", "Norvessa levantará una planta en Álava. Además de Quindar, en su capital participan Tecnalba y Lumetra."),
    ("it", "Norvessa costruirà una fabbrica a Termoli. Oltre a Quindar, nel suo capitale sono entrati Tecnalba e Lumetra."),
])
def test_a_holder_named_apart_before_the_list(language, text):
    got = rels(text, language)
    assert {("invests_in", "Tecnalba", "Norvessa"), ("invests_in", "Lumetra", "Norvessa")} <= got
    assert not any(t == "invests_in" and s in ("Norvessa", "Tecnalba") and d == "Quindar" for t, s, d in got)


@pytest.mark.parametrize("language, text", [
    # the capital's size, or a capital named with its owner: no list of holders of the company before
    ("en", "Norvessa is building a cell plant in Ohio. Its capital is 2 billion euros, Tecnalba said."),
    ("es", "Norvessa levantará una planta en Álava. En el capital de Lumetra participan Tecnalba y Quindar."),
    ("it", "Norvessa costruirà una fabbrica a Termoli. Il suo capitale è salito a 2 miliardi, secondo Tecnalba."),
])
def test_no_holders_without_the_list(language, text):
    got = rels(text, language)
    assert not any(t == "invests_in" and d == "Norvessa" for t, s, d in got)
