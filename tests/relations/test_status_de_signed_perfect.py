"""German tells a signing in the perfect with its participle closing the clause, far after the tie's
noun ("X hat am Dienstag ein Gemeinschaftsunternehmen mit Y unterschrieben"): signed, not yet in
effect, so announced, even with "bereits" before the time of signing; a tie the sentence says runs, a
founding and a pluperfect keep their reading. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.de_signed_perfect import signed_perfect

from .helpers import make_doc


def _rels(text, names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language="de"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Kelvar hat am Dienstag ein Gemeinschaftsunternehmen mit Brixo unterschrieben.",
    "Kelvar hat bereits im Mai ein Gemeinschaftsunternehmen mit Brixo unterzeichnet.",
    "Wie ein Sprecher sagte, habe Kelvar im Frühjahr ein Gemeinschaftsunternehmen mit Brixo vereinbart.",
])
def test_a_venture_signed_in_the_perfect_is_announced(text):
    assert _rels(text)[("joint_venture", "Brixo", "Kelvar")] == "announced"


@pytest.mark.parametrize("text", [
    "Kelvar hat 2019 ein Gemeinschaftsunternehmen mit Brixo gegründet.",  # founded: it exists
    "Kelvar hat ein Gemeinschaftsunternehmen mit Brixo vereinbart, das seit Januar Zellen produziert.",
])
def test_a_founded_or_running_venture_stays_active(text):
    assert _rels(text)[("joint_venture", "Brixo", "Kelvar")] == "active"


def test_the_participle_must_close_the_nouns_clause():
    text = "Kelvar hat ein Gemeinschaftsunternehmen mit Brixo, das Zellen fertigt, und hat einen Plan unterschrieben."
    t0 = text.index("Gemeinschaftsunternehmen")
    assert not signed_perfect(text, t0, t0 + 24, 0, len(text))
    short = "Kelvar hat ein Gemeinschaftsunternehmen mit Brixo unterschrieben."
    assert signed_perfect(short, t0, t0 + 24, 0, len(short))


def test_a_contract_concluded_before_its_goods_is_signed():
    # (the trigger is the preposition after the contract's noun: "Vorvertrag über die Lieferung")
    text = ("Kelvar hat mit Brixo schon im März einen Vorvertrag über die Lieferung von 800 Tonnen Anodenmaterial "
            "pro Jahr abgeschlossen.")
    t0 = text.index("über")
    assert signed_perfect(text, t0, t0 + 4, 0, len(text))
    done = "Kelvar hat die Übernahme von Brixo abgeschlossen."
    t0 = done.index("Übernahme")
    assert not signed_perfect(done, t0, t0 + 9, 0, len(done))


def test_a_takeover_concluded_is_done():
    assert _rels("Kelvar hat die Übernahme von Brixo abgeschlossen.")[("acquires", "Kelvar", "Brixo")] == "active"
