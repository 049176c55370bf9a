"""A German compound of a field and "Tochter" opening a sentence with its parent after "von"/"des" ("Die
Batterietochter von Y", "Die spanische Achsentochter von Y") stands for Y's unit named just before, as "Die Tochter von
Y" does (entities/subsidiaries.py, ``_compound_unit``): Y owns that unit, and no company of the rest of
the sentence is Y's unit. Invented sentences and companies; the parents come from a stand-in for the
gazetteer."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from entity_helpers import run

from tierscope.entities import coref
from tierscope.entities.gazetteer import gazetteer
from tierscope.relations import RelationExtractor

PARENTS = {"Kestrel Energy": "Brelling Holding"}
_RX = RelationExtractor()


class _Gazetteer:
    """The real gazetteer, with the invented unit's parent."""

    def __init__(self, real):
        self._real = real

    def entry(self, name):
        if name in PARENTS:
            return SimpleNamespace(parent=PARENTS[name])
        return self._real.entry(name)

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.fixture
def stand_in(monkeypatch):
    wrapped = _Gazetteer(gazetteer())
    monkeypatch.setattr(coref, "gazetteer", lambda: wrapped)


@pytest.mark.parametrize("text, phrase", [
    ("In der Zellfabrik von Kestrel Energy GmbH laufen die ersten Zellen vom Band. Die Batterietochter von "
     "Brelling Holding AG hat damit geschafft, woran Velqua Motors AG gescheitert ist.", "Die Batterietochter"),
    ("Kestrel Energy GmbH hat einen Großauftrag gewonnen. Die spanische Achsentochter von Brelling "
     "Holding AG liefert ab 2027 Achsen an Velqua Motors AG.", "Die spanische Achsentochter"),
])
def test_a_compound_unit_noun_is_the_unit_named_before(stand_in, text, phrase):
    doc = _RX(run(text, "de"))
    assert (phrase, "Kestrel Energy") in {(m.text, m.canonical) for m in doc.mentions if m.source == "coref"}
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("owns", "Brelling Holding", "Kestrel Energy") in got
    assert ("owns", "Brelling Holding", "Velqua Motors") not in got


def test_a_daughter_of_a_family_is_no_compound_unit():
    from tierscope.entities.subsidiaries import _compound_unit
    assert _compound_unit("batterietochter") and _compound_unit("lkw-tochter")
    assert not _compound_unit("schwiegertochter") and not _compound_unit("stieftochter")
