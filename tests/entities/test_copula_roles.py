"""A pronoun or a left-out subject before a copula and a role in another company stands for the company
the sentence before opens with: "Il est aussi actionnaire de Y", "Es ist auch Anteilseigner von Y",
"Resta inoltre azionista di Y", "Sigue siendo accionista de Y" (copula_roles.py)."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Mercedes-Benz achète l'essentiel de ses cellules à CATL. Il est aussi actionnaire d'Automotive Cells Company."),
        ("de", "Mercedes-Benz kauft die meisten Zellen bei CATL. Es ist auch Anteilseigner von Automotive Cells Company."),
        ("it", "Mercedes-Benz acquista gran parte delle celle da CATL. Resta inoltre azionista di Automotive Cells Company."),
        ("it", "Mercedes-Benz acquista gran parte delle celle da CATL. È anche uno dei tre soci di Automotive Cells Company."),
        ("es", "Mercedes-Benz compra la mayoría de sus celdas a CATL. Sigue siendo accionista de Automotive Cells Company."),
    ],
)
def test_a_role_after_a_copula_goes_on_about_the_company_before(language, text):
    doc = RelationExtractor()(run(text, language))
    assert any(r.source == "Mercedes-Benz" and r.target == "Automotive Cells Company" for r in doc.relations)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Mercedes-Benz achète l'essentiel de ses cellules à CATL. Il est prévu que les clients paient plus."),
        ("de", "Mercedes-Benz kauft die meisten Zellen bei CATL. Es ist unklar, ob die Kunden mehr zahlen."),
        ("it", "Mercedes-Benz acquista gran parte delle celle da CATL. È difficile dire se i clienti pagheranno di più."),
        ("es", "Mercedes-Benz compra la mayoría de sus celdas a CATL. Es probable que los clientes paguen más."),
    ],
)
def test_an_impersonal_copula_stands_for_no_company(language, text):
    assert corefs(run(text, language)) == []
