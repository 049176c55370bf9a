"""German closes a modal's clause on the infinitive of production, the town between them: the
company runs (or will run) a plant in that town (facility_verbs._de_modal); not with "kann", a
negation, a country, or a comma that ends the clause before the infinitive."""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Wittlage", "Zossen", "Talheim", "Bremen"]


def _ol(text, companies=("Brelix",)):
    return [(f.owner, f.location) for f in facs(text, list(companies), "de", places=_P)]


@pytest.mark.parametrize("text,owner,town", [
    ("Brelix will in Wittlage ab 2028 Kathoden fertigen.", "Brelix", "Wittlage"),
    ("Ab 2027 soll Brelix im brandenburgischen Zossen Zellen produzieren.", "Brelix", "Zossen"),
    ("Brelix wird in Talheim Batteriemodule herstellen und rund 300 Menschen beschäftigen.", "Brelix", "Talheim"),
])
def test_modal_then_town_then_infinitive(text, owner, town):
    assert (owner, town) in _ol(text)


@pytest.mark.parametrize("text", [
    "Brelix kann in Wittlage Zellen fertigen.",  # what could be made
    "Brelix will in Wittlage keine Zellen fertigen.",  # negated
    "Brelix will in Wittlage verhandeln, bevor andere in Bremen Zellen fertigen.",  # another clause
])
def test_no_plant(text):
    assert ("Brelix", "Wittlage") not in _ol(text) and ("Brelix", "Bremen") not in _ol(text)


def test_not_a_country():
    fs = facs("Brelix will in Deutschland Zellen fertigen.", ["Brelix"], "de", places={"Deutschland": "DE"})
    assert all(f.location != "Deutschland" for f in fs)


def test_a_longer_word_cut_at_the_reach_is_no_infinitive():
    # "fertigende" (an adjective) placed so that the modal's reach of 140 characters ends right after its
    # "fertigen": the cut is not the end of the sentence
    head = "Brelix will in Wittlage gemeinsam mit vielen kleinen Partnern aus der ganzen Region und mit Hilfe des Landes "
    pad = "neue "
    text = head + pad
    text += "a" * (len("Brelix will") + 140 - len("fertigen") - len(text) - 1) + " "
    text += "fertigende Betriebe ansiedeln."
    assert text.index("fertigende") + len("fertigen") == len("Brelix will") + 140
    assert ("Brelix", "Wittlage") not in _ol(text)
