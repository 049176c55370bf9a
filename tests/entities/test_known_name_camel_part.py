"""A known company's name that opens a longer name whose next word is written in camel case with a small
first letter ("Valeo eDrive GmbH", "Mahle eMotion Ltd") names another company, the unit: the word is part of
the name (patterns.inner_camel), so the known short name does not take the unit's place
(recognizer._drop_name_prefixes). Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


@pytest.mark.parametrize("text, unit", [
    ("Die Valeo eDrive GmbH liefert ab dem kommenden Jahr Wechselrichter an Renault.", "Valeo eDrive"),
    ("Mahle eMotion Ltd will supply traction motors to Renault from next spring, the company said.", "Mahle eMotion"),
    ("La société Valeo eDrive SAS fournira des onduleurs à Renault dès l'an prochain.", "Valeo eDrive"),
])
def test_the_unit_with_a_camel_word_is_the_supplier(text, unit):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    names = {m.canonical for m in doc.mentions if m.label == "COMPANY"}
    assert unit in names
    sources = {r.source for r in doc.relations if r.type == "supplies" and r.target == "Renault"}
    assert sources == {unit}
