"""German verb second: where a noun phrase opens the sentence ("Die Ladesäulen liefert der Hersteller
Y"), the description after the verb titles the name after it, and is no inverted subject with the
name as its object; an opening adverbial keeps that reading ("Seit 2023 beliefert das Unternehmen Y");
and a name with an object of its own after it is the subject ("In Dormagen baut das Start-up Y eine
Anlage"). Sentences made up, real company names."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return [(doc.text[m.start:m.end], m.canonical) for m in doc.mentions
            if m.label == "COMPANY" and m.source == "coref" and not m.attrs.get("implied")]


@pytest.mark.parametrize("text", [
    "Verkor hat drei Linien eröffnet. Die Ladesäulen liefert der Hersteller Alpitronic.",
    "Verkor hat drei Linien eröffnet. Den Strom liefert der Versorger EnBW.",
    "Verkor hat drei Linien eröffnet. In Dormagen baut das Aachener Start-up Cylib eine eigene Anlage.",
])
def test_description_titles_the_name(text):
    assert refs(run(text, "de")) == []


def test_opening_adverbial_keeps_the_inverted_subject():
    doc = run("Verkor hat drei Linien eröffnet. Seit 2023 beliefert das Unternehmen Mercedes-Benz mit Zellen.", "de")
    assert refs(doc) == [("das Unternehmen", "Verkor")]
