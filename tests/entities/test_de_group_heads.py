"""A German family firm named "<family> Gruppe" is a company, as "<family> Group" is in English."""

from __future__ import annotations

from entity_helpers import run, spans


def test_a_family_name_before_gruppe_is_a_company():
    doc = run("Die Korbach Gruppe hält 80 Prozent an der Fennrich Guss GmbH.", "de")
    assert "Korbach Gruppe" in [t for t, _ in spans(doc, "COMPANY")]


def test_gruppe_after_an_adjective_of_a_family_owned_firm():
    doc = run("Die Brixo AG gehört mehrheitlich zur familiengeführten Hartwig Gruppe.", "de")
    assert "Hartwig Gruppe" in [t for t, _ in spans(doc, "COMPANY")]


def test_a_group_of_people_is_no_company():
    doc = run("Eine Gruppe von Investoren prüft einen Einstieg bei der Brixo AG.", "de")
    assert all("Gruppe" not in t for t, _ in spans(doc, "COMPANY"))


def test_customers_other_word_cues_the_name_after_it():
    doc = run("Zu den Abnehmern von Gravia Technik zählen die Veltrum AG und die Osmira Automotive GmbH.", "de")
    assert "Gravia Technik" in [t for t, _ in spans(doc, "COMPANY")]
