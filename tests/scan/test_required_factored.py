"""The required literals of a pattern whose alternatives share their first letters: Python's parser
factors "niente|nulla|no" into "n(?:iente|ulla|o)", and the literal test then only knew "n" (in
nearly every sentence). The run before such a branch now goes on into each alternative's own first
letters. A long list of alternatives of four letters or more, too long to test one by one, is
found by their first four letters among the sentence's four-letter pieces (``wide_literals_of``).
Every match must still hold one of the literals."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from tierscope.scan.prefilter import _required, may_match, wide_literals_of
from tierscope.scan.sentence_scan import new_page, scan_of


def test_factored_alternatives_keep_their_words():
    assert set(_required(r"^\W*(?:nothing|nada|nein)\W*$")) == {"nothing", "nada", "nein"}
    assert set(_required(r"\bden(?:y|ies|ied|ying)\b")) == {"deny", "denies", "denied"}  # ("denying" holds "deny")
    # an alternative that opens with no letter leaves the run alone
    assert _required(r"\bcan(?:\d+|celled)\b") == ("can",)


def test_many_long_alternatives_are_tested_by_their_heads():
    words = [f"{chr(97 + i)}{chr(97 + j)}rop" for i in range(8) for j in range(8)]  # 64 of them, "aarop" to "hhrop"
    rx = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)
    assert _required(rx.pattern, rx.flags) is None  # (too many to test one by one)
    assert wide_literals_of(rx) == {w[:4]: (w,) for w in words}
    new_page()
    assert not scan_of("The contract ended in March.").may(rx)
    assert scan_of("Its Cfrop unit was sold.").may(rx)
    # (short ones: no heads to test)
    short = [f"{chr(97 + i)}{chr(97 + j)}{chr(97 + k)}" for i in range(4) for j in range(4) for k in range(4)]
    assert wide_literals_of(re.compile(r"\b(?:" + "|".join(short) + r")\b")) is None


_PATTERNS = [re.compile(p, re.I) for p in (
    r"^\W*(?:nothing|nada|nein)\W*$", r"\bden(?:y|ies|ied|ying)\b", r"\bschlie(?:ß|ss)t (?:\w+ ){0,3}aus\b",
    r"\bcan(?:\d+|celled)\b", r"\b(?:ab|an)(?:gesagt|gebrochen|nulliert)\b", r"\bnon (?:è|sono) ver[aoie]\b")]
_PIECES = ["nothing", "nada", "nein", "no", "n", "den", "deny", "denies", "ied", "ying", "schließt", "schliesst", " ",
           "aus", "can", "12", "celled", "ab", "an", "gesagt", "gebrochen", "nulliert", "non ", "è", "sono", "vera",
           "!", ".", "x", "ß", "SS", "ſ", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_factored_literals_never_hide_a_match(text):
    for variant in (text, text.upper(), text.title()):
        for rx in _PATTERNS:
            if rx.search(variant) is not None:
                assert may_match(_required(rx.pattern, rx.flags), variant, variant.lower()), (rx.pattern, variant)
                new_page()
                assert scan_of(variant).may(rx), (rx.pattern, variant)
