"""Supply sentences where the engine built no candidate for a pair: a second seller that repeats the
preposition after the first one's own complement ("from Y for its US models, and from Z"), and a
plant named by its owner as the subject ("L'usine hongroise de Y livrera des cellules à Z"). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Tesla buys cells from Panasonic for its US models, and from CATL for cars built in Shanghai.",
     ["Tesla", "Panasonic", "CATL"], [("CATL", "Tesla"), ("Panasonic", "Tesla")]),
    ("en", "Rivian sources its motors from Bosch in Germany and from Nidec in Japan.",
     ["Rivian", "Bosch", "Nidec"], [("Bosch", "Rivian"), ("Nidec", "Rivian")]),
    ("fr", "Tesla achète des cellules à Panasonic pour ses modèles américains, et à CATL pour ceux de Shanghai.",
     ["Tesla", "Panasonic", "CATL"], [("CATL", "Tesla"), ("Panasonic", "Tesla")]),
    ("fr", "BMW achète ses cellules auprès de CATL et d'EVE Energy.",
     ["BMW", "CATL", "EVE Energy"], [("CATL", "BMW"), ("EVE Energy", "BMW")]),
    ("it", "Iveco compra le celle da Microvast per i furgoni, e da CATL per gli autobus.",
     ["Iveco", "Microvast", "CATL"], [("CATL", "Iveco"), ("Microvast", "Iveco")]),
    ("es", "Seat compra celdas a Panasonic para sus modelos urbanos, y a CATL para los todocaminos.",
     ["Seat", "Panasonic", "CATL"], [("CATL", "Seat"), ("Panasonic", "Seat")]),
    ("de", "Tesla bezieht Zellen von Panasonic für die US-Modelle und von CATL für die Autos aus Shanghai.",
     ["Tesla", "Panasonic", "CATL"], [("CATL", "Tesla"), ("Panasonic", "Tesla")]),
    # the supplier's side: the customer repeats its preposition after the first one's purpose
    ("de", "Bosch liefert Wechselrichter an Ford für Transporter und an Stellantis für Kleinwagen.",
     ["Bosch", "Ford", "Stellantis"], [("Bosch", "Ford"), ("Bosch", "Stellantis")]),
    ("it", "Brembo fornisce freni a Ferrari per le sportive, e a Iveco per i camion.",
     ["Brembo", "Ferrari", "Iveco"], [("Brembo", "Ferrari"), ("Brembo", "Iveco")]),
])
def test_a_second_seller_or_customer_repeats_the_preposition(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, absent", [
    # a second buyer named before the repeated preposition: its seller is not the first buyer's
    ("en", "BMW buys cells from CATL in Hungary, and Mercedes-Benz from Farasis.", ["BMW", "CATL", "Mercedes-Benz", "Farasis"],
     ("Farasis", "BMW")),
    # goods of their own between the two: the second one is no seller of the same goods
    ("fr", "Renault achète des cellules à CATL et de l'acier produit par ArcelorMittal.", ["Renault", "CATL", "ArcelorMittal"],
     ("ArcelorMittal", "Renault")),
])
def test_no_second_seller_across_a_new_clause(lang, sentence, companies, absent):
    assert absent not in supplies(sentence, companies, lang)


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("fr", "L'usine hongroise de CATL livrera des cellules à Renault dès 2027.", ["CATL", "Renault"], [("CATL", "Renault")]),
    ("fr", "Le contrat prendra effet en 2027, lorsque l'usine de CATL livrera ses premières cellules à Renault.",
     ["CATL", "Renault"], [("CATL", "Renault")]),
    ("it", "Lo stabilimento ungherese di CATL fornirà celle a Renault dal 2027.", ["CATL", "Renault"], [("CATL", "Renault")]),
    ("it", "Lo stabilimento di Stellantis a Melfi compra le celle da CATL.", ["Stellantis", "CATL"], [("CATL", "Stellantis")]),
    ("es", "La planta húngara de CATL suministrará celdas a Renault desde 2027.", ["CATL", "Renault"], [("CATL", "Renault")]),
    ("es", "El contrato arrancará en 2027, cuando la fábrica de CATL en Hungría entregará celdas a Renault.",
     ["CATL", "Renault"], [("CATL", "Renault")]),
    ("de", "Das ungarische Werk von CATL soll ab 2027 Zellen an Renault liefern.", ["CATL", "Renault"], [("CATL", "Renault")]),
    ("de", "Das Werk von BMW in Debrecen bezieht Zellen von CATL.", ["BMW", "CATL"], [("CATL", "BMW")]),
    ("en", "The plant of CATL in Hungary will deliver cells to Renault from 2027.", ["CATL", "Renault"], [("CATL", "Renault")]),
    # the customer's plant supplied in the passive
    ("fr", "L'usine de Renault à Flins est livrée par Valeo.", ["Renault", "Valeo"], [("Valeo", "Renault")]),
])
def test_the_owner_of_a_plant_that_opens_the_clause_acts(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # the plant's manager buys shares: no plant noun right before the owner's preposition
    ("fr", "Le patron de l'usine de Renault a acheté des actions à Nissan.", ["Renault", "Nissan"]),
    # the plant's own name stands before the verb: the owner in the phrase is no subject
    ("it", "Lo stabilimento di Stellantis, rilevato da Comau, fornisce telai a Iveco.", ["Stellantis", "Comau", "Iveco"]),
])
def test_no_owner_of_something_else_acts(lang, sentence, companies):
    assert not any(s in ("Renault", "Stellantis") for s, _ in supplies(sentence, companies, lang))


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # "not only ... but also": the second member of the list, with or without its preposition again
    ("fr", "BMW achète des cellules à CATL mais aussi à Samsung SDI.", ["BMW", "CATL", "Samsung SDI"],
     [("CATL", "BMW"), ("Samsung SDI", "BMW")]),
    ("it", "BMW compra celle da CATL ma anche da Samsung SDI.", ["BMW", "CATL", "Samsung SDI"],
     [("CATL", "BMW"), ("Samsung SDI", "BMW")]),
    ("es", "BMW compra celdas a CATL pero también a Samsung SDI.", ["BMW", "CATL", "Samsung SDI"],
     [("CATL", "BMW"), ("Samsung SDI", "BMW")]),
    ("de", "BMW bezieht Zellen von CATL, aber auch von Samsung SDI.", ["BMW", "CATL", "Samsung SDI"],
     [("CATL", "BMW"), ("Samsung SDI", "BMW")]),
    ("en", "Bosch supplies not only Ford but also Stellantis.", ["Bosch", "Ford", "Stellantis"],
     [("Bosch", "Ford"), ("Bosch", "Stellantis")]),
    ("fr", "Valeo fournit Renault mais aussi Stellantis.", ["Valeo", "Renault", "Stellantis"],
     [("Valeo", "Renault"), ("Valeo", "Stellantis")]),
    ("it", "Brembo rifornisce Ferrari ma anche Maserati.", ["Brembo", "Ferrari", "Maserati"],
     [("Brembo", "Ferrari"), ("Brembo", "Maserati")]),
    ("de", "Bosch beliefert Ford, aber auch Stellantis.", ["Bosch", "Ford", "Stellantis"],
     [("Bosch", "Ford"), ("Bosch", "Stellantis")]),
])
def test_but_also_joins_a_list(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected
