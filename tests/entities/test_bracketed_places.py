"""A small town with its district in brackets after a preposition of place ("à Vaussières (Allier)",
"a Varzolengo (PV)", "à Vaussières (03)") is no company, though a name cue (the object of
"la fourniture ... à X") took it for one (entities/bracketed_places.py). Invented sentences and towns."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


@pytest.mark.parametrize("text, town", [
    ("Le groupe minier Imerys a confirmé être en discussions avec Renault pour la fourniture de lithium issu de son "
     "futur gisement de Combrelle, à Vaussières (Allier).", "Vaussières"),
    ("Le groupe minier Imerys a confirmé être en discussions avec Renault pour la fourniture de lithium issu de son "
     "futur gisement, à Vaussières (03).", "Vaussières"),
    ("Il gruppo Mapei ha confermato di essere in trattativa con Stellantis per la fornitura di resine prodotte nel "
     "futuro stabilimento di Colbrenta, a Varzolengo (PV).", "Varzolengo"),
])
def test_the_town_in_brackets_is_no_party(text, town):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert town not in {m.canonical for m in doc.mentions if m.label == "COMPANY"}
    assert not any(town in (r.source, r.target) for r in doc.relations)


def test_a_company_with_its_ticker_in_brackets_stays():
    text = "Renault signe un contrat de fourniture avec la start-up Korvelia (EPA: KRV) pour des cellules."
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert "Korvelia" in {m.canonical for m in doc.mentions if m.label == "COMPANY"}
