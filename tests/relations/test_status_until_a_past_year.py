"""A clause opened by "until <year>" with a past verb tells a tie that ran until then: ended ("Until
2024, Y was owned by X", "Jusqu'en 2024, Y était détenue par X", "Bis 2023 gehörte Y zu X", "Fino al
2024 Y era controllata da X", "Hasta 2024, Y estaba controlada por X"). "Until 2030" with a future or a
plan is no end. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Until 2024, Brixo was 49.9% owned by Almara."),
    ("en", "Until 2023, Almara held a 30% stake in Brixo."),
    ("fr", "Jusqu'en 2024, Brixo était détenue à 49,9 % par Almara."),
    ("de", "Bis 2024 war Almara mit 30 Prozent an Brixo beteiligt."),
    ("de", "Bis 2023 gehörte Brixo zu Almara."),
    ("it", "Fino al 2024 Brixo era controllata da Almara."),
    ("es", "Hasta 2024, Brixo estaba controlada por Almara."),
])
def test_a_tie_until_a_past_year_ended(language, text):
    assert _rels(text, language)[("Almara", "Brixo")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("en", "Until 2030, Almara will supply cells to Brixo."),
    ("en", "Until 2030, Almara was expected to supply cells to Brixo."),
    ("es", "Hasta 2030, Almara suministrará baterías a Brixo."),
])
def test_until_a_later_year_is_no_end(language, text):
    assert _rels(text, language)[("Almara", "Brixo")] != "ended"


def test_the_opener_speaks_of_its_own_clause():
    got = _rels("Until 2024, Kelda was a unit of Dorvan; Almara now owns Brixo.", "en",
                names=("Almara", "Brixo", "Kelda", "Dorvan"))
    assert got[("Almara", "Brixo")] == "active" and got[("Dorvan", "Kelda")] == "ended"
