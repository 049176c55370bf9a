"""A plant sentence whose only company is the one the plant works for ("Its factory has made cells for
X since 2023") takes its owner from the sentence before: the possessive stands for that subject."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("en", "Brelix opened its order books in March. Its Marlowe factory has been making cells for Kornex since 2023."),
    ("fr", "Brelix a ouvert ses carnets de commandes en mars. Son usine de Marlowe produit des cellules pour Kornex depuis 2023."),
    ("it", "Brelix ha aperto gli ordini a marzo. Il suo stabilimento di Marlowe produce celle per Kornex dal 2023."),
    ("de", "Brelix hat im März die Auftragsbücher geöffnet. Sein Werk in Marlowe fertigt seit 2023 Zellen für Kornex."),
    ("es", "Brelix abrió su cartera de pedidos en marzo. Su planta de Marlowe fabrica celdas para Kornex desde 2023."),
])
def test_the_customer_is_not_the_owner_of_its_supplier_plant(lang, text):
    fs = facs(text, ["Brelix", "Kornex"], lang, places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Marlowe")]


def test_a_company_named_with_of_is_still_the_subject():
    # "the plant of Kornex": a genitive, not a customer
    fs = facs("Work has begun. The new plant of Kornex in Marlowe will make cells.", ["Kornex"], "en", places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]
