"""A company named by its marques ("the maker of Peugeot, Fiat and Jeep cars") is the marques' group."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description, group",
    [
        ("en", "Besides ACC, the maker of Peugeot, Fiat and Jeep cars formed a joint venture with CATL.",
         "the maker", "Stellantis"),
        ("en", "The owner of Volvo Cars buys cells from CATL.", "The owner", "Geely"),
        ("fr", "Le constructeur de Peugeot et Citroën a signé avec CATL.", "Le constructeur", "Stellantis"),
        ("it", "Il proprietario di Fiat e Jeep ha firmato con CATL.", "Il proprietario", "Stellantis"),
        ("es", "El fabricante de Audi y Skoda firmó con CATL.", "El fabricante", "Volkswagen"),
        ("de", "Der Eigentümer der Marken Audi und Porsche verhandelt mit CATL.", "Der Eigentümer", "Volkswagen"),
    ],
)
def test_a_company_named_by_its_marques_is_their_group(language, text, description, group):
    assert (description, group) in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The maker of Volvo cars buys cells from CATL."),  # one marque: maybe its own company
        ("es", "El fabricante de Audi y Kia firmó con CATL."),  # marques of two groups
    ],
)
def test_one_marque_or_marques_of_two_groups_name_no_group(language, text):
    # (Volvo Cars is a marque of Geely and a company of its own: "the maker of Volvo cars" may be either)
    assert not [c for c in corefs(run(text, language)) if c[1] in ("Volkswagen", "Geely", "Hyundai Motor Group")]


def test_a_predicate_of_the_group_named_before_is_left_to_the_relation():
    doc = run("Toyota est la maison mère de Daihatsu.", "fr")
    assert corefs(doc) == []
