"""German and Italian press phrasing. Sentences written for these tests with made-up companies
(rows that must link and near misses that must not)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, lang):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=lang))]


C2 = ["Corvalis", "Brixo"]


# --- "Mutter"/"Tochter"/"casa madre" followed by a name: the capital test must see case -----------

@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis, die Muttergesellschaft von Brixo, wächst.", "de"),
    ("Corvalis ist die Muttergesellschaft von Brixo.", "de"),
    ("Corvalis, der Mutterkonzern der Brixo, wächst.", "de"),
    ("Brixo und ihre Mutter Corvalis wachsen.", "de"),
    ("Corvalis gründete die Tochtergesellschaft Brixo.", "de"),
    ("Brixo, eine Tochter von Corvalis, wächst.", "de"),
    ("Corvalis, la casa madre di Brixo, cresce.", "it"),
    ("Corvalis è la casa madre della controllata Brixo.", "it"),
    ("Brixo e la sua casa madre Corvalis crescono.", "it"),
])
def test_parent_words_read_the_right_way(sentence, lang):
    assert _t(sentence, C2, lang) == [("owns", "Corvalis", "Brixo", "active")]
