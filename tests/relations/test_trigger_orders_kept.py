"""The triggers a sentence may fire (``trigger_gate.search_orders``) are worked out once per sentence
and page and kept in its scan, so the admitters that search the same sentence's triggers after the
relation stage read them instead, for speed; the answer is the same (sentences and companies written for
this test)."""

from __future__ import annotations

from tierscope.relations import trigger_gate
from tierscope.relations.compiled import compiled
from tierscope.scan.sentence_scan import SentenceScan


def test_the_second_ask_reads_what_the_first_found(monkeypatch):
    lex = compiled("en")
    scan = SentenceScan("Dravik Cells will supply battery modules to Onterra Motors from next year.")
    first = trigger_gate.search_orders(lex, scan)
    assert first  # a supply trigger may fire here
    monkeypatch.setattr(trigger_gate, "_search_orders", lambda lex, scan: (_ for _ in ()).throw(AssertionError("searched again")))
    assert trigger_gate.search_orders(lex, scan) == first
    # a caller that changes its list changes nothing kept
    first.clear()
    assert trigger_gate.search_orders(lex, scan) != []


def test_each_language_keeps_its_own(monkeypatch):
    scan = SentenceScan("Dravik Cells liefert Onterra Motors ab dem nächsten Jahr die Batteriemodule.")
    de = trigger_gate.search_orders(compiled("de"), scan)
    en = trigger_gate.search_orders(compiled("en"), scan)
    assert de == trigger_gate._search_orders(compiled("de"), SentenceScan(scan.text))
    assert en == trigger_gate._search_orders(compiled("en"), SentenceScan(scan.text))
    assert de != en
