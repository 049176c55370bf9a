"""A company that builds for others is described by that trade: "the contract manufacturer", "le
sous-traitant", "il terzista", "der Auftragsfertiger", "el subcontratista" point back to it."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en", "Norrlid Motors will hand assembly to Magna Steyr. The Austrian contract manufacturer already builds "
               "vans for Ford.", "The Austrian contract manufacturer"),
        ("fr", "Norrlid Motors confiera l'assemblage à Magna Steyr. Le sous-traitant autrichien fabrique déjà des "
               "modèles pour Ford.", "Le sous-traitant autrichien"),
        ("it", "Norrlid Motors affiderà l'assemblaggio a Magna Steyr. Il terzista austriaco produce già modelli "
               "per Ford.", "Il terzista austriaco"),
        ("de", "Norrlid Motors vergibt die Montage an Magna Steyr. Der Grazer Auftragsfertiger baut schon heute "
               "Fahrzeuge für Ford.", "Der Grazer Auftragsfertiger"),
        ("es", "Norrlid Motors encargará el montaje a Magna Steyr. El subcontratista ya produce modelos para Ford.",
         "El subcontratista"),
    ],
)
def test_a_contract_manufacturer_points_back(language, text, description):
    assert (description, "Magna Steyr") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        # "der Anbieter" is the supplier named before, not the customer that opens the sentence
        ("de", "Norrlid Motors bezieht Zellen von CATL. Der Anbieter liefert auch an Volkswagen.", "Der Anbieter", "CATL"),
        ("de", "Norrlid Motors sucht Partner. Der südkoreanische Anbieter Hanon Systems liefert Wärmepumpen. "
               "Der Anbieter gehört zu Hankook & Company.", "Der Anbieter", "Hanon Systems"),
        # a cable maker is a supplier, electrical companies among them
        ("fr", "Stellantis a choisi Nexans. Le câblier fournira les faisceaux à Renault.", "Le câblier", "Nexans"),
        ("fr", "Stellantis a choisi Leoni. Le câblier fournira les faisceaux à Renault.", "Le câblier", "Leoni"),
    ],
)
def test_a_provider_or_cable_maker_points_back(language, text, description, company):
    assert (description, company) in corefs(run(text, language))
