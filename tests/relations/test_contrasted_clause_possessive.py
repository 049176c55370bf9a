"""A possessive after a supply verb in a contrasted clause ("while", "quand", "mentre", "mientras", "während")
is its own subject's: the company of the other clause is not, on that ground, its customer
(frames/supply.py, _CONTRAST)."""

from __future__ import annotations

import pytest

from tierscope.relations.frames.supply import _CONTRAST

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text", [
    "Quarda, filiale cotée du groupe minier Brakon, apporte sa technologie de cathodes, quand Selvio fournit son expertise en chimie.",
    "Brakon apporte la technologie des cathodes, alors que Selvio fournit son expertise en chimie.",
])
def test_the_other_clause_company_is_no_customer(text):
    found = _supplies(rels(text, NAMES, language="fr"))
    assert ("Selvio", "Brakon") not in found and ("Selvio", "Quarda") not in found


def test_a_speaker_before_the_supplier_stays_the_customer():
    # no contrast: the possessive is the speaker's ("its Model Y")
    found = _supplies(rels("Brakon a indiqué que Selvio fournira ses cellules.", NAMES, language="fr"))
    assert found == [("Selvio", "Brakon")]


@pytest.mark.parametrize("gap", [
    ", while ", ", whereas ", ", quand ", " alors que ", ", tandis que ", ", mentre ", ", mientras que ", ", mientras ",
    ", während ", ", wohingegen ",
])
def test_the_contrast_words_of_the_five_languages(gap):
    assert _CONTRAST.search(gap) is not None


@pytest.mark.parametrize("gap", [" said ", ", which ", " a indiqué que ", " ha detto che ", " dijo que ", " sagte, "])
def test_no_contrast_in_a_speaker_s_words(gap):
    assert _CONTRAST.search(gap) is None
