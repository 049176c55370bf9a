"""A sentence that ends on a legal form ("Kestrel SAS.", "Kestrel S.r.l.") and a next one that opens
with an elided article ("L'acquéreur", "L'azienda"): the elided article is a sentence opener, as the
plain one is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tierscope.sentences.splitter import split_sentences


def _split(text, lang):
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize("lang, first, second", [
    ("fr", "Norvik SA a racheté Kestrel SAS.", "L'acquéreur contrôle aussi Velqua SAS."),
    ("fr", "Brixo a signé avec Arvik SARL.", "L’usine ouvrira en 2027."),
    ("it", "Norvik S.p.A. ha rilevato Kestrel S.r.l.", "L'acquirente possiede anche il 40% di Velqua."),
    ("it", "Brixo ha firmato con Arvik S.p.A.", "L'accordo vale cento milioni."),
])
def test_an_elided_article_after_a_legal_form_opens_a_sentence(lang, first, second):
    assert _split(f"{first} {second}", lang) == [first, second]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le contrat signé avec Kestrel SAS. Lundi, rien n'a changé."),  # no opener: the suffix keeps it
    ("it", "Il gruppo Brixo S.p.A. Ravenna ha chiuso l'anno in utile."),
])
def test_a_word_that_opens_no_sentence_still_keeps_the_suffix_in_it(lang, text):
    assert len(_split(text, lang)) == 1
