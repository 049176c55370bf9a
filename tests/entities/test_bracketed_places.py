"""A small town with its district in brackets after a preposition of place ("à Vaussières (Allier)",
"a Varzolengo (PV)", "à Vaussières (03)") is no company, though a name cue (the object of
"la fourniture ... à X") took it for one (entities/bracketed_places.py). Invented sentences and towns."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


@pytest.mark.parametrize("text, town", [
    ("La société Verdalis discute depuis l'été avec Stellantis de la fourniture de nickel raffiné que produira sa "
     "future usine de Brumont, à Vaussières (Allier).", "Vaussières"),
    ("La société Verdalis discute depuis l'été avec Stellantis de la fourniture de nickel raffiné que produira sa "
     "future usine de Brumont, à Vaussières (03).", "Vaussières"),
    ("Da mesi Ortelia tratta con Stellantis sulla fornitura di vernici che usciranno dalla nuova linea di Colbrenta, "
     "a Varzolengo (PV).", "Varzolengo"),
])
def test_the_town_in_brackets_is_no_party(text, town):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert town not in {m.canonical for m in doc.mentions if m.label == "COMPANY"}
    assert not any(town in (r.source, r.target) for r in doc.relations)


def test_a_company_with_its_ticker_in_brackets_stays():
    text = "Renault signe un contrat de fourniture avec la start-up Korvelia (EPA: KRV) pour des cellules."
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert "Korvelia" in {m.canonical for m in doc.mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("language, text, name", [
    # a legal form names a company, whose seat the bracket gives
    ("fr", "Depuis 2024, Renault achète ses cellules à Korvelia SAS (Isère).", "Korvelia"),
    ("it", "Stellantis ha affidato la verniciatura dei paraurti a Ortelia S.p.A. (Torino).", "Ortelia"),
    ("de", "Die Kabelbäume kauft BMW seit Jahren bei Kelvar Kabel GmbH (Südtirol).", "Kelvar Kabel"),
])
def test_a_company_with_a_legal_form_and_its_seat_in_brackets_stays(language, text, name):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text, language=language))
    assert name in {m.canonical for m in doc.mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("language, text, name", [
    # the page calls the name a company elsewhere: its seat is in brackets, it is no town
    ("it", "Stellantis compra da anni vernici dalla start-up Ortelia e affida la logistica a Ortelia (Torino).", "Ortelia"),
    ("fr", "Renault travaille depuis 2023 avec la société Korvelia, et Renault a confié ses essais à Korvelia (Isère).",
     "Korvelia"),
])
def test_a_name_called_a_company_elsewhere_stays(language, text, name):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text, language=language))
    assert name in {m.canonical for m in doc.mentions if m.label == "COMPANY"}
