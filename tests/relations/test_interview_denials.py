"""An interview: a question that reports a rumour, a second question ("Is it true?"), and the answer, whose
first sentence often only opens it ("Let me be clear", "Gar nichts") and whose second denies ("Those reports are wrong"): the rumour is
denied (the extractor's next-sentence reading looks two sentences past the interviewer's question).
Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel"]


def _statuses(text, lang):
    return {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Two newsletters claimed in spring that Brixo was about to take over Kestrel. Is that so? "
           "Let me be clear about that. Those reports are unfounded.", ("acquires", "Brixo", "Kestrel")),
    ("de", "Zuletzt gab es Berichte, wonach der Hersteller Brixo bei Kestrel einsteigen wolle. Was ist dran? Jansen: Gar "
           "nichts. Diese Berichte sind falsch.", ("invests_in", "Brixo", "Kestrel")),
    ("fr", "La presse a rapporté en janvier que Brixo envisagerait de racheter Kestrel. Est-ce exact ? Soyons "
           "clairs. Ces informations sont inexactes.", ("acquires", "Brixo", "Kestrel")),
    ("it", "Secondo indiscrezioni Brixo sarebbe pronta a rilevare Kestrel. È così? Sia chiaro. Sono notizie "
           "prive di fondamento.",
     ("acquires", "Brixo", "Kestrel")),
])
def test_a_rumour_denied_in_the_answer_is_denied(lang, text, key):
    assert _statuses(text, lang)[key] == "denied"


def test_an_answer_that_denies_nothing_leaves_the_rumour():
    text = ("Two newsletters claimed in spring that Brixo was about to take over Kestrel. Is that so? "
            "We do not comment on market talk. Our focus is on the plant. The story was simply wrong.")
    assert _statuses(text, "en")[("acquires", "Brixo", "Kestrel")] == "rumoured"


@pytest.mark.parametrize("text", [
    "Two newsletters claimed in spring that Brixo was about to take over Kestrel. Is that so? Let me "
    "be clear about that. The story was simply wrong.",
    "Korean media reported in December that Brixo was preparing a bid for Kestrel. Is the company for sale? Nobody has "
    "approached us. I saw those articles as well, and they were simply wrong.",
])
def test_a_report_called_wrong_denies_it(text):
    assert _statuses(text, "en")[("acquires", "Brixo", "Kestrel")] == "denied"


def test_people_called_wrong_deny_no_tie():
    got = _statuses("Brixo supplies cells to Kestrel. Analysts who expected a slowdown were wrong.", "en")
    assert got[("supplies", "Brixo", "Kestrel")] == "active"
