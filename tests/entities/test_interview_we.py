""""Wir" in an interview with a company's head stands for the company (entities/interview_words.py; French, Italian and Spanish: interview.py), in
invented pages: only where the page is an interview ("Interview", or a question "Herr X, ...?") and
names its head by a role noun ("Varta-Chef", "Chefin von Varta"); never in the questions."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor


def wir(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref" and m.text.casefold() == "wir"]


_Q = "Herr Muster, wie läuft das Geschäft?\n"

PAGES = [
    "Varta-Chef Max Muster im Interview über Kunden und Lieferanten.\n" + _Q + "Die Kathoden beziehen wir seit Jahren von BASF.",
    "Im Gespräch: Max Muster, Chef von Varta.\n" + _Q + "Wir beziehen die Kathoden seit Jahren von BASF.",
    "Varta-Vorstandschef Max Muster spricht über Lieferanten.\n" + _Q + "Unsere Kathoden kommen aus Ludwigshafen. Wir beziehen sie seit Jahren von BASF.",
]


@pytest.mark.parametrize("text", PAGES)
def test_wir_answers_for_the_company_of_the_head(text):
    doc = run(text, "de")
    assert wir(doc) and all(c == "Varta" for _, c in wir(doc))


@pytest.mark.parametrize("text", PAGES[:2])
def test_wir_takes_part_in_relations(text):
    doc = RelationExtractor()(run(text, "de"))
    assert ("supplies", "BASF", "Varta") in {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    # no interview: a report that quotes a head
    "Varta-Chef Max Muster sagte am Montag: Wir beziehen die Kathoden von BASF.",
    # an interview, but no company's head named
    "Max Muster im Interview.\n" + _Q + "Wir beziehen die Kathoden von BASF.",
    # the interviewer's question
    "Varta-Chef Max Muster im Interview.\nHerr Muster, beziehen wir als Kunden bald alle Kathoden von BASF?",
    # two heads named as often: whose answer is not told
    "Varta-Chef Max Muster und BASF-Chef Erik Beispiel im Interview.\n" + _Q + "Wir liefern seit Jahren.",
])
def test_no_company_for_wir(text):
    assert not wir(run(text, "de"))


def test_every_spanish_word_kept_from_the_plural_verb_ends_like_it():
    # (an entry the verb's ending never matches is dead: it excludes nothing)
    from tierscope.entities.interview import _ES_NOT_PLURAL, _ES_PLURAL_VERB

    assert all(_ES_PLURAL_VERB.search(w) for w in _ES_NOT_PLURAL)


def test_english_role_after_a_name_reads_every_chief():
    from tierscope.entities.interview_words import _ROLE_AFTER

    for tail in (" chief executive Ana Ruiz", " chief executive officer", "'s chief financial officer", " CEO", " Q3 2025 earnings call"):
        assert _ROLE_AFTER["en"].match(tail), tail
    assert not _ROLE_AFTER["en"].match(" chiefly")
