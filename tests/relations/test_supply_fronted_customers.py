"""Supply sentences whose customer stands before the verb, where no candidate was built: a customer
fronted with "for" before a verb of making ("Pour Renault, CATL produira des cellules"), a Spanish
dative doubled by its clitic with the subject after the verb ("A Hyundai le suministra celdas LG"),
and goods of the customer told in a relative of possession ("Renault, whose cells come from CATL").
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("fr", "Pour Renault, CATL produira des cellules en Hongrie.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("it", "Per Renault, CATL produrrà celle in Ungheria.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("es", "Para Renault, CATL fabricará celdas en Hungría.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("en", "For Renault, CATL will produce cells in Hungary.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("es", "A Hyundai le suministra celdas LG Energy Solution desde 2020.", ["Hyundai", "LG Energy Solution"],
     [("LG Energy Solution", "Hyundai")]),
    ("es", "A Volkswagen le vende baterías Gotion desde su planta de Anhui.", ["Volkswagen", "Gotion"], [("Gotion", "Volkswagen")]),
])
def test_a_customer_fronted_before_the_verb(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # "for" followed by no comma and subject: the verb has no subject there
    ("en", "For Renault the year was hard, and CATL will produce cells elsewhere.", ["Renault", "CATL"]),
    # a verb that is no verb of making: "for" is only the speaker's view
    ("fr", "Pour Renault, CATL reste un concurrent redoutable.", ["Renault", "CATL"]),
])
def test_no_fronted_customer_without_a_verb_of_making_right_after(lang, sentence, companies):
    assert supplies(sentence, companies, lang) == []


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Renault, whose cells come from CATL, reported higher sales.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("fr", "Renault, dont les cellules viennent de CATL, a publié ses ventes.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("it", "Renault, le cui celle arrivano da CATL, ha pubblicato le vendite.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("es", "Renault, cuyas celdas proceden de CATL, publicó sus ventas.", ["Renault", "CATL"], [("CATL", "Renault")]),
])
def test_goods_in_a_relative_of_possession_are_the_antecedents(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a relative governed by "from": its antecedent sells to the relative's subject
    ("it", "CATL, da cui Stellantis acquista le celle, aprirà un impianto in Spagna.", ["CATL", "Stellantis"],
     [("CATL", "Stellantis")]),
    ("fr", "CATL, auprès duquel Stellantis achète ses cellules, ouvrira une usine en Espagne.", ["CATL", "Stellantis"],
     [("CATL", "Stellantis")]),
    ("en", "CATL, from which Stellantis buys its cells, will open a plant in Spain.", ["CATL", "Stellantis"],
     [("CATL", "Stellantis")]),
    ("es", "CATL, del que Stellantis compra las celdas, abrirá una planta en España.", ["CATL", "Stellantis"],
     [("CATL", "Stellantis")]),
    # a stake or a unit bought from the antecedent: no goods
    ("fr", "Gotion, dont Volkswagen achète une participation de 25 %, ouvrira une usine.", ["Gotion", "Volkswagen"], []),
    ("it", "Varta, da cui Porsche acquista la divisione batterie, ha chiuso il bilancio.", ["Varta", "Porsche"], []),
])
def test_a_relative_governed_by_from_names_the_seller(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected
