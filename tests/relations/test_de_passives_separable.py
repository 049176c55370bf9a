"""German word order (invented sentences): a passive whose auxiliary follows the participle ("Y soll
von X übernommen werden", "Y ist von X gekauft worden"), a separable verb split across the clause
("X stieg 2021 bei Y ein"), and a year standing bare right after the verb."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language="de"):
    names = [n for n in ("Norvik", "Corvalis", "Kestrel") if n in text]
    doc = RelationExtractor()(make_doc(text, names, language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text,status", [
    ("Corvalis soll von Norvik übernommen werden.", "announced"),
    ("Corvalis soll bis Jahresende von Norvik gekauft werden.", "announced"),
    ("Corvalis ist von Norvik übernommen worden.", "active"),
    ("Corvalis war 2019 von Norvik gekauft worden.", "active"),
    ("Corvalis wurde von Norvik übernommen.", "active"),
])
def test_passive_with_the_auxiliary_last(text, status):
    assert ("acquires", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik hat Corvalis von Kestrel übernommen.",
    "Norvik hat die Corvalis-Anteile von Kestrel gekauft.",
])
def test_von_after_an_active_verb_is_no_agent(text):
    got = _rels(text)
    assert not any(t == "acquires" and s == "Kestrel" for t, s, _, _ in got)


@pytest.mark.parametrize("text,status", [
    ("Norvik stieg 2021 bei Corvalis ein.", "active"),
    ("Norvik stieg 2021 mit 20 Prozent bei Corvalis ein.", "active"),
    ("Im Frühjahr stieg Norvik bei Corvalis ein.", "active"),
    ("Norvik ist 2021 bei Corvalis eingestiegen.", "active"),
    ("Norvik will bei Corvalis einsteigen.", "announced"),
])
def test_entering_as_a_shareholder(text, status):
    assert ("invests_in", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "Die Aktie von Norvik stieg 2021 bei Corvalis um drei Prozent.",   # no "ein": a share price
    "Norvik stieg 2021 aus dem Geschäft mit Corvalis aus.",
    "Norvik steigt in den Markt für Zellen ein, Corvalis folgt.",
])
def test_rising_or_leaving_is_no_stake(text):
    assert not any(t == "invests_in" and st != "ended" for t, _, _, st in _rels(text))


@pytest.mark.parametrize("text", [
    "Norvik übernahm 2019 Corvalis.",
    "Norvik übernahm 2019 die Mehrheit an Corvalis.",
])
def test_bare_year_after_the_verb(text):
    got = _rels(text)
    assert any(t in ("acquires", "invests_in") and s == "Norvik" and o == "Corvalis" for t, s, o, _ in got)


@pytest.mark.parametrize("text,status", [
    ("Norvik gab 2022 die Mehrheit an Corvalis an Kestrel ab.", "active"),
    ("Norvik gibt die Mehrheit an Corvalis an Kestrel ab.", "announced"),
    ("Norvik hat 60 Prozent an Corvalis an Kestrel abgegeben.", None),
])
def test_stake_handed_over_to_a_buyer(text, status):
    got = _rels(text)
    assert any(t in ("acquires", "invests_in") and s == "Kestrel" and o == "Corvalis" and status in (None, st)
               for t, s, o, st in got)
    assert not any(s == "Corvalis" or o == "Norvik" for _, s, o, _ in got)


@pytest.mark.parametrize("text", [
    "Norvik gibt ab 2026 Zellen an Corvalis.",
    "Norvik gab eine Prognose ab, Corvalis ebenso.",
    "Es gab Pläne, Corvalis an Norvik zu verkaufen, doch sie scheiterten.",
])
def test_no_stake_handed_over(text):
    assert not any(st == "active" and t == "acquires" for t, _, _, st in _rels(text))


@pytest.mark.parametrize("text", [
    "Norvik baut Elektroautos, die Zellen liefert Corvalis.",      # the object first: Corvalis is the subject
    "Norvik baut Elektroautos, die Zellen dafür liefert Corvalis.",
    "Norvik erweitert die Fertigung, seine Batteriezellen liefert künftig Corvalis.",
])
def test_object_fronted_after_a_comma_is_no_customer_of_the_first_clause(text):
    assert ("supplies", "Norvik", "Corvalis") not in {(t, s, o) for t, s, o, _ in _rels(text)}


def test_relative_after_a_comma_keeps_its_subject():
    assert ("supplies", "Norvik", "Corvalis") in {(t, s, o) for t, s, o, _ in _rels("Norvik, das Corvalis mit Zellen beliefert, baut ein Werk.")}


@pytest.mark.parametrize("text,expected", [
    ("Norvik hält an Corvalis 20 Prozent.", ("invests_in", "Norvik", "Corvalis", "active")),
    ("Norvik hält an Corvalis rund 60 Prozent.", ("owns", "Norvik", "Corvalis", "active")),
    ("Norvik sicherte sich 2022 die Mehrheit an Corvalis.", ("acquires", "Norvik", "Corvalis", "active")),
    ("Norvik sichert sich die Kontrolle über Corvalis.", ("acquires", "Norvik", "Corvalis", "announced")),
])
def test_holding_and_securing_a_stake(text, expected):
    assert expected in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik hält an Corvalis fest.",                       # sticks with Corvalis: no stake
    "Norvik sicherte sich einen Großauftrag von Corvalis.",  # an order, not a stake
])
def test_no_stake_held_or_secured(text):
    assert not any(t in ("invests_in", "owns", "acquires") for t, _, _, _ in _rels(text))
