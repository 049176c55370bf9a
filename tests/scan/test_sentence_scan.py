"""scan/sentence_scan.py: the scan of a sentence answers every literal test as the plain one does."""

import re

from hypothesis import given, settings, strategies as st

from tierscope.relations import engine
from tierscope.relations.status import cue_spans, has_cue
from tierscope.scan.prefilter import may_search, required_of
from tierscope.scan.sentence_scan import SentenceScan, holds, new_page, scan_of

_PATTERNS = [
    re.compile(r"\b(?:joint venture|coentreprise|Gemeinschaftsunternehmen)\b", re.I),
    re.compile(r"(?:supplies|liefert|fornisce)\s+\w+", re.I),
    re.compile(r"\bto\b", re.I),  # a literal shorter than four characters: the exact test alone
    re.compile(r"\w+"),  # no literal: every sentence may hold it
    *engine.compiled("en").status.values(),
    *engine.compiled("de").status.values(),
]

# pieces of cue words, names and the characters whose case folding differs from str.lower
_PIECES = ["joint", " venture", "Venture", "coentreprise", "supplies", "liefert", "Liefert", "denied", "dementiert",
           "reportedly", "talks", "Gespräche", "to", "TO", "Tesla", " ", ", ", ".", "ſ", "ı", "İ", "K", "é", "ü"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_may_is_may_search(text):
    scan = SentenceScan(text)
    for rx in _PATTERNS:
        if required_of(rx) is not None:
            assert scan.may(rx) == may_search(rx, text, text.lower())
        else:  # (no literals: only the literals of a long list of alternatives, ``wide_literals_of``, rule a match out)
            assert scan.may(rx) <= may_search(rx, text, text.lower())
        if rx.search(text) is not None:
            assert scan.may(rx)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_holds_is_search(text):
    new_page()
    for rx in _PATTERNS:
        assert holds(rx, text) == (rx.search(text) is not None)


def test_scans_are_kept_for_the_page_only():
    new_page()
    first = scan_of("Korvan supplies cells to Maltrix.")
    assert scan_of("Korvan supplies cells to Maltrix.") is first
    new_page()
    assert scan_of("Korvan supplies cells to Maltrix.") is not first


def test_status_cues_read_from_the_scan():
    lex = engine.compiled("en")
    for text in ["Maltrix denied the report that it would buy Korvan.", "Korvan supplies cells to Maltrix.",
                 "The deal was denied, and later denied again."]:
        new_page()
        rx = lex.status["denied"]
        assert cue_spans(lex, text, "denied") == [m.span() for m in rx.finditer(text)]
        assert has_cue(lex, text, "denied") == (rx.search(text) is not None)
