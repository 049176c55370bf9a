"""An interview whose introduction opens with the company and then names each company once ("Die Grazer
Firma X baut ... Geschäftsführerin Anna Beispiel über einen geplatzten Großkunden, Gespräche mit Y und
Gerüchte über Z"): the answers speak for the company the introduction opens with, the others being what
the talk is about (entities/interview_company.py, ``_opening_company``). Invented companies and people."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()

_BODY = ("\n\nFrau Beispiel, wie läuft das Geschäft?\n\nBeispiel: Gut. Wir liefern seit 2024 Anodenmaterial an Dravik Motors.\n\n"
         "Und die Gerüchte?\n\nBeispiel: Mit Ostrel Chemie gibt es keine Gespräche.\n\nWoher kommt Ihr Rohstoff?\n\n"
         "Beispiel: Den Koks beziehen wir von Quarnet Chemicals.\n\nWo steht Kestrova Carbon in fünf Jahren?\n\n"
         "Beispiel: Wir werden wachsen.")


def _page(intro: str) -> str:
    return "INTERVIEW\n„Ohne Graphit aus Europa geht es nicht“\n\n" + intro + _BODY


def _we(doc):
    return {m.canonical for m in doc.mentions if m.source == "coref" and m.text.casefold() == "wir"}


def test_the_company_the_introduction_opens_with_answers():
    text = _page("Die Grazer Firma Kestrova Carbon baut eine Fabrik für Anodenmaterial. Geschäftsführerin Anna Beispiel "
                 "über einen Großkunden, Gespräche mit Dravik Motors und Gerüchte über einen Einstieg der Ostrel Chemie.")
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == "de" and _we(doc) == {"Kestrova Carbon"}
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("supplies", "Kestrova Carbon", "Dravik Motors") in got
    assert ("supplies", "Quarnet Chemicals", "Kestrova Carbon") in got


@pytest.mark.parametrize("intro", [
    # no executive's title after it: whose answers these are is not told
    "Die Grazer Firma Kestrova Carbon baut eine Fabrik für Anodenmaterial. Ein Gespräch über einen Großkunden, "
    "Gespräche mit Dravik Motors und Gerüchte über einen Einstieg der Ostrel Chemie.",
    # the introduction does not open with it: a long clause before the name
    "Nach drei schwierigen Jahren mit hohen Preisen baut nun auch die Kestrova Carbon GmbH eine Fabrik. Geschäftsführerin Anna "
    "Beispiel über einen Großkunden, Gespräche mit Dravik Motors und Gerüchte über einen Einstieg der Ostrel Chemie.",
])
def test_no_opening_company_no_answers(intro):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=_page(intro)))
    assert _we(doc) == set()
