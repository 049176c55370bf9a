"""German cues of the entity stage, on sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("text,word", [
    ("Neben Vostra ist Brixo Energy aktiv. Letztere gehört mehrheitlich zum Technologiekonzern Almara.", "Letztere"),
    ("Zuvor hatte die Zeitung berichtet, Almara wolle Brixo Energy übernehmen.", "Zuvor"),
    ("Derweil baut Almara ein Werk in Ungarn.", "Derweil"),
])
def test_sentence_openers_are_no_companies(text, word):
    # no company of that name ("Letztere" may refer to the company named before it: its canonical name)
    assert word not in [canonical for _, canonical in spans(run(text, "de"), "COMPANY")]


def test_a_known_company_after_an_opener_is_still_found():
    assert ("Bosch", "Bosch") in spans(run("Zudem liefert Bosch Steuergeräte an Brixo.", "de"), "COMPANY")


# --- the people of a town or region stand for a company at home there ("den Münchnern") ---------------

@pytest.mark.parametrize("text,surface,canonical", [
    ("BMW hat die Bestellung storniert. Der Vertrag zwischen Brixo Energy und den Münchnern ist Geschichte.",
     "den Münchnern", "BMW"),
    ("Mercedes-Benz sucht einen dritten Lieferanten. Brixo Energy beliefert die Stuttgarter ab 2027.",
     "die Stuttgarter", "Mercedes-Benz"),
    ("Mahle hat einen Großauftrag erhalten. Almara bezieht seit Jahren Module von den Schwaben.",
     "den Schwaben", "Mahle"),
])
def test_town_people_stand_for_a_company_there(text, surface, canonical):
    assert (surface, canonical) in spans(run(text, "de"), "COMPANY")


@pytest.mark.parametrize("text,word", [
    # the town's adjective before a noun is a description of its own, not the people
    ("BMW wächst. Die Münchner Zentrale bleibt.", "Münchner"),
    # no company of that town named before: the people are people
    ("Infineon wächst. Die Stuttgarter freuen sich auf das Fest.", "Stuttgarter"),
])
def test_town_people_need_a_company_of_that_town(text, word):
    assert not any(word in surface for surface, _ in spans(run(text, "de"), "COMPANY"))


# --- "Letztere" opening a sentence is the last company of the sentence before ------------------------

def test_latter_is_the_last_company_before():
    doc = run("Im Markt für Ladetechnik sind Bosch und Webasto aktiv. Letztere gehört zu einer Stiftung.", "de")
    assert ("Letztere", "Webasto") in spans(doc, "COMPANY")


@pytest.mark.parametrize("text", [
    "Der Markt wächst. Letztere gehört zu Bosch.",  # no company before
    "Bosch und Webasto wachsen. Letztere Entwicklung freut die Branche.",  # an adjective of its noun
])
def test_latter_needs_a_company_before_and_no_noun_after(text):
    assert "Letztere" not in [s for s, _ in spans(run(text, "de"), "COMPANY")]


# --- a noun before a name with a legal form is no part of it ("ihre Tochtergesellschaft Brixo GmbH") -----

@pytest.mark.parametrize("text,name", [
    ("Almara verkauft ihre Tochtergesellschaft Brixo Formteile GmbH an einen Finanzinvestor.", "Brixo Formteile GmbH"),
    ("Das neue Unternehmen soll unter dem Namen Vostra Kathoden GmbH firmieren.", "Vostra Kathoden GmbH"),
    ("Almara übernimmt den Zulieferer Kestel Präzision AG vollständig.", "Kestel Präzision AG"),
    # a compound of "Gesellschaft" or "Unternehmen" describes the name after it
    ("Almara übernimmt die Projektgesellschaft Brixo Drei GmbH, die das Werk entwickeln sollte.", "Brixo Drei GmbH"),
    ("Die Betreibergesellschaft Vostra Netze GmbH baut in Heide.", "Vostra Netze GmbH"),
    ("Almara verkauft das Recyclingunternehmen Kestel Kreislauf GmbH an Brixo.", "Kestel Kreislauf GmbH"),
])
def test_de_lead_noun_is_no_part_of_a_legal_name(text, name):
    assert name in [surface for surface, _ in spans(run(text, "de"), "COMPANY")]


def test_a_company_noun_ending_the_name_stays_in_it():
    # "Brixo Projektgesellschaft GmbH": the noun is the name's last word, not a description before it
    assert "Brixo Projektgesellschaft GmbH" in [s for s, _ in spans(run("Almara kauft die Brixo Projektgesellschaft GmbH.", "de"), "COMPANY")]


@pytest.mark.parametrize("text,word", [
    ("Der Vertrag sei am Mittwochabend unterzeichnet worden, teilte Almara mit.", "Mittwochabend"),
    ("Am Dienstagmorgen kündigte Almara den Kauf von Brixo an.", "Dienstagmorgen"),
    ("Zum Jahresende will Almara die Übernahme von Brixo abschließen.", "Jahresende"),
])
def test_de_times_of_day_are_no_companies(text, word):
    assert word not in [surface for surface, _ in spans(run(text, "de"), "COMPANY")]


# --- works named as companies, and the Mittelstand's own descriptions -------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Die Fränkische Hüttenwerke haben einen Großauftrag von Porsche erhalten.", "Fränkische Hüttenwerke"),
    ("Porsche bezieht Blech von den Westfälischen Stahlwerken.", "Westfälischen Stahlwerken"),
    ("Porsche bezieht Gussteile von der Gießerei Brenneisen.", "Gießerei Brenneisen"),
    ("Die Maschinenfabrik Oberdorfer hat einen Auftrag von Siemens Energy erhalten.", "Maschinenfabrik Oberdorfer"),
    ("Der Mittelständler Krallwitz liefert Kunststoffteile an Tesla.", "Krallwitz"),
    ("Das Familienunternehmen Krallwitz beliefert Audi mit Dichtungen.", "Krallwitz"),
])
def test_german_works_and_mittelstand_names(text, name):
    assert name in [surface for surface, _ in spans(run(text, "de"), "COMPANY")]


@pytest.mark.parametrize("text,word", [
    ("Thyssenkrupp modernisiert das Stahlwerk Duisburg für zwei Milliarden Euro.", "Duisburg"),
    ("Die deutschen Stahlwerke leiden unter hohen Energiepreisen, sagte Salzgitter.", "Stahlwerke"),
    ("Der Umsatz der Maschinenfabrik stieg, sagte ein Sprecher von Trumpf.", "Maschinenfabrik"),
])
def test_plants_and_generic_works_are_no_companies(text, word):
    assert not any(word in surface for surface, _ in spans(run(text, "de"), "COMPANY"))


# --- goods and power plants after a description are no names ("bezieht das Unternehmen Dampf") -------------

@pytest.mark.parametrize("text,word", [
    ("Für die Versuche bezieht das Unternehmen Dampf und Strom vom Standortbetreiber Krallwitz.", "Dampf"),
    ("Seit Mai bezieht die Firma Wasserstoff vom Versorger Krallwitz.", "Wasserstoff"),
    ("Beide suchen gemeinsam nach Standorten für Geothermie-Kraftwerke im Raum Ulm.", "Geothermie-Kraftwerke"),
    ("Krallwitz plant neue Gas-Kraftwerke in Bayern.", "Gas-Kraftwerke"),
    # German compounds naming parts ("-deckel", "-elemente", "-controller"), after a description or a verb
    ("Für Porsche fertigt das Unternehmen Batteriedeckel und Kühlelemente aus Aluminium.", "Batteriedeckel"),
    ("Für Porsche fertigt das Unternehmen Batteriedeckel und Kühlelemente aus Aluminium.", "Kühlelemente"),
    ("Krallwitz kauft Leistungscontroller künftig direkt beim Chiphersteller.", "Leistungscontroller"),
])
def test_goods_and_plant_compounds_are_no_companies(text, word):
    assert word not in [surface for surface, _ in spans(run(text, "de"), "COMPANY")]


def test_a_works_name_with_a_space_is_still_found():
    assert "Fränkische Hüttenwerke" in [s for s, _ in spans(run("Porsche bezieht Teile von der Fränkische Hüttenwerke.", "de"), "COMPANY")]


# --- "aber" inside a clause is an adverb: the subject before it still binds the description after it ----------

@pytest.mark.parametrize("text", [
    "Der Sportwagenbauer Porsche baut ein Werk. Porsche ist zwar an der Börse notiert, Volkswagen hält aber weiterhin 75 Prozent am Kapital des Sportwagenbauers.",
    "Der Sportwagenbauer Porsche baut ein Werk. Volkswagen hält aber weiterhin 75 Prozent am Kapital des Sportwagenbauers.",
])
def test_aber_after_the_verb_opens_no_clause(text):
    assert ("des Sportwagenbauers", "Porsche") in spans(run(text, "de"), "COMPANY")


# --- recyclers and utilities named by their kind right before the name ---------------------------------

@pytest.mark.parametrize("text,name", [
    ("Almara hat mit dem Recyclingunternehmen Kovrel ein Gemeinschaftsunternehmen gegründet.", "Kovrel"),
    ("Die Altbatterien sammelt der Entsorger Kovrel für Almara.", "Kovrel"),
    ("Der Stromversorger Kovrel beliefert das Werk von Almara.", "Kovrel"),
    ("Das Energieunternehmen Kovrel baut einen Solarpark.", "Kovrel"),
])
def test_de_recyclers_and_utilities_named_by_their_kind(text, name):
    assert name in [surface for surface, _ in spans(run(text, "de"), "COMPANY")]


def test_de_kind_alone_is_no_name():
    # the noun with no name after it is a reference, not a company of its own
    assert "Recyclingunternehmen" not in [s for s, _ in spans(run("Das Recyclingunternehmen investiert 100 Millionen Euro.", "de"), "COMPANY")]


@pytest.mark.parametrize("text,expected", [
    # a joint venture's name after "Gemeinschaftsunternehmen": a verb after it, or two names joined by a hyphen
    ("Das Gemeinschaftsunternehmen Velqua liefert Zellen an BMW.", ["Velqua", "BMW"]),
    ("Das Gemeinschaftsunternehmen Velqua-Korvent liefert Zellen an BMW.", ["Velqua-Korvent", "BMW"]),
    # a German noun after it stays a noun
    ("Von dem Gemeinschaftsunternehmen Systeme für Autos kommen Teile.", []),
])
def test_venture_named_after_the_german_noun(text, expected):
    assert [c for _, c in spans(run(text, "de"), "COMPANY")] == expected
