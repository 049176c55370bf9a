"""German shapes seen in news nobody tuned on (invented sentences, made-up companies): a main clause
opened after a comma with no conjunction ("..., Y bezieht Zellen von Z"), a supplier's relative
clause with a longer middle ("X, das Y mit Chips für die neuen Baureihen beliefert"), owners of one
company told "gemeinsam mit", a takeover told as what came before ("nach der Übernahme von Y"), and
"sollte" (a past plan, no report)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Brixo", "Kestrel")


def _rels(text, sectors=None):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de", sectors=sectors))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


# --- a main clause after a comma, no conjunction: its names and cues are its own ---------------------

@pytest.mark.parametrize("text", [
    "Auch Brixo verhandelt mit asiatischen Anbietern über LFP-Zellen, Corvalis bezieht bereits Zellen von Norvik.",
    "Brixo spricht nach eigenen Angaben mit mehreren Herstellern über Kathoden, Corvalis bezieht Kathoden von Norvik.",
    "Brixo prüft Gespräche mit Zulieferern über Module, Corvalis kauft seine Module seit Jahren bei Norvik.",
])
def test_talks_in_the_first_clause_do_not_reach_the_second(text):
    rels = _rels(text)
    assert not any(r[2] == "Brixo" for r in rels)
    assert not any(r[3] == "in_talks" for r in rels)


@pytest.mark.parametrize("text", [
    "Auch Brixo verhandelt mit Anbietern über Zellen, Corvalis bezieht bereits Zellen von Norvik und Tessaro.",
    "Brixo verhandelt mit Anbietern, Corvalis bezieht bereits Zellen von Norvik.",
])
def test_the_second_clause_keeps_its_own_supply_and_status(text):
    rels = _rels(text)
    assert ("supplies", "Norvik", "Corvalis", "active") in rels
    assert not any(r[1] == "Norvik" and r[2] == "Brixo" for r in rels)


@pytest.mark.parametrize("text,expected", [
    # a list goes on with "und": no new clause
    ("Brixo verhandelt mit Norvik, Corvalis und Tessaro über eine Zusammenarbeit.", ("partners_with", "Brixo", "Tessaro")),
    # a clause of its own still reads its own parties
    ("Norvik liefert Zellen an Brixo, Corvalis liefert Module an Tessaro.", ("supplies", "Corvalis", "Tessaro")),
    ("Norvik liefert Zellen an Brixo, Corvalis liefert Module an Tessaro.", ("supplies", "Norvik", "Brixo")),
    # a gapped clause (no verb) is no new clause
    ("Norvik hält 37 Prozent an Brixo, Corvalis 27 Prozent.", ("invests_in", "Corvalis", "Brixo")),
])
def test_lists_and_gapped_clauses_are_kept(text, expected):
    assert expected in {r[:3] for r in _rels(text)}


# --- a supplier's relative clause, verb last, with goods and their use before the verb ---------------

@pytest.mark.parametrize("text", [
    "Norvik, das Corvalis mit Rechnerchips für die neuen Baureihen beliefert, fehlt bei diesem Projekt.",
    "Die Zellen kommen von Norvik, das Corvalis aus Werken in China und in Ungarn versorgt.",
    "Norvik, der Corvalis seit Jahren mit Sitzen für die Kompaktmodelle beliefert, baut ein Werk.",
])
def test_supplier_relative_with_a_longer_middle(text):
    assert any(r[:3] == ("supplies", "Norvik", "Corvalis") for r in _rels(text))


@pytest.mark.parametrize("text", [
    # another company between the relative word and the verb: not read
    "Norvik, das Corvalis gemeinsam mit Tessaro für die neuen Baureihen beliefert, fehlt.",
    # too long a middle: the name may be a part of something else
    "Norvik, das Corvalis mit Chips für die neuen Baureihen in Europa, Asien und den USA beliefert, fehlt.",
])
def test_supplier_relative_not_read(text):
    assert ("supplies", "Norvik", "Corvalis") not in {r[:3] for r in _rels(text)}


# --- owners of one company, told "gemeinsam mit" ----------------------------------------------------

@pytest.mark.parametrize("text,partner", [
    ("Norvik ist gemeinsam mit Corvalis an Brixo beteiligt.", "Corvalis"),
    ("Norvik ist gemeinsam mit Corvalis und Tessaro an Brixo beteiligt, die in Frankreich Zellen fertigt.", "Tessaro"),
    ("Der Konzern Norvik ist seit 2020 gemeinsam mit Corvalis an dem Zellhersteller Brixo beteiligt.", "Corvalis"),
])
def test_owners_together_are_partners(text, partner):
    # joint owners of one company are the parents of a joint venture (the gold guidelines' type)
    rels = {r[:3] for r in _rels(text)}
    assert ("joint_venture", "Norvik", partner) in rels or ("joint_venture", partner, "Norvik") in rels


def test_together_without_a_stake_or_work_is_no_tie():
    assert not any(r[0] == "partners_with" for r in _rels("Norvik ist gemeinsam mit Corvalis in Paris aufgetreten."))


# --- a takeover told as what came before -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norvik ist nach der Übernahme von Brixo dabei, sein Geschäft zu straffen.",
    "Norvik baut nach dem Kauf von Brixo Stellen ab.",
    "Norvik hat nach der Übernahme von Brixo zwei Werke geschlossen.",
])
def test_after_the_takeover_it_is_done(text):
    assert ("acquires", "Norvik", "Brixo", "active") in _rels(text)


@pytest.mark.parametrize("text", [
    "Nach der Übernahme von Brixo will Norvik das Werk schließen.",
    "Norvik plant die Übernahme von Brixo, nach dem Kauf soll das Werk wachsen.",
])
def test_after_the_takeover_with_a_plan_is_not_done(text):
    assert ("acquires", "Norvik", "Brixo", "active") not in _rels(text)


# --- "sollte": a past plan or a condition, no report ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norvik übernimmt die Projektfirma Brixo, die das Zellwerk in Heide entwickeln sollte.",
    "Norvik kauft Brixo, das ursprünglich ein Werk in Sachsen bauen sollte.",
])
def test_sollte_in_a_relative_is_no_rumour(text):
    rels = _rels(text)
    assert ("acquires", "Norvik", "Brixo", "announced") in rels


def test_soll_still_reports():
    assert ("acquires", "Norvik", "Brixo", "rumoured") in _rels("Norvik soll Brixo übernehmen wollen.")


# --- talks about a delivery of goods in the genitive plural ("über die Lieferung günstiger Zellen") --

# (real companies, so that what the gazetteer knows of them gives the direction: a carmaker buys cells)
def _real(text):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Stellantis", "CATL", "Renault", "Gotion") if n in text], language="de"))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text,supplier,customer", [
    ("Der Autobauer Stellantis verhandelt mit dem Zellhersteller CATL über die Lieferung günstiger Batteriezellen.", "CATL", "Stellantis"),
    ("Renault verhandelt mit Gotion über die Lieferung weiterer Zellen für seine Kleinwagen.", "Gotion", "Renault"),
    ("Stellantis verhandelt mit CATL über die Lieferung neuer chinesischer Zellen.", "CATL", "Stellantis"),
])
def test_talks_about_a_delivery_of_goods_in_the_genitive(text, supplier, customer):
    assert ("supplies", supplier, customer, "in_talks") in _real(text)


@pytest.mark.parametrize("text", [
    "Stellantis verhandelt mit CATL über die Lieferung unter anderem.",
    "Stellantis verhandelt mit CATL über die Lieferzeiten.",
])
def test_talks_without_goods_delivered_are_no_supply(text):
    assert not any(r[0] == "supplies" for r in _real(text))


@pytest.mark.parametrize("text", [
    "Stellantis verhandelt mit CATL über die Lieferung der Fahrzeuge an Händler.",
    "Stellantis verhandelt mit CATL über die Lieferung seiner Zellen.",
    "Stellantis verhandelt mit CATL über die Lieferung größerer Mengen.",
])
def test_talks_about_a_delivery_with_an_article_or_no_goods_are_no_supply(text):
    assert not any(r[0] == "supplies" for r in _real(text))
