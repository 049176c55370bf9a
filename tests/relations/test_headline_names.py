"""A headline's supply named with a short or group name yields to the body's same supply named finer
(relations/headline_names.py)."""

from __future__ import annotations

from tierscope.doc import Evidence, Relation
from tierscope.relations.headline_names import drop_coarse_headlines

HEADLINE = "Korvan to ship cathode to Maltrix in Ohio"
BODY = "Korvan said on Monday it would ship cathode to Maltrix Energy, the battery unit of Maltrix, from May."
TEXT = HEADLINE + "\n\n" + BODY


def _rel(source, target, in_headline):
    start, end = (0, len(HEADLINE)) if in_headline else (len(HEADLINE) + 2, len(TEXT))
    return Relation(type="supplies", source=source, target=target, status="announced",
                    evidence=Evidence(text=TEXT[start:end], start=start, end=end))


def test_the_headline_short_name_yields_to_the_body_full_name():
    head, body = _rel("Korvan", "Maltrix", True), _rel("Korvan", "Maltrix Energy", False)
    assert drop_coarse_headlines([head, body], TEXT) == [body]


def test_a_finer_headline_stays_beside_a_coarser_body():
    head, body = _rel("Korvan", "Maltrix Energy", True), _rel("Korvan", "Maltrix", False)
    assert drop_coarse_headlines([head, body], TEXT) == [head, body]


def test_a_headline_the_body_repeats_stays():
    head, same, finer = _rel("Korvan", "Maltrix", True), _rel("Korvan", "Maltrix", False), _rel("Korvan", "Maltrix Energy", False)
    assert drop_coarse_headlines([head, same, finer], TEXT) == [head, same, finer]


def test_an_unrelated_body_name_leaves_the_headline_alone():
    # "Maltrixa" holds "Maltrix" but not as a whole word
    head, body = _rel("Korvan", "Maltrix", True), _rel("Korvan", "Maltrixa", False)
    assert drop_coarse_headlines([head, body], TEXT) == [head, body]


def test_a_body_sentence_ending_in_a_full_stop_is_no_headline():
    one, other = _rel("Korvan", "Maltrix", False), _rel("Korvan", "Maltrix Energy", False)
    assert drop_coarse_headlines([one, other], TEXT) == [one, other]
