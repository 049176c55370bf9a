"""entities/quoted_speakers.py: the first person plural inside a quote of a company's head is the
speaker's company, and only there. Made-up companies and people."""

from __future__ import annotations

import pytest

from tierscope.entities.quoted_speakers import quote_spans


def _first_person(doc) -> list[tuple[str, str]]:
    """(word, company) of each mention the entity stage made of a first-person word or verb."""
    return [(m.text, m.canonical) for m in doc.mentions
            if m.label == "COMPANY" and m.source == "coref" and (m.attrs.get("interview") or m.text.casefold() in
                                                                 ("we", "us", "our", "wir", "uns", "unser"))]


def test_quote_spans_pair_marks_and_keep_straight_quotes_in_their_paragraph():
    text = 'He said "one" and «two» and „three“.\n"open\nnext" “four”'
    inside = [text[a:b] for a, b in quote_spans(text)]
    assert inside == ["one", "two", "three", "four"]


@pytest.mark.parametrize("language,text,company", [
    ("de", "Dunstan-Chef Tom Hale sagte: „Wir bauen die Motoren für die Arlen Bahn AG.“", "Dunstan"),
    ("de", "„Wir bauen die Motoren für die Arlen Bahn AG“, sagte Dunstan-Chef Tom Hale.", "Dunstan"),
    ("de", "„Wir bauen die Motoren für die Arlen Bahn AG“, sagte ein Sprecher der Dunstan Antriebe GmbH.",
     "Dunstan Antriebe"),
    ("fr", "« Nous construisons les moteurs d'Arlen Rail », a déclaré le PDG de Dunstan Moteurs, Tom Hale.",
     "Dunstan Moteurs"),
    ("it", "«Noi costruiamo i motori per Arlen Rail», ha detto l'amministratore delegato di Dunstan Motori SpA.",
     "Dunstan Motori"),
    ("es", '"Nosotros fabricamos los motores de Arlen Rail", afirmó el consejero delegado de Dunstan Motores SA.',
     "Dunstan Motores"),
])
def test_first_person_in_an_attributed_quote_is_the_speakers_company(read_page, language, text, company):
    found = _first_person(read_page(text, language))
    assert found and {c for _w, c in found} == {company}, found


def test_the_speaker_goes_on_in_the_next_sentences_quote(read_page):
    text = ("„Wir bauen die Motoren für die Arlen Bahn AG“, sagte Tom Hale, Chef der Dunstan Antriebe GmbH. "
            "„Wir beliefern auch die Corrib Tram AG.“")
    doc = read_page(text, "de")
    second = [m for m in doc.mentions if m.label == "COMPANY" and m.start > text.index("„Wir beliefern")]
    assert any(m.text == "Wir" and m.canonical == "Dunstan Antriebe" for m in second), second


def test_english_quotes_are_left_alone(read_page):
    # (English stories quote a head's loose talk: see the module)
    text = '"We build the motors for Arlen Rail," said Tom Hale, chief executive of Dunstan Drives.'
    assert _first_person(read_page(text, "en")) == []


@pytest.mark.parametrize("language,text", [
    # a journalist's "we", outside any quote
    ("de", "Tom Hale, Chef der Dunstan Antriebe GmbH, war auf der Messe. Wir haben ihn nach der Arlen Bahn AG "
           "gefragt."),
    ("fr", "Tom Hale, PDG de Dunstan Moteurs, était au salon. Nous l'avons interrogé sur Arlen Rail."),
    # an attribution that names two companies: whose words these are is not clear
    ("de", "„Wir bauen die Motoren“, sagten Tom Hale, Chef der Dunstan Antriebe GmbH, und Ann Roe, Chefin der "
           "Corrib Tram AG."),
    # a quote of someone with no company's title (an analyst, a minister)
    ("de", "„Wir erwarten mehr Aufträge der Arlen Bahn AG“, sagte Ann Roe, eine Analystin, die die Dunstan "
           "Antriebe GmbH beobachtet."),
    ("it", "«Noi chiediamo un piano per Dunstan Motori SpA», ha detto il ministro Marco Bini."),
    # a quote with no attribution in its sentence, not right after an attributed one
    ("de", "Die Dunstan Antriebe GmbH baut ein Werk. Ein Bürgermeister lobte das Projekt. „Wir freuen uns.“"),
])
def test_no_speakers_company_outside_a_quote_or_without_one_clear_speaker(read_page, language, text):
    assert _first_person(read_page(text, language)) == []


def test_a_first_person_verb_opening_a_quote_is_no_company_name(read_page):
    doc = read_page('Lia Conti, ad di Varenna Tessuti, ha detto: "Abbiamo acquisito il 30% di Olmo Filati Srl".', "it")
    assert not [m for m in doc.mentions if m.label == "COMPANY" and m.text == "Abbiamo"]
    doc = read_page('Lía Conde, presidenta de Varela Textil SA, afirmó: "Hemos adquirido el 30% de Olmo Hilados SL".', "es")
    assert not [m for m in doc.mentions if m.label == "COMPANY" and m.text == "Hemos"]
