"""German reported speech puts the verb in the subjunctive ("Norvik liefere seit 2020 Zellen an
Corvalis, sagte ein Sprecher"): the same triggers in their Konjunktiv I form (invented sentences)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Corvalis", "Kestrel") if n in text], language="de"))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text,expected", [
    ("Norvik liefere seit 2020 Zellen an Corvalis, sagte ein Sprecher.", ("supplies", "Norvik", "Corvalis", "active")),
    ("Norvik beliefere Corvalis seit Jahren mit Sitzen, erklärte die Firma.", ("supplies", "Norvik", "Corvalis", "active")),
    ("Norvik übernehme Corvalis vollständig, teilte das Unternehmen mit.", ("acquires", "Norvik", "Corvalis", "announced")),
    ("Norvik erwerbe 30 Prozent an Corvalis, sagte der Finanzchef.", ("invests_in", "Norvik", "Corvalis", "announced")),
    ("Norvik halte 20 Prozent an Corvalis.", ("invests_in", "Norvik", "Corvalis", "active")),
    ("Norvik kontrolliere Corvalis seit 2019.", ("owns", "Norvik", "Corvalis", "active")),
    ("Norvik kooperiere mit Corvalis bei der Software.", ("partners_with", "Corvalis", "Norvik", "active")),
    ("Norvik verhandle mit Corvalis über eine Übernahme.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("Norvik beziehe seine Zellen von Corvalis.", ("supplies", "Corvalis", "Norvik", "active")),
    ("Norvik verkaufe Corvalis an Kestrel, sagte ein Insider.", ("acquires", "Kestrel", "Corvalis", "announced")),
    ("Norvik kaufe die Mehrheit an Corvalis, berichtete die Zeitung.", ("acquires", "Norvik", "Corvalis", "rumoured")),
])
def test_konjunktiv_reads_like_the_indicative(text, expected):
    assert expected in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik liefere keine Zellen an Corvalis, sagte ein Sprecher.",
    "Norvik übernehme Corvalis nicht, sagte der Chef.",
])
def test_negated_konjunktiv(text):
    assert not any(st not in ("denied",) for *_, st in _rels(text))
