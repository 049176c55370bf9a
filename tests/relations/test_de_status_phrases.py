"""German status phrasings (invented sentences): an intention only reported ("X soll Y übernehmen
wollen"), talks with the partner named before the talks word ("X spricht mit Y über ...", "X ist mit
Y in Gesprächen über ..."), a holding with its last year ("X war bis 2020 an Y beteiligt")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Corvalis") if n in text], language="de"))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik soll Corvalis übernehmen wollen.",
    "Norvik soll erwägen, bei Corvalis einzusteigen.",
    "Norvik soll eine Übernahme von Corvalis planen.",
])
def test_reported_intention_is_a_rumour(text):
    got = _rels(text)
    assert got and all(st == "rumoured" for *_, st in got)


@pytest.mark.parametrize("text", [
    "Norvik will Corvalis übernehmen.",                      # the company's own plan
    "Norvik soll ab 2026 Zellen an Corvalis liefern.",       # a plan with a date
])
def test_own_plan_is_no_rumour(text):
    got = _rels(text)
    assert got and all(st == "announced" for *_, st in got)


@pytest.mark.parametrize("text,typ", [
    ("Norvik spricht mit Corvalis über eine Übernahme.", "acquires"),
    ("Norvik ist mit Corvalis in Gesprächen über eine Beteiligung.", "invests_in"),
    ("Norvik befindet sich mit Corvalis in Verhandlungen über ein Gemeinschaftsunternehmen.", "joint_venture"),
])
def test_talks_with_the_partner_first(text, typ):
    assert any(t == typ and st == "in_talks" for t, _, _, st in _rels(text))


@pytest.mark.parametrize("text", [
    "Norvik spricht mit Corvalis über das Wetter.",
    "Norvik ist mit Corvalis zufrieden, Gespräche gibt es keine.",
])
def test_talk_about_nothing_is_no_deal(text):
    assert not _rels(text)


@pytest.mark.parametrize("text,status", [
    ("Norvik war bis 2020 an Corvalis beteiligt.", "ended"),
    ("Norvik war bis Ende 2021 Großaktionär von Corvalis und ist es heute nicht mehr.", "ended"),
    ("Norvik ist seit 2020 an Corvalis beteiligt.", "active"),
])
def test_holding_with_its_last_year(text, status):
    assert any(t == "invests_in" and st == status for t, _, _, st in _rels(text))


@pytest.mark.parametrize("text,status", [
    ("Der Liefervertrag zwischen Norvik und Corvalis läuft Ende 2025 aus.", "ended"),
    ("Die Lieferverträge von Norvik mit Corvalis laufen im Sommer aus.", "ended"),
    ("Der Liefervertrag zwischen Norvik und Corvalis läuft bis 2030.", "announced"),
])
def test_contract_running_out(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "Corvalis, das zu Norvik gehört, baut ein Werk.",
    "Corvalis, das seit 2020 mehrheitlich zu Norvik gehört, baut ein Werk.",
    "Der Kurs stieg, weil Corvalis zum Konzern Norvik gehört.",
])
def test_belonging_told_with_the_verb_last(text):
    assert ("owns", "Norvik", "Corvalis", "active") in _rels(text)


@pytest.mark.parametrize("text", [
    "Corvalis zählt Norvik zu den Kunden, zu denen auch ein Konzern aus Italien gehört.",
    "Norvik liefert Zellen an Corvalis, das zu den Marktführern gehört.",
])
def test_belonging_to_a_group_of_peers_is_no_ownership(text):
    assert not any(t == "owns" for t, _, _, _ in _rels(text))


# --- talks told with the verb at the clause's end, and a report in the passive ---------------------------

def test_talks_with_the_verb_at_the_end_of_a_subordinate_clause():
    got = _rels("Die Chefin bestätigte, dass Norvik mit Corvalis über eine Kooperation spricht.")
    assert got and all(st == "in_talks" for *_, st in got)


@pytest.mark.parametrize("text", [
    "Vor einigen Wochen wurde berichtet, Norvik wolle Corvalis übernehmen.",
    "Es wird berichtet, Norvik werde Corvalis übernehmen.",
])
def test_a_report_in_the_passive_is_a_rumour(text):
    got = _rels(text)
    assert got and all(st == "rumoured" for *_, st in got)
