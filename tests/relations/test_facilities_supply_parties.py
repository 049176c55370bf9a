"""Who owns a plant named in a sentence of supplying: the supplier, when the goods come from the plant
to a buyer named right before it ("supplies X to Y from a plant it is building"); the buyer, when
the goods go to the plant and the buyer is named between the supplier and the plant ("X fornirà a Y
due linee per lo stabilimento di Z"); and the company a Romance relative clause names after its verb
("l'usine que construit X", "la fábrica que levanta X", "lo stabilimento che realizzerà X")."""

from __future__ import annotations

import pytest

from .helpers import facs

PARTIES = ["Norvane", "Brelix"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvane will ship anode powder to Brelix from a plant it is finishing in Valbrena."),
    ("it", "Norvane spedirà polvere anodica a Brelix da uno stabilimento in costruzione a Valbrena."),
    ("fr", "Norvane expédiera de la poudre d'anode à Brelix depuis une usine en chantier à Valbrena."),
    ("es", "Norvane enviará polvo de ánodo a Brelix desde una planta en obras en Valbrena."),
    ("de", "Norvane beliefert Brelix aus einem neuen Werk in Valbrena mit Anodenpulver."),
])
def test_goods_from_a_plant_to_a_buyer_are_the_suppliers(lang, text):
    fs = facs(text, PARTIES, lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Norvane", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    ("it", "Norvane consegnerà a Brelix tre presse per lo stabilimento di Valbrena."),
    ("it", "Norvane venderà alla tedesca Brelix tre presse per il suo stabilimento di Valbrena."),
    ("fr", "Norvane livrera à Brelix trois presses pour son usine de Valbrena."),
    ("es", "Norvane entregará a Brelix tres prensas para su planta de Valbrena."),
    ("es", "Norvane venderá a Brelix tres prensas para la fábrica de Valbrena."),
])
def test_goods_for_a_plant_go_to_the_buyers_plant(lang, text):
    fs = facs(text, PARTIES, lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Brelix achètera ses cellules à l'usine que construit Norvane à Valbrena."),
    ("fr", "Brelix se fournira auprès de l'usine qu'exploite déjà Norvane à Valbrena."),
    ("es", "Brelix comprará celdas a la fábrica que está levantando Norvane en Valbrena."),
    ("it", "Brelix comprerà celle dalla fabbrica che realizzerà Norvane a Valbrena."),
])
def test_the_subject_after_the_verb_of_a_relative_owns_the_plant(lang, text):
    fs = facs(text, PARTIES, lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Norvane", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    # (the plant stays the one the name stands before, or the possessive's subject)
    ("en", "Brelix will source cells from Norvane's new plant in Valbrena."),
    ("fr", "Norvane livrera des cathodes à Brelix depuis son usine de Valbrena."),
    ("it", "Norvane fornirà catodi a Brelix dal suo stabilimento di Valbrena."),
    ("es", "Brelix recibirá celdas desde la fábrica que Norvane construye en Valbrena."),
])
def test_unchanged_readings(lang, text):
    fs = facs(text, PARTIES, lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Norvane", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    # the company before "from a plant" delivers, as a passive's agent or a relative's inverted subject
    ("en", "Brelix fits its vans with drives supplied by Norvane from its plant in Valbrena."),
    ("es", "Brelix monta celdas que le suministra Norvane desde sus plantas de Valbrena."),
    ("es", "Los motores de Brelix son suministrados por Norvane desde su planta de Valbrena."),
    ("fr", "Brelix garde les cathodes que lui livre Norvane depuis son usine de Valbrena."),
    ("fr", "Brelix garde les cathodes livrées par Norvane depuis son usine de Valbrena."),
    ("it", "Brelix usa i catodi che gli fornisce Norvane dal suo stabilimento di Valbrena."),
    ("de", "Brelix bezieht die Kathoden von Norvane aus dem Werk in Valbrena."),
])
def test_the_deliverer_before_from_a_plant_owns_it(lang, text):
    fs = facs(text, PARTIES, lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Norvane", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    # "from" a name with no article names where a company comes from, not a plant goods come from
    # (here the name is read as a company, as a town sometimes is)
    ("de", "Der Zellhersteller Norvane aus Brelix baut seine Fabrik aus."),
    ("fr", "Le fabricant Norvane depuis Brelix agrandit son usine."),
])
def test_a_company_from_a_name_keeps_its_own_plant(lang, text):
    fs = facs(text, PARTIES, lang)
    assert [f.owner for f in fs] == ["Norvane"]


@pytest.mark.parametrize("lang,text", [
    # a possessive in a clause joined by a comma and a conjunction is that clause's subject's
    ("en", "Brelix will take cells from Valbrena, and Norvane has agreed a similar deal for its factory in Ashby."),
    ("fr", "Brelix prendra des cellules de Valbrena, et Norvane a signé un accord semblable pour son usine d'Ashby."),
    ("de", "Brelix bezieht Zellen aus Valbrena, und Norvane hat Gleiches für sein Werk in Ashby vereinbart."),
])
def test_a_possessive_after_a_comma_and_a_conjunction_is_the_new_subjects(lang, text):
    fs = facs(text, PARTIES, lang, places=["Valbrena", "Ashby"])
    assert ("Norvane", "Ashby") in [(f.owner, f.location) for f in fs]


def test_a_conjunction_before_a_verb_keeps_the_subject():
    fs = facs("Norvane fournit Brelix en cathodes, et livre Kestrova depuis son usine de Valbrena.",
              PARTIES + ["Kestrova"], "fr", places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Norvane", "Valbrena")]
