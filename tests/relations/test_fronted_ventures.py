"""A plant built with a partner named first, before the subject ("Together with Y, X is building a
plant", "Insieme a Y, X costruisce un impianto", "Avec Y, X construit une usine", "Junto a Y, X
construye una planta", "Gemeinsam mit Y baut X eine Anlage"): a joint venture of X and Y. Made-up
companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]
_PAIR = frozenset(("Korvan", "Maltrix"))


def _types(sentence, language):
    return {t for t, s, d, _st, _p in triples(rels(sentence, _C, language=language)) if frozenset((s, d)) == _PAIR}


@pytest.mark.parametrize("sentence, language", [
    ("Together with the miner Maltrix, Korvan is building a nickel plant in the south.", "en"),
    ("Insieme alla mineraria Maltrix, Korvan costruisce un impianto per il nichel.", "it"),
    ("Avec le minier Maltrix, Korvan construit une usine de nickel.", "fr"),
    ("Junto a la minera Maltrix, Korvan construye una planta de níquel.", "es"),
    ("Gemeinsam mit dem Bergbauunternehmen Maltrix baut Korvan im Süden eine Anlage für Nickel.", "de"),
])
def test_a_plant_built_with_a_fronted_partner(sentence, language):
    got = _types(sentence, language)
    assert "joint_venture" in got and "partners_with" not in got


@pytest.mark.parametrize("sentence, language", [
    ("Together with Maltrix, Korvan posted higher profits this year.", "en"),
    ("Avec Maltrix, Korvan publie des résultats en hausse.", "fr"),
])
def test_no_plant_no_venture(sentence, language):
    assert "joint_venture" not in _types(sentence, language)
