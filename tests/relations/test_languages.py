"""Type, direction, status and product per language, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .cases import DE, EN, ES, FR, IT
from .helpers import rels, triples


def _norm(expected):
    return sorted(expected)


@pytest.mark.parametrize("lang,sentence,companies,expected", [
    (lang, s, c, e) for lang, table in (("en", EN), ("it", IT), ("de", DE), ("fr", FR), ("es", ES)) for s, c, e in table
])
def test_sentence(lang, sentence, companies, expected):
    got = triples(rels(sentence, companies, language=lang))
    assert got == _norm(expected), sentence
