"""A list whose middle member carries a description after the comma, as the conjunction would carry
it ("A, the Chinese B and C", "A, la cinese B e C", "A, der chinesische Konzern B und C"): one list of
three, all pairs of a joint venture or a partnership. A description that names its owner ("Brixo, dem
Gemeinschaftsunternehmen des Konzerns A und des Zulieferers B") is no list member. Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Brixo")
_ALL = {("Corvalis", "Norvik"), ("Norvik", "Tessaro"), ("Corvalis", "Tessaro")}


def _pairs(text, lang, kind):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {tuple(sorted((r.source, r.target))) for r in doc.relations if r.type == kind}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik, the Chinese Corvalis and Tessaro are jointly building a refinery."),
    ("it", "Qui Norvik, la cinese Corvalis e Tessaro stanno costruendo insieme un impianto di lisciviazione."),
    ("fr", "Norvik, le chinois Corvalis et Tessaro construisent ensemble une usine."),
    ("es", "Norvik, la china Corvalis y Tessaro construyen juntos una planta."),
])
def test_three_builders_with_a_described_member(lang, text):
    assert _pairs(text, lang, "joint_venture") == _ALL


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik, China's Corvalis and Tessaro signed a memorandum of understanding."),
    ("it", "Norvik, la cinese Corvalis e la tedesca Tessaro hanno firmato un memorandum d'intesa."),
    ("de", "Norvik, der chinesische Konzern Corvalis und Tessaro haben eine Absichtserklärung unterzeichnet."),
    ("fr", "Norvik, le chinois Corvalis et Tessaro ont signé un protocole d'accord."),
    ("es", "Norvik, la china Corvalis y Tessaro firmaron un memorando de entendimiento."),
])
def test_three_signers_with_a_described_member(lang, text):
    assert _pairs(text, lang, "partners_with") == _ALL


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik, the Chinese Corvalis, signed a memorandum of understanding with Tessaro."),
    ("it", "Norvik, la cinese Corvalis, ha firmato un memorandum d'intesa con Tessaro."),
])
def test_a_described_name_closed_by_a_comma_is_no_list(lang, text):
    assert _pairs(text, lang, "partners_with") == {("Norvik", "Tessaro")}


def test_a_description_that_names_its_owner_is_no_member():
    text = ("Die Technik kommt von Brixo, dem Gemeinschaftsunternehmen des Anlagenbauers Norvik "
            "und des Rohstoffunternehmens Corvalis.")
    assert _pairs(text, "de", "joint_venture") == {("Corvalis", "Norvik")}
