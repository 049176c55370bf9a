""""The joint venture" pointing back to the story's joint venture (entities/ventures.py):
- one named by a naming verb right after the noun ("La nueva sociedad, que se llamará X", "The new company,
  to be called X"), even where the noun stands more than ``_LOOKBACK`` sentences after it (the story's own
  venture goes before the venture table);
- not the company a relative clause after the noun names as its subject ("la empresa conjunta que A y B
  constituyeron": A is an owner, not the venture).
Invented sentences and companies (Gotion is a known one)."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()
_FILL_ES = " ".join(f"La obra número {i} avanza según lo previsto en el polígono." for i in range(9))
_FILL_EN = " ".join(f"Work package {i} is on schedule at the site." for i in range(9))


def _run(text):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    refs = {m.canonical for m in doc.mentions if m.source == "coref"}
    return refs, {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("text, venture", [
    ("Kordana y Ostrel crean una fábrica de baterías\n\nKordana y Ostrel han firmado los acuerdos. La nueva sociedad, "
     "que se llamará Velmora Energía, empezará a producir en 2027. " + _FILL_ES +
     " Según dos directivos, la empresa conjunta comprará las celdas a Gotion.", "Velmora Energía"),
    ("Kordana and Ostrel form a battery venture\n\nKordana and Ostrel signed the agreements. The new company, to be "
     "called Velmora Energy, will start production in 2027. " + _FILL_EN +
     " As two managers put it, the joint venture will buy its cells from Gotion.", "Velmora Energy"),
])
def test_the_venture_named_by_a_naming_verb(text, venture):
    refs, supplies = _run(text)
    assert refs == {venture} and supplies == {("Gotion", venture)}


@pytest.mark.parametrize("text", [
    "Kordana y Ostrel crean una fábrica de baterías\n\nLa empresa conjunta que Kordana y Ostrel constituyeron el año "
    "pasado producirá celdas en Zaragoza. Según dos directivos, la empresa conjunta comprará las celdas a Gotion.",
    "Kordana and Ostrel build a battery plant\n\nThe joint venture that Kordana and Ostrel set up last year will make "
    "cells in Ohio. As two managers put it, the joint venture will buy its cells from Gotion.",
])
def test_the_relative_clause_subject_is_no_venture(text):
    refs, supplies = _run(text)
    assert "Kordana" not in refs and ("Gotion", "Kordana") not in supplies
