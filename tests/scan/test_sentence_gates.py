"""scan/sentences.py: a sentence is skipped only where the pattern cannot match in it."""

import re

from tierscope.scan.sentences import may_hold


def _spans(text, parts):
    out, pos = [], 0
    for p in parts:
        start = text.index(p, pos)
        out.append((start, start + len(p)))
        pos = start + len(p)
    return out


def test_only_sentences_with_a_literal_are_kept():
    rx = re.compile(r"\b(?:joint venture|coentreprise)\b", re.I)
    parts = ["Kestrel builds a plant.", "The Joint Venture will open in 2027.", "Sales rose."]
    text = " ".join(parts)
    holds = may_hold(rx, text, text.lower(), _spans(text, parts))
    assert holds == [False, True, False]
    # the pattern agrees wherever the gate says no
    for (s, e), h in zip(_spans(text, parts), holds):
        assert h or rx.search(text, s, e) is None


def test_a_lookbehind_may_read_before_the_sentence():
    # every match holds "ab" only in its lookbehind, which may lie in the sentence before
    rx = re.compile(r"(?<=ab)c")
    text = "xab" + "cd"
    holds = may_hold(rx, text, text.lower(), [(0, 3), (3, 5)])
    assert holds[1] is True
    assert rx.search(text, 3, 5) is not None


def test_odd_case_text_is_always_searched():
    rx = re.compile(r"venture", re.I)
    text = "VENTURΣ ok"
    assert may_hold(rx, text, text.lower(), [(0, len(text))]) == [True]
