"""Same-sentence ties the stage used to miss (sameS round): a with-phrase of its own naming a holder by
its role ("Y, controlled by Z and with X as a minority shareholder": X holds a stake in Y, not in Z),
and the role after "as" and an article ("X as a minority shareholder", "X como su principal
accionista"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Lumora", "Vantex", "Orsen Capital", "Kestrel", "Brixo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Lumora, controlled by Vantex and with Orsen Capital as a minority shareholder, will open a plant.", "en"),
    ("Lumora, controllata da Vantex e con Orsen Capital come azionista di minoranza, aprirà un impianto.", "it"),
    ("Lumora, contrôlée par Vantex et avec Orsen Capital comme actionnaire minoritaire, ouvrira une usine.", "fr"),
    ("Lumora, controlada por Vantex y con Orsen Capital como accionista minoritario, abrirá una planta.", "es"),
    ("Lumora, eine Tochter von Vantex, mit Orsen Capital als Minderheitsaktionär, eröffnet ein Werk.", "de"),
])
def test_a_with_phrase_tells_of_the_clause_subject(sentence, language):
    found = _found(sentence, language)
    assert ("invests_in", "Orsen Capital", "Lumora") in found
    assert ("invests_in", "Orsen Capital", "Vantex") not in found
    assert ("owns", "Vantex", "Lumora") in found


@pytest.mark.parametrize("sentence, language", [
    ("Brixo signed with Kestrel as its cell supplier.", "en"),
    ("Brixo ha firmato con Kestrel come fornitore di celle.", "it"),
])
def test_with_as_right_after_the_subject_is_unchanged(sentence, language):
    # no comma and no "and" before "with": the subject chose the supplier, as before
    assert ("supplies", "Kestrel", "Brixo") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Lumora counts on Vantex, with Orsen Capital as a minority shareholder of its own.", "en"),
])
def test_the_anchor_is_the_first_name_of_the_clause(sentence, language):
    assert ("invests_in", "Orsen Capital", "Vantex") not in _found(sentence, language)
