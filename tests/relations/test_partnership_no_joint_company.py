"""A partnership whose sentence says no joint company is formed is a partnership, not a denied joint
venture (the guidelines: "When the article says explicitly that no joint company is formed, it is
partners_with"), in English, French, Spanish and German (Italian had it before), on made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _types(sentence, language):
    return {t for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan signed a technical partnership with Maltrix, though no joint company will be formed.", "en"),
    ("Korvan a noué avec Maltrix un partenariat technique ; les deux groupes précisent qu'aucune société commune n'a été créée.", "fr"),
    ("Korvan firmó con Maltrix una alianza tecnológica que no incluye ninguna sociedad conjunta.", "es"),
    ("Korvan vereinbarte mit Maltrix eine Kooperation, ohne ein Gemeinschaftsunternehmen zu gründen.", "de"),
])
def test_no_joint_company_leaves_the_partnership(sentence, language):
    assert _types(sentence, language) == {"partners_with"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan and Maltrix did not say when their joint venture would start production.", "en"),
    ("Korvan et Maltrix n'ont pas précisé quand leur coentreprise démarrera.", "fr"),
])
def test_a_negation_further_off_leaves_the_venture(sentence, language):
    assert "joint_venture" in _types(sentence, language)
