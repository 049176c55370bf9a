"""A company named after its town ("Brixo Nola S.r.l.", "Velmora Zalec d.o.o."): the town written
alone elsewhere on the page is the town, not a company found by position (entities/names.py
``name_towns``). Companies made up here; the towns are in the long town list only."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("language, text, name, town", [
    ("it", "Kastor ha rilevato la Brixo Nola S.r.l., con sede a Nola. Nola fornisce già Stellantis con cablaggi.",
     "Brixo Nola", "Nola"),
    ("fr", "Kastor a racheté Orvana Mielec Sp. z o.o., installée à Mielec. Mielec livre déjà Stellantis en faisceaux.",
     "Orvana Mielec", "Mielec"),
    ("es", "Kastor compró Talvik Jihlava s.r.o., con sede en Jihlava. Jihlava suministra ya mazos de cables a Stellantis.",
     "Talvik Jihlava", "Jihlava"),
    ("de", "Die Kastor AG hat die Mehrheit an der Velmora Zalec d.o.o. übernommen, einem Hersteller mit Sitz im "
           "slowenischen Zalec. \"Mit Zalec schließen wir eine Lücke\", sagte ein Kastor-Vorstand.",
     "Velmora Zalec", "Zalec"),
])
def test_the_town_alone_is_no_company(language, text, name, town):
    found = companies(text, language)
    assert name in found
    assert town not in found
