"""The literals a sentence scan tests for each status cue are worked out at start-up (``status.warm_up``),
not by the first sentence that asks: a long list of alternatives is parsed again for them."""

from __future__ import annotations

import re

from tierscope.relations.compiled import compiled, languages_for
from tierscope.relations.status import warm_up
from tierscope.scan import sentence_scan


def test_warm_up_works_out_every_status_cue(monkeypatch):
    monkeypatch.setattr(sentence_scan, "_HEADS", {})
    warm_up()
    for lang in languages_for(None):
        for name, rx in compiled(lang).status.items():
            got = sentence_scan._HEADS.get(id(rx))
            assert got is not None and got[0] is rx, (lang, name)


def test_warmed_answers_are_the_ones_worked_out_on_first_ask():
    rx = re.compile(r"\b(?:ended|terminated|wound up|cancelled|expired|ran out)\b", re.I)
    sentence_scan.warm_up([rx])
    warmed = sentence_scan._HEADS[id(rx)]
    assert warmed == sentence_scan._heads(rx)
    scan = sentence_scan.SentenceScan("The contract between Vardelo and Kestrin expired in May.")
    assert scan.may(rx) and not sentence_scan.SentenceScan("Vardelo supplies Kestrin.").may(rx)
