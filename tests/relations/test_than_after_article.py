"""A comparison after an article and a noun is still a comparison outside Italian: only Italian "più"/"meno
... di" may be a superlative ("la cella più densa di Y", the densest cell of Y); French "plus ... que",
Spanish "más ... que" compare (relations/guards.py). Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations.guards import _aside


def _aside_of(text, name="Ostrevo"):
    i = text.index(name)
    return _aside(text, (i, i + len(name)))


@pytest.mark.parametrize("text", [
    "Dalvena vend la batterie plus légère que Ostrevo.",
    "Dalvena vende la batería más ligera que Ostrevo.",
])
def test_a_comparison_after_an_article_is_aside(text):
    assert _aside_of(text)


def test_an_italian_superlative_is_not_aside():
    assert not _aside_of("Dalvena è il fornitore più grande di Ostrevo.")
