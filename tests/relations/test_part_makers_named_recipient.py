"""A car's parts told with their maker, and the customer named right after the maker behind a dative
preposition ("suministrados por Y a Z", "fournis par Y à la société Z", "supplied by Y to Z"): the sentence names
the customer itself, so the headline's carmaker is not taken for it (relations/part_makers.py,
``_recipient_after``). Where the sentence names no customer, the headline's carmaker still is. Invented
sentences; "Kordana" is an invented company."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def _supplies(text):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("text, recipient", [
    ("Renault prepara su nuevo eléctrico\n\nLos asientos serán suministrados por Lear a la empresa Kordana Interiores "
     "desde 2027.", "Kordana Interiores"),
    ("Renault prépare sa nouvelle voiture électrique\n\nLes sièges seront fournis par Lear à la société Kordana "
     "Intérieurs dès 2027.", "Kordana Intérieurs"),
    ("Renault prepara la nuova auto elettrica\n\nI sedili saranno forniti da Lear alla società Kordana Interni dal 2027.",
     "Kordana Interni"),
])
def test_the_named_recipient_not_the_headline_carmaker(text, recipient):
    assert _supplies(text) == {("Lear", recipient)}


def test_no_recipient_the_headline_carmaker():
    text = "Renault prepara su nuevo eléctrico\n\nLos asientos serán suministrados por Lear desde 2027."
    assert _supplies(text) == {("Lear", "Renault")}
