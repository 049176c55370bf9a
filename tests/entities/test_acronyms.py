"""An abbreviation defined in the text names the company it abbreviates."""

from __future__ import annotations

from entity_helpers import run, spans


def test_a_defined_abbreviation_that_acts_as_a_company_names_the_long_form():
    doc = run("Norte Litio Minerals (NLM) opened an office in Lisbon. NLM will supply lithium to Volvo.", "en")
    companies = spans(doc, "COMPANY")
    assert ("Norte Litio Minerals", "Norte Litio Minerals") in companies, companies
    assert [c for t, c in companies if t == "NLM"] == ["Norte Litio Minerals", "Norte Litio Minerals"]


def test_a_place_inside_the_long_form_is_part_of_the_name():
    doc = run("Galicia Baterías Avanzadas (GBA) firmó un acuerdo con Seat. GBA suministrará celdas a Seat.", "es")
    assert ("Galicia Baterías Avanzadas", "Galicia Baterías Avanzadas") in spans(doc, "COMPANY")
    assert "Galicia" not in [t for t, _ in spans(doc, "PLACE")]


def test_an_abbreviation_that_never_acts_as_a_company_changes_nothing():
    doc = run("The Inflation Reduction Act (IRA) helps Ford build plants.", "en")
    assert [c for _, c in spans(doc, "COMPANY")] == ["Ford"]


def test_undefined_abbreviation_spelling_a_named_companys_initials():
    # no brackets: the initials of a company named before
    doc = run("Die Kestel Batterie Technik GmbH baut ein Werk. Im Jahr darauf übernahm KBT den Anlagenbauer Vostra.", "de")
    assert [c for t, c in spans(doc, "COMPANY") if t == "KBT"] == ["Kestel Batterie Technik"]


def test_two_companies_with_the_same_initials_leave_an_abbreviation_alone():
    doc = run("Kestel Batterie Technik GmbH und Kornex Bau Technik GmbH wachsen. Im Jahr darauf übernahm KBT den Anlagenbauer Vostra.", "de")
    assert [c for t, c in spans(doc, "COMPANY") if t == "KBT"] == ["KBT"]


def test_a_legal_form_before_the_bracket_is_left_out_of_the_initials():
    doc = run("Die Kestrel Recycling GmbH (KR) ist jung. KR beliefert die Veltrum AG mit Lithium.", "de")
    assert {c for t, c in spans(doc, "COMPANY") if t == "KR"} == {"Kestrel Recycling GmbH"}


def test_a_german_compound_spells_its_head_in_the_abbreviation():
    doc = run("Die Brixo Batteriesysteme GmbH (BBS) wächst. BBS beliefert die Veltrum AG mit Modulen.", "de")
    assert {c for t, c in spans(doc, "COMPANY") if t == "BBS"} == {"Brixo Batteriesysteme GmbH"}


def test_a_compound_head_spells_nothing_it_does_not_end_in():
    doc = run("Die Brixo Batteriewerke GmbH (BBS) wächst. BBS beliefert die Veltrum AG mit Modulen.", "de")
    assert {c for t, c in spans(doc, "COMPANY") if t == "BBS"} <= {"BBS"}
