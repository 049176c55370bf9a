"""Gates asked of the whole page (``scan/page_words.py``, ``prefilter.may_search`` on the page)
let through every sentence that the per-sentence gate they stand before lets through: a word the page lacks is in none of its sentences, whatever the page's letters."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tierscope.scan.page_words import page_lower, present
from tierscope.scan.prefilter import may_search
from tierscope.relations.venture_partner import _GATE as VENTURE_GATE

# the words of a few gates, with letters whose lower case is odd (Greek sigma, dotted capital I, long s)
_WORDS = ("control", "sold", "cédé", "%", "famil", "gründer", "kunde", "partner", "consorti", "project", "société")
_PIECES = [*_WORDS, "CONTROL", "Société", "ΣΑ", "Σ", "ς", "İ", "ſ", "K", " ", ". ", "x", "É", "Ü"]
pages = st.lists(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join), min_size=1, max_size=5)


def _sentences(parts: list[str]) -> tuple[str, list[str]]:
    page = "".join(parts)
    return page, parts


@settings(max_examples=300, deadline=None)
@given(pages)
def test_present_keeps_every_word_a_sentence_holds(parts):
    page, sentences = _sentences(parts)
    held = present(_WORDS, page)
    assert list(held) == [w for w in _WORDS if w in page.lower()]
    for s in sentences:
        low = s.lower()
        assert any(w in low for w in _WORDS) == any(w in low for w in held)


@settings(max_examples=200, deadline=None)
@given(pages)
def test_may_search_on_the_page_before_the_sentences(parts):
    page, sentences = _sentences(parts)
    if not may_search(VENTURE_GATE, page, page_lower(page)):
        assert not any(VENTURE_GATE.search(s) for s in sentences)


def test_present_is_remembered_per_page():
    words = ("alpha", "beta")
    assert present(words, "Alpha and gamma") == ("alpha",)
    assert present(words, "Beta only") == ("beta",)  # a new page: asked anew
    page = "alpha beta"
    assert present(words, page) == ("alpha", "beta") and present(words, page) is present(words, page)
