"""A supply's party named only by a description that points to a group is the group's unit the page is
about (``relations/unit_parties.py``). Real group and unit names (the gazetteer's parent is what is used),
invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["PowerCo", "Volkswagen", "Brixo"]

PAGES = {
    "en": ("PowerCo opens its cell plant in Tarrow. PowerCo will make unified cells there. PowerCo expects the first cells in 2027. "
           "The plant of the Volkswagen unit cost EUR 3 billion.", "Brixo remains a supplier of the company.", "the company"),
    "fr": ("PowerCo ouvre son usine de cellules à Tarrow. PowerCo y fabriquera des cellules unifiées. PowerCo attend les premières en 2027. "
           "L'usine de la filiale de Volkswagen a coûté 3 milliards d'euros.", "Brixo reste un fournisseur de l'entreprise.", "l'entreprise"),
    "it": ("PowerCo apre la fabbrica di celle a Tarrow. PowerCo vi produrrà celle unificate. PowerCo attende le prime nel 2027. "
           "Lo stabilimento della controllata di Volkswagen è costato 3 miliardi.", "Brixo resta un fornitore della società.", "della società"),
    "es": ("PowerCo abre su fábrica de celdas en Tarrow. PowerCo fabricará allí celdas unificadas. PowerCo espera las primeras en 2027. "
           "La planta de la filial de Volkswagen costó 3.000 millones.", "Brixo sigue siendo proveedor de la compañía.", "la compañía"),
    "de": ("PowerCo eröffnet sein Zellwerk in Tarrow. PowerCo wird dort Einheitszellen fertigen. PowerCo erwartet die ersten 2027. "
           "Das Werk der Volkswagen-Tochter hat 3 Milliarden Euro gekostet.", "Brixo bleibt ein Lieferant des Unternehmens.", "des Unternehmens"),
}


def _supplies(page, names, lang, coref):
    doc = RelationExtractor()(make_doc(page, names, language=lang, coref=coref))
    return sorted((r.source, r.target) for r in doc.relations if r.type == "supplies")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_description_of_the_group_is_its_unit_the_page_is_about(lang):
    story, sentence, description = PAGES[lang]
    got = _supplies(story + " " + sentence, NAMES, lang, {description: "Volkswagen"})
    assert ("Brixo", "PowerCo") in got and ("Brixo", "Volkswagen") not in got


def test_the_group_named_plainly_keeps_its_supply():
    story, _, _ = PAGES["en"]
    assert ("Brixo", "Volkswagen") in _supplies(story + " Brixo remains a supplier of Volkswagen.", NAMES, "en", {})


def test_a_unit_named_less_than_its_group_leaves_the_group():
    page = ("Volkswagen reported its results. Volkswagen raised its forecast. Volkswagen also named PowerCo's new head. "
            "Brixo remains a supplier of the company.")
    got = _supplies(page, NAMES, "en", {"the company": "Volkswagen"})
    assert ("Brixo", "Volkswagen") in got


def test_two_supplies_of_one_sentence_that_were_not_moved_are_both_kept():
    """Only a supply moved to a unit gives way to the same supply read already; two supplies of one
    sentence with the same parties (two products) whose parties are named plainly both stay."""
    from tierscope.doc import Evidence, Relation
    from tierscope.relations.unit_parties import units_for_groups

    page = "Tarvion supplies Meldrow with cathodes and anodes."
    doc = make_doc(page, ["Tarvion", "Meldrow"])
    evidence = Evidence(page, 0, len(page))
    cathodes = Relation("supplies", "Tarvion", "Meldrow", "active", evidence, product="cathodes")
    anodes = Relation("supplies", "Tarvion", "Meldrow", "active", evidence, product="anodes")
    assert [r.product for r in units_for_groups([cathodes, anodes], doc)] == ["cathodes", "anodes"]
