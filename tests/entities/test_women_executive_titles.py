"""The head of a company named by a woman's title before the company, in each language:
"amministratrice delegata di X", "consejera delegada de X", "directrice générale de X",
"Gründerin von X", "chairwoman of X". Every name here is invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("it", "Parla Giulia Ferri, amministratrice delegata di Solvane Recuperi: «Il secondo impianto aprirà nel 2027».", "Solvane Recuperi"),
        ("es", "Marta Oyarzabal, consejera delegada de Talvera Motion: «Queremos fabricar aquí».", "Talvera Motion"),
        ("fr", "Entretien avec Claire Morvan, directrice générale de Corvalis : « Nous voulons rester indépendants ».", "Corvalis"),
        ("de", "Anna Berger, Gründerin von Velqua Robotics, sieht keinen Grund zur Sorge.", "Velqua Robotics"),
        ("en", "Interview: Maria Lund, chairwoman of Norrvik Cells, on the cost of building in Europe.", "Norrvik Cells"),
    ],
)
def test_a_womans_title_before_a_company_names_it(language, text, name):
    assert name in companies(text, language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "Lucía Ferrán, presidenta de la Junta de Extremadura, visitó la obra."),  # a government
        ("it", "La presidentessa di Regione ha visitato il cantiere."),
    ],
)
def test_a_political_title_names_no_company(language, text):
    assert companies(text, language) == []
