"""Coreference, third round: a region's adjective fits a company whose head-office town the region
lists even when the place list does not know that town ("il gruppo bavarese" is Infineon of Neubiberg);
facts about real companies, sentences made up."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return [(doc.text[m.start:m.end], m.canonical) for m in doc.mentions
            if m.label == "COMPANY" and m.source == "coref" and not m.attrs.get("implied")]


@pytest.mark.parametrize("text,language,expected", [
    ("Infineon ha chiuso il trimestre in utile. Il contratto di Wolfspeed con il gruppo bavarese è scaduto a giugno.",
     "it", [("il gruppo bavarese", "Infineon")]),
    ("Infineon redujo su dependencia de proveedores. El contrato de Wolfspeed con el grupo bávaro expiró en junio.",
     "es", [("el grupo bávaro", "Infineon")]),
])
def test_region_town_outside_the_place_list(text, language, expected):
    assert refs(run(text, language)) == expected


def test_region_adjective_not_for_a_company_of_another_region():
    # Bosch is Swabian (Gerlingen), not Bavarian
    doc = run("Bosch ha chiuso il trimestre in utile. Il contratto di Wolfspeed con il gruppo bavarese è scaduto "
              "a giugno.", "it")
    assert refs(doc) == []
