"""German names the gazetteer lacks, where German news puts them: a firm named by its trade ending
("Feldhain Elektronik", "Rastal Antriebe", "Kelvar Batteriesysteme") wherever it stands, with a noun
object right after it ("bestellt bei Feldhain Elektronik Steuergeräte"); a name after "von" and a
capitalised noun ("Anteile von Mornau AG": the noun is no part of the name); a bare name before "und"
and an article ("Wendix und die Zolten AG"); and a noun after an article of another case than the subject's
("für den stromhungrigen Schmelzbetrieb soll"), which is no subject. Invented companies, sentences
written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text):
    return {m.canonical for m in run(text, "de").mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("text, name", [
    ("Feldhain Elektronik hat den Zuschlag für die Steuergeräte erhalten.", "Feldhain Elektronik"),
    ("Rastal Antriebe hat von der Mornau AG einen Auftrag erhalten.", "Rastal Antriebe"),
    ("Der Autobauer bestellt bei Feldhain Elektronik Steuergeräte für 200 Millionen Euro.", "Feldhain Elektronik"),
    ("Die Zellen kommen künftig von Kelvar Batteriesysteme aus Thüringen.", "Kelvar Batteriesysteme"),
    ("Altberg Fahrzeugbau hat die Produktion in Gotha verdoppelt.", "Altberg Fahrzeugbau"),
    ("Den Auftrag erhielt Ostrum Fahrzeugtechnik aus Kassel.", "Ostrum Fahrzeugtechnik"),
])
def test_a_name_ending_in_a_german_trade_is_a_company(text, name):
    assert name in companies(text)


@pytest.mark.parametrize("text", [
    "Alternative Antriebe sind in diesem Segment noch teuer.",
    "Moderne Elektronik macht die Fahrzeuge schwerer.",
    "Elektrische Antriebe gewinnen an Bedeutung.",
])
def test_an_adjective_opening_the_sentence_is_no_name(text):
    assert companies(text) == set()


@pytest.mark.parametrize("text, name", [
    ("Die Anteile von Mornau AG sind am Dienstag deutlich gestiegen.", "Mornau"),
    ("Das Gemeinschaftsunternehmen von Mornau AG und Trelix soll Zellen fertigen.", "Mornau"),
])
def test_a_noun_before_von_is_no_part_of_the_name(text, name):
    found = companies(text)
    assert name in found
    assert not any(c.startswith(("Anteile", "von", "Gemeinschaftsunternehmen")) for c in found)


def test_a_bare_name_before_und_and_an_article():
    assert {"Wendix", "Zolten"} <= companies("Laut einem Bericht führen Wendix und die Zolten AG Gespräche über Software.")


def test_a_plural_noun_before_und_and_an_article_is_no_name():
    assert companies("Wir beliefern heute Hoflader für Mobilkrane und die Zolten AG mit Zellen.") == {"Zolten"}


def test_a_noun_after_an_oblique_article_is_no_subject():
    text = "Das Gas für den stromhungrigen Schmelzbetrieb soll ab 2027 der Versorger Zoltwerk liefern."
    assert "Schmelzbetrieb" not in companies(text)


def test_a_name_after_von_where_goods_come_from():
    # "stammen von" is a word of supplying: "von" before a name names a party
    assert {"Wendix", "Drevin Zellwerk"} <= companies(
        "Die Zellen für den neuen Kleinwagen von Wendix stammen von der Drevin Zellwerk GmbH.")


def test_von_between_two_names_joins_no_company():
    found = companies("Bislang stammt der Großteil der Zellen für die Baureihen von Wendix von Drevin.")
    assert {"Wendix", "Drevin"} <= found and "Wendix von Drevin" not in found


def test_the_federal_government_is_no_company():
    assert companies("Gut 300 Millionen Euro stammen aus Fördermitteln von Bund und Land.") == set()


def test_a_works_compound_ends_the_name_after_a_descriptor():
    assert "Drevin Zellwerk" in companies("Als Zellpartner hat Quorra Motors den Hersteller Drevin Zellwerk ausgewählt.")


def test_a_holders_role_is_no_company():
    found = companies("Die Zolten AG und die Harrant SE sind als Minderheitsaktionäre beteiligt und bringen Know-how ein.")
    assert "Minderheitsaktionäre" not in found


def test_a_holders_role_before_a_name_is_no_part_of_it():
    found = companies("Großaktionär Perimo Capital hat seinen Anteil an der Mornau AG aufgestockt.")
    assert "Perimo Capital" in found and not any(c.startswith("Großaktionär") for c in found)
