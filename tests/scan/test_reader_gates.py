"""The stake readers test their gate words through the sentence's scan (``sentence_scan.holds``):
the literal test first, the gate's search only where one of its literals is in the sentence. The
answer must be the gate's own search, in every case."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tierscope.relations import de_stake_order, noun_stake_relatives, shareholder_relatives, stake_relatives
from tierscope.scan.sentence_scan import holds, new_page

_GATES = [shareholder_relatives._GATE, noun_stake_relatives._GATE, de_stake_order._GATE, stake_relatives._IT_GATE,
          stake_relatives._FR_GATE, stake_relatives._HELD_GATE, stake_relatives._BARE_GATE]
_PIECES = ["Aktionär", "AKTIONÄR", "socio", "Sociol", "minoritaire", "minoría", " per cento", "%", "détient", "possède",
           "hält", "HÄLT", "besaß", "which", "that", "Beteiligung", "eteiligung", "Anteil", " ", ", ", "x", "ſ", "İ", "ß"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_gates_answer_as_their_search(text):
    new_page()
    for rx in _GATES:
        assert holds(rx, text) == (rx.search(text) is not None), (rx.pattern, text)


def test_readers_on_new_sentences():
    new_page()
    text = "Norvale, of which Quellin is the largest shareholder, builds pumps in Lyon."
    got = shareholder_relatives.shareholder_relatives(text, [(0, 7, "Norvale"), (18, 25, "Quellin")], "en")
    assert [(f.type, f.source, f.target) for f in got] == [("invests_in", "Quellin", "Norvale")]
    text = "Norvale builds pumps in Lyon and ships them to Quellin."  # (no gate word: nothing read)
    assert shareholder_relatives.shareholder_relatives(text, [(0, 7, "Norvale"), (47, 54, "Quellin")], "en") == []
