"""The literal gates the status reading asks before a search (speed): each gate is the sentence scan's test of the very pattern it guards
(``SentenceScan.may``), so a phrase added to a word list is covered at once; these tests add one and ask.
Invented sentences and companies."""

from __future__ import annotations

import re

import pytest

from tierscope.relations import apposed_facts, lost_stakes, talks_behind, until_past_times, ventures_to_come
from tierscope.relations.until_past_times import until_a_past_time
from tierscope.scan.prefilter import required_of
from tierscope.scan.sentence_scan import new_page


@pytest.fixture(autouse=True)
def _fresh_page():
    new_page()  # (the scans are kept per page: each test reads its sentences afresh)
    yield
    new_page()


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "Quillmark, which until recently bought its pumps from Toverne, now builds them itself.", "bought"),
    ("it", "Fino a pochi mesi fa Quillmark comprava le pompe da Toverne.", "comprava"),
    ("es", "Hasta hace unos meses, Quillmark compraba las bombas a Toverne.", "compraba"),
    ("fr", "Jusqu'à récemment, Quillmark achetait ses pompes à Toverne.", "achetait"),
    ("de", "Bis vor wenigen Monaten kaufte Quillmark die Pumpen bei Toverne.", "kaufte"),
])
def test_until_a_past_time_still_read_behind_its_gate(lang, text, verb):
    t0, t1 = _at(text, verb)
    assert until_a_past_time(lang, text, t0, t1, 0, len(text))


def test_until_a_past_time_gate_covers_a_phrase_the_list_gains(monkeypatch):
    # a lead word no list holds today: a gate of its own words would miss it, the pattern's own literals do not
    monkeypatch.setitem(until_past_times._PHRASE, "en", until_past_times._PHRASE["en"] + r"|\bhithertofore\s+this\s+spring\b")
    until_past_times._phrase.cache_clear()
    try:
        text = "Quillmark hithertofore this spring bought its pumps from Toverne."
        t0, t1 = _at(text, "bought")
        assert until_a_past_time("en", text, t0, t1, 0, len(text))
    finally:
        monkeypatch.undo()
        until_past_times._phrase.cache_clear()


def test_until_a_past_time_none_without_its_words():
    text = "Quillmark bought its pumps from Toverne last year, only for the small model."
    t0, t1 = _at(text, "bought")
    assert not until_a_past_time("en", text, t0, t1, 0, len(text))


def test_talks_behind_gate_covers_a_noun_the_list_gains(monkeypatch):
    rx = re.compile(talks_behind._BEHIND["en"].pattern.replace("(?:talks|", "(?:parleys|talks|"), re.I)
    monkeypatch.setitem(talks_behind._BEHIND, "en", rx)
    text = "After weeks of parleys, Quillmark agreed to buy Toverne."
    out = talks_behind.without_past_talks("en", text)
    assert "parleys" not in out and len(out) == len(text)


def test_talks_behind_still_blanks_behind_its_gate():
    text = "Tras meses de negociaciones, Quillmark comprará Toverne."
    out = talks_behind.without_past_talks("es", text)
    assert "negociaciones" not in out and out.startswith("Tras meses de ")


def _gained(monkeypatch, module, name: str, lang: str, old: str, new: str) -> None:
    """The module's lru-cached patterns of ``lang`` rebuilt with one word more in the list ``name``."""
    table = getattr(module, name)
    if isinstance(table, dict):
        monkeypatch.setitem(table, lang, table[lang].replace(old, new, 1))
    else:
        monkeypatch.setattr(module, name, table.replace(old, new, 1))
    module._patterns.cache_clear()


def test_venture_to_come_still_read_behind_its_gate():
    text = "Quillmark and Toverne have formed a joint venture that will start making pumps in 2027."
    t0, t1 = _at(text, "joint venture")
    assert ventures_to_come.venture_to_come("en", text, 0, t0, t1)


def test_venture_to_come_gate_covers_a_noun_the_list_gains(monkeypatch):
    try:
        _gained(monkeypatch, ventures_to_come, "_VENTURE", "en", "(?:joint[- ]venture|", "(?:pumpworks alliance|joint[- ]venture|")
        text = "Quillmark and Toverne have formed a pumpworks alliance that will start making pumps in 2027."
        t0, t1 = _at(text, "pumpworks alliance")
        assert ventures_to_come.venture_to_come("en", text, 0, t0, t1)
    finally:
        monkeypatch.undo()
        ventures_to_come._patterns.cache_clear()


def test_stake_lost_still_read_behind_its_gate():
    text = "Quillmark saw its stake in Toverne wiped out when the pump maker failed."
    t0, t1 = _at(text, "stake")
    assert lost_stakes.stake_lost("en", text, t0, t1)


def test_stake_lost_gate_covers_a_phrase_the_list_gains(monkeypatch):
    rx = re.compile(lost_stakes._LOST_RX["en"].pattern + r"|\bstake\s+(?:\w+\s+){0,3}?evaporated\b", re.I)
    monkeypatch.setitem(lost_stakes._LOST_RX, "en", rx)
    text = "Quillmark's stake in Toverne evaporated in the pump maker's collapse."
    t0, t1 = _at(text, "stake")
    assert lost_stakes.stake_lost("en", text, t0, t1)


def test_apposition_still_read_behind_its_gate():
    text = "Bravesse denied the report on Quillmark, its pump joint venture with Toverne, on Monday."
    t0, t1 = _at(text, "joint venture")
    spans = [_at(text, "Quillmark"), _at(text, "Toverne")]
    assert apposed_facts.apposition_around("en", text, t0, t1, spans) == (text.index(", its"), text.index(", on Monday"))



def test_apposition_gate_reads_the_opening_patterns_literals():
    # (the gate asks for the literals every opening holds, read off each pattern: a comma; a pattern with none
    # would let every sentence through, never drop an apposition)
    assert required_of(apposed_facts._OPEN) == (",",) and required_of(apposed_facts._OPEN_DE) == (",",)
    text = "Bravesse denied the report on Quillmark and its pump joint venture with Toverne."
    t0, t1 = _at(text, "joint venture")
    assert apposed_facts.apposition_around("en", text, t0, t1, [_at(text, "Quillmark"), _at(text, "Toverne")]) is None
