"""Descriptions that point back to a company, within a story only."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical, m.sentence) for m in doc.mentions if m.source == "coref"]


def test_en_prefers_previous_subject_and_checks_sector_and_nationality():
    doc = run(
        "Toyota will buy cells from CATL. The company said the Chinese battery maker would expand. "
        "The Japanese battery maker was not named.",
        "en",
    )
    assert corefs(doc) == [("The company", "Toyota", 1), ("the Chinese battery maker", "CATL", 1)]


def test_en_german_supplier_skips_the_carmaker():
    doc = run("BMW buys motors from Bosch. The German supplier said deliveries start soon.", "en")
    assert corefs(doc) == [("The German supplier", "Bosch", 1)]


def test_never_crosses_a_story():
    text = "Tesla opened a plant. The company said it was happy. Rivals waited. The carmaker said no."
    doc = run(text, "en", story_starts=(2,))
    assert corefs(doc) == [("The company", "Tesla", 1)]


def test_it_casa_di_torino_points_to_the_group_of_its_brands():
    doc = run("Stellantis ha firmato con CATL. La casa di Torino produrrà in Spagna. Il gruppo ha confermato.", "it")
    assert corefs(doc) == [("La casa di Torino", "Stellantis", 1), ("Il gruppo", "Stellantis", 2)]


def test_it_la_societa_and_bare_casa_is_not_a_company():
    doc = run("Pirelli cresce. La società investe. Torno a casa. La casa è grande.", "it")
    assert corefs(doc) == [("La società", "Pirelli", 1)]


def test_de_inflected_and_city_adjective():
    doc = run("Volkswagen baut ein Werk. Der Konzern investiert. Ein Sprecher des Konzerns sagte das. "
              "Der Wolfsburger Autobauer will mehr.", "de")
    assert corefs(doc) == [
        ("Der Konzern", "Volkswagen", 1),
        ("des Konzerns", "Volkswagen", 2),
        ("Der Wolfsburger Autobauer", "Volkswagen", 3),
    ]


def test_fr_and_es():
    doc = run("Renault investit avec Verkor. Le constructeur a confirmé. La société Verkor aussi.", "fr")
    assert corefs(doc) == [("Le constructeur", "Renault", 1)]
    doc = run("Iberdrola firmó con Stellantis. La compañía dijo que el grupo crecerá.", "es")
    assert corefs(doc) == [("La compañía", "Iberdrola", 1), ("el grupo", "Iberdrola", 1)]


def test_apposition_is_not_coreference():
    doc = run("Tesla grew. The supplier Bosch said so.", "en")
    assert corefs(doc) == []


def test_the_most_recent_subject_not_the_first_company():
    doc = run("Ford signed with CATL while Quorvane said the company would grow.", "en")
    assert corefs(doc) == [("the company", "Quorvane", 0)]
    doc = run("Ford signed with CATL. Quorvane said it wants to grow. The company said so.", "en")
    assert corefs(doc) == [("The company", "Quorvane", 2)]


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("en", "Quorvane signed a deal with BMW. The carmaker confirmed it.", "The carmaker", "BMW"),
        ("it", "Quorvane ha firmato con Stellantis. La casa automobilistica ha confermato.",
         "La casa automobilistica", "Stellantis"),
        ("de", "Quorvane hat mit BMW einen Vertrag unterzeichnet. Der Autobauer bestätigte das.", "Der Autobauer", "BMW"),
        ("fr", "Quorvane a signé avec Renault. Le constructeur a confirmé.", "Le constructeur", "Renault"),
        ("es", "Quorvane firmó con Renault. El fabricante de automóviles lo confirmó.",
         "El fabricante de automóviles", "Renault"),
    ],
)
def test_a_sector_noun_prefers_a_company_known_to_be_of_that_kind(language, text, description, company):
    assert (description, company, 1) in corefs(run(text, language))


def test_unknown_kind_is_accepted_when_no_known_company_fits():
    doc = run("Quorvane signed a deal with Belmark Systems Ltd. The battery maker said output will rise.", "en")
    assert corefs(doc) == [("The battery maker", "Quorvane", 1)]


def test_a_company_after_a_preposition_is_not_the_subject():
    doc = run("Quorvane ha firmato il contratto. Quorvane, controllata dal gruppo coreano Belmark, produrrà celle. "
              "La società ha confermato.", "it")
    assert corefs(doc) == [("La società", "Quorvane", 2)]
    # With no company as subject, the first one named is the topic.
    doc = run("For Quorvane, a unit of Belmark Holdings Ltd, the deal matters. The company said so.", "en")
    assert corefs(doc) == [("The company", "Quorvane", 1)]
