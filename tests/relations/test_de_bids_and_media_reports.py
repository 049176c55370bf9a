"""German takeover bids named by their noun ("ein Gegenangebot für Y", "ein Gebot für Y", "eine
Übernahmeofferte für Y") and media reports ("Mehrere Medien hatten gemeldet, ...", "wie die Zeitung
meldete"). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik legte ein Gegenangebot für Brixo vor.",
    "Norvik hat ein Gebot für Brixo abgegeben.",
    "Norvik hat eine Übernahmeofferte für Brixo vorgelegt.",
    "Norvik unterbreitete ein Barangebot für Brixo.",
])
def test_a_bid_for_a_company(text):
    assert any(r[:3] == ("acquires", "Norvik", "Brixo") for r in _rels(text))


@pytest.mark.parametrize("text", [
    "Norvik gab ein Gebot für das Werk von Brixo ab.",          # a plant bid for, not the company
    "Norvik machte Brixo ein Angebot für die Lieferung von Zellen.",  # an offer of goods
])
def test_no_bid_for_the_company(text):
    assert not any(r[0] == "acquires" and r[2] == "Brixo" for r in _rels(text))


@pytest.mark.parametrize("text", [
    "Mehrere Medien hatten gemeldet, Norvik bereite ein höheres Gegenangebot für Brixo vor.",
    "Indische Medien meldeten, Norvik wolle Brixo übernehmen.",
    "Norvik hat Brixo übernommen, wie die Zeitung meldete.",
])
def test_media_reports_are_rumours(text):
    assert ("acquires", "Norvik", "Brixo", "rumoured") in _rels(text)


def test_the_company_itself_reporting_is_no_rumour():
    assert ("acquires", "Norvik", "Brixo", "rumoured") not in _rels("Norvik meldete am Montag, Brixo übernommen zu haben.")
