"""The required literals of a pattern whose alternatives share their first letters: Python's parser
factors "niente|nulla|no" into "n(?:iente|ulla|o)", and the literal test then only knew "n" (in
nearly every sentence). The run before such a branch now goes on into each alternative's own first
letters; a long list of alternatives of four letters or more is kept (the sentence's four-letter
pieces test it at once). Every match must still hold one of the literals."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from tierscope.scan.prefilter import _required, may_match


def test_factored_alternatives_keep_their_words():
    assert set(_required(r"^\W*(?:nothing|nada|nein)\W*$")) == {"nothing", "nada", "nein"}
    assert set(_required(r"\bden(?:y|ies|ied|ying)\b")) == {"deny", "denies", "denied"}  # ("denying" holds "deny")
    # an alternative that opens with no letter leaves the run alone
    assert _required(r"\bcan(?:\d+|celled)\b") == ("can",)


def test_many_long_alternatives_are_kept():
    words = [f"word{chr(97 + i)}{chr(97 + j)}" for i in range(8) for j in range(8)]  # 64 of them
    assert _required(r"\b(?:" + "|".join(words) + r")\b") is not None
    # (short ones are tested one by one: no more than 48 of them)
    short = [f"{chr(97 + i)}{chr(97 + j)}{chr(97 + k)}" for i in range(4) for j in range(4) for k in range(4)]
    got = _required(r"\b(?:" + "|".join(short) + r")\b")
    assert got is None or len(got) <= 48


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
