"""A description naming a town that a group fits only through its unit goes to that unit where the
story named it further back ("la società di <town>" after "<Group> <Unit>" of that town, with the group
named nearer): entities/coref.py `_home_unit_first`. Another company at home in the town that is no unit
of the group does not take the group's place. Invented companies, a stand-in gazetteer."""

from __future__ import annotations

from types import SimpleNamespace

from tierscope.doc import Mention
from tierscope.entities import coref


def _company(name: str, sentence: int) -> Mention:
    return Mention(sentence * 100, sentence * 100 + len(name), name, "COMPANY", name, sentence, "gazetteer", {"known": True})


GROUP = _company("Korvath", 8)
UNIT = _company("Korvath Thermal", 4)
NEIGHBOUR = _company("Brelling Auto", 3)
PARENTS = {"Korvath": None, "Korvath Thermal": "Korvath", "Brelling Auto": None}


class _Constraint:
    """At home in the stated town: the unit and the neighbour; the group only through its unit."""

    def own_home(self, c):
        return c is UNIT or c is NEIGHBOUR

    def fits(self, c, strict=False):
        return True


def _setup(monkeypatch, found):
    monkeypatch.setattr(coref, "_window", lambda *a, **k: list(found))
    monkeypatch.setattr(coref, "gazetteer", lambda: SimpleNamespace(
        entry=lambda name: SimpleNamespace(parent=PARENTS[name]) if name in PARENTS else None))


def test_group_gives_way_to_its_unit_at_home_in_the_town(monkeypatch):
    _setup(monkeypatch, [GROUP, UNIT, NEIGHBOUR])
    window = coref._home_unit_first([GROUP], [], 13, 1300, {}, {}, frozenset(), frozenset(), _Constraint())
    assert window[0] is UNIT


def test_another_company_of_the_town_does_not_take_the_group_s_place(monkeypatch):
    _setup(monkeypatch, [GROUP, NEIGHBOUR])
    window = coref._home_unit_first([GROUP], [], 13, 1300, {}, {}, frozenset(), frozenset(), _Constraint())
    assert window == [GROUP]
