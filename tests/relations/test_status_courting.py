"""Courting a customer is talks, in every language, as "courting" is in English ("corteggia Y come
cliente", "corteja a Y", "umwirbt Y als Kunden", "courtise Y"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


@pytest.mark.parametrize("language,text", [
    ("it", "Almara corteggia Brixo come cliente per le sue celle."),
    ("es", "Almara corteja a Brixo como cliente para sus celdas."),
    ("de", "Almara umwirbt Brixo als Kunden für seine Zellen."),
    ("en", "Almara is courting Brixo as a customer for its cells."),
])
def test_courting_a_customer_is_talks(language, text):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo"], language=language))
    assert {(r.type, r.source, r.target): r.status for r in doc.relations}[("supplies", "Almara", "Brixo")] == "in_talks"
