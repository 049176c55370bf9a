"""A German object pronoun ("uns", "ihm", "ihnen") referring to a company is never the subject of a
verb of giving: "Die Anlagen hat uns Maltrix geliefert" does not make the speaker the supplier
(relations/extractor.py, _DE_OBJECT_PRONOUN). The right reading (Maltrix supplies the speaker's company)
is not made yet from these sentences; the tests pin only that the wrong one is gone."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supplies(text):
    doc = make_doc(text, ["Maltrix"], language="de", coref={"uns": "Korvan", "ihm": "Korvan", "ihnen": "Korvan"})
    return {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "Die Trocknungsanlagen für das neue Werk hat uns Maltrix geliefert.",
    "Seit dem Frühjahr liefert uns Maltrix die Separatoren.",
    "Die Kathoden liefert ihm Maltrix seit dem vergangenen Jahr.",
])
def test_the_pronoun_is_not_the_supplier(text):
    assert ("Korvan", "Maltrix") not in _supplies(text)


def test_the_named_subject_before_the_pronoun_still_supplies():
    assert ("Maltrix", "Korvan") in _supplies("Maltrix liefert uns seit dem Frühjahr die Separatoren.")
