"""German orders told with their giver in the genitive ("hatte einen Milliardenauftrag der Münchner
erhalten", "einen Auftrag des Autobauers Brixo") and contracts terminated ("Brixo kündigte den Vertrag",
never "kündigte einen Vertrag an"). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Brixo")


def _rels(text, coref=None):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de", coref=coref))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik hat einen Auftrag der Brixo erhalten.",
    "Norvik hat einen Großauftrag der französischen Brixo erhalten.",
    "Norvik hatte einst einen Milliardenauftrag des Autobauers Brixo erhalten.",
    "Norvik hat den Zuschlag der Brixo bekommen.",
])
def test_order_with_its_giver_in_the_genitive(text):
    assert any(r[:3] == ("supplies", "Norvik", "Brixo") for r in _rels(text))


def test_order_of_the_people_of_a_town():
    # "der Münchner" standing for a company named before (a reference found by the entity stage)
    rels = _rels("Norvik hatte einst einen Milliardenauftrag der Münchner erhalten.", coref={"der Münchner": "Brixo"})
    assert any(r[:3] == ("supplies", "Norvik", "Brixo") for r in rels)


@pytest.mark.parametrize("text", [
    "Norvik erhielt den Auftrag der Stadt, Brixo beliefert sie.",   # the order's giver is no company
    "Norvik hat einen Auftrag erhalten, der Brixo freut.",           # a relative clause, no genitive
])
def test_no_genitive_giver(text):
    assert not any(r[:3] == ("supplies", "Norvik", "Brixo") for r in _rels(text))


@pytest.mark.parametrize("text,expected", [
    ("Norvik lieferte Zellen an Brixo, Brixo kündigte den Vertrag jedoch 2024.", ("supplies", "Norvik", "Brixo", "ended")),
    ("Brixo kündigte die Partnerschaft mit Norvik.", ("partners_with", "Brixo", "Norvik", "ended")),
    ("Brixo kündigte den Liefervertrag mit Norvik auf.", ("supplies", "Brixo", "Norvik", "ended")),
])
def test_a_contract_terminated_ends_the_tie(text, expected):
    assert expected in _rels(text)


@pytest.mark.parametrize("text", [
    "Brixo kündigte einen neuen Liefervertrag mit Norvik an.",
    "Brixo kündigte den Liefervertrag mit Norvik an.",
    "Brixo kündigte die Partnerschaft mit Norvik für das kommende Jahr an.",
])
def test_a_contract_announced_is_not_ended(text):
    rels = _rels(text)
    assert rels and not any(r[3] == "ended" for r in rels)


# --- a contract concluded is news of a deal to run; a takeover closed is done -------------------------

@pytest.mark.parametrize("text", [
    "Brixo hat mit Norvik einen Liefervertrag über zehn Jahre abgeschlossen.",
    "Brixo schloss mit Norvik eine Liefervereinbarung ab.",
    "Norvik schließt mit Brixo einen langfristigen Liefervertrag ab.",
])
def test_a_contract_concluded_is_announced(text):
    rels = _rels(text)
    assert rels and all(r[3] == "announced" for r in rels)


@pytest.mark.parametrize("text", [
    "Norvik hat die Übernahme von Brixo abgeschlossen.",
    "Die Übernahme von Brixo durch Norvik ist abgeschlossen.",
    "Norvik schließt die Übernahme von Brixo ab.",
])
def test_a_takeover_closed_is_done(text):
    assert ("acquires", "Norvik", "Brixo", "active") in _rels(text)
