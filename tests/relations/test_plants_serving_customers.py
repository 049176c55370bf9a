"""Italian and Spanish: a plant or a maker "che servirà Y" / "que servirá a Y" supplies Y: papers tell a
new plant's first customer so ("una gigafactory che servirà in primo luogo Y", "una gigafactoría que
servirá principalmente a Y"). Only in a relative and before a capitalised name: a line that serves towns,
"servirà a ridurre", "servono due miliardi" are no supply. Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest


def supplies(doc):
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("lang, text, supplier, customer", [
    ("it", "Bisceglia Batterie sta costruendo a Bari una fabbrica di celle da 25 GWh che dovrebbe partire "
           "nel 2028 e che servirà in primo luogo Orsenigo Motori.", "Bisceglia Batterie", "Orsenigo Motori"),
    ("it", "Bisceglia Batterie ha un impianto che serve Orsenigo Motori.", "Bisceglia Batterie", "Orsenigo Motori"),
    ("es", "Valdora Baterías levanta en Sagunto una gigafactoría que servirá principalmente a Montejo Motores.",
     "Valdora Baterías", "Montejo Motores"),
    ("es", "Valdora Baterías es un fabricante que sirve a Montejo Motores desde 2021.", "Valdora Baterías", "Montejo Motores"),
])
def test_a_plant_that_serves_a_customer_supplies_it(lang, text, supplier, customer, read_page):
    assert (supplier, customer) in supplies(read_page(text, lang))


@pytest.mark.parametrize("lang, text", [
    ("it", "Bisceglia Batterie apre una linea che servirà a ridurre i costi di Orsenigo Motori."),
    ("it", "Per la fabbrica di Bisceglia Batterie servono due miliardi, dice Orsenigo Motori."),
    ("es", "Valdora Baterías abre una línea que servirá para reducir los costes de Montejo Motores."),
])
def test_serving_a_purpose_is_no_supply(lang, text, read_page):
    assert not supplies(read_page(text, lang))
