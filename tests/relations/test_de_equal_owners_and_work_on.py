"""German shapes from pages nobody had tuned on (invented sentences, several phrasings each): the
owners of a venture named in the dative after "gehört" with an equal share ("gehört zu gleichen
Teilen A, B und C", "je zur Hälfte A und B") are partners in a joint venture; working "mit Y an"
something ("arbeitet seit dem Frühjahr mit Y an leichteren Gehäusen") is a partnership."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Almara")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, *sorted((r.source, r.target))) if r.type in ("joint_venture", "partners_with") else (r.type, r.source, r.target)
            for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Das Gemeinschaftsunternehmen gehört zu gleichen Teilen Norvik und Corvalis.",
    "Almara gehört zu gleichen Teilen Norvik und Corvalis.",
    "Almara gehört je zur Hälfte dem Konzern Norvik und dem Zulieferer Corvalis.",
    "Almara gehört seit 2021 jeweils zur Hälfte Norvik und Corvalis.",
    "Die Zellfabrik gehört inzwischen je zu 50 Prozent Norvik und Corvalis.",
])
def test_equal_owners_after_gehoert_are_a_venture(text):
    assert ("joint_venture", "Corvalis", "Norvik") in _rels(text)


def test_three_equal_owners_pairwise():
    rels = _rels("Die Batteriefirma gehört zu gleichen Teilen Norvik, Corvalis und Tessaro.")
    assert {("joint_venture", "Corvalis", "Norvik"), ("joint_venture", "Corvalis", "Tessaro"),
            ("joint_venture", "Norvik", "Tessaro")} <= rels


@pytest.mark.parametrize("text", [
    "Almara gehört zu gleichen Teilen zu Norvik.",  # one owner: no venture
    "Almara gehört Norvik, Corvalis hält nur eine Option.",
])
def test_one_owner_is_no_venture(text):
    assert not any(r[0] == "joint_venture" for r in _rels(text))


@pytest.mark.parametrize("text", [
    "Zudem arbeitet Norvik seit dem Frühjahr mit dem Chemiekonzern Corvalis an leichteren Gehäusen.",
    "Norvik arbeitet mit Corvalis an neuen Zellen.",
    "Norvik arbeitet bereits mit Corvalis an einer Feststoffbatterie.",
    "Seit 2023 arbeitet Norvik mit Corvalis an Festkörperzellen.",
    "Norvik arbeitet eng mit Corvalis an der nächsten Generation von Ladesäulen.",
])
def test_working_with_a_partner_on_something(text):
    assert ("partners_with", "Corvalis", "Norvik") in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik arbeitet mit Hochdruck an neuen Zellen für Corvalis.",
    "Norvik arbeitet mit Zellen von Corvalis an der Grenze des Machbaren.",
    "Norvik arbeitet an einem Angebot für Corvalis.",
])
def test_working_on_something_without_a_partner(text):
    assert not any(r[0] == "partners_with" for r in _rels(text))
