"""Supply sentences where the argument assignment around the trigger failed: a supplier noun in a
subject relative with a copula after a name governed by a preposition ("celdas fabricadas por X, que
sigue siendo uno de los principales proveedores de Y"), a subject relative with adverbs before its verb
(", che del resto rifornisce già Y"), an adverb made with a preposition that governs no name ("par
ailleurs Y"), and goods of a kind of vehicle owned by the customer ("las baterías de los híbridos de
Y"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("es", "Hyundai usa celdas fabricadas por LG Energy Solution, que sigue siendo uno de los principales proveedores de Hyundai.",
     ["Hyundai", "LG Energy Solution"], [("LG Energy Solution", "Hyundai")]),
    ("it", "Hyundai monta celle prodotte da LG Energy Solution, che resta uno dei principali fornitori di Hyundai.",
     ["Hyundai", "LG Energy Solution"], [("LG Energy Solution", "Hyundai")]),
    ("fr", "Hyundai utilise des cellules fabriquées par LG Energy Solution, qui reste l'un des principaux fournisseurs de Hyundai.",
     ["Hyundai", "LG Energy Solution"], [("LG Energy Solution", "Hyundai")]),
    ("en", "Hyundai uses cells made by LG Energy Solution, which remains one of the main suppliers of Hyundai.",
     ["Hyundai", "LG Energy Solution"], [("LG Energy Solution", "Hyundai")]),
    # a customer noun: the antecedent buys from the noun's complement
    ("it", "Bosch vende freni a Renault, che è anche uno dei principali clienti di Valeo.",
     ["Bosch", "Renault", "Valeo"], [("Bosch", "Renault"), ("Valeo", "Renault")]),
])
def test_a_copula_relative_gives_the_noun_its_antecedent(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # the antecedent of a subject relative supplies, not the subject of the main clause
    ("it", "Stellantis ha sostenuto la candidatura di Marelli, che del resto rifornisce già da anni Leapmotor di elettronica.",
     ["Stellantis", "Marelli", "Leapmotor"], [("Marelli", "Leapmotor")]),
    ("es", "Ford elogió la propuesta de Gestamp, que además suministra chasis a Stellantis.",
     ["Ford", "Gestamp", "Stellantis"], [("Gestamp", "Stellantis")]),
    ("fr", "Renault a salué l'offre de Valeo, qui fournit également des phares à Stellantis.",
     ["Renault", "Valeo", "Stellantis"], [("Valeo", "Stellantis")]),
    # "par ailleurs", "a su vez": no agent or recipient
    ("fr", "Renault a salué l'offre de Valeo, qui fournit par ailleurs Stellantis en phares.",
     ["Renault", "Valeo", "Stellantis"], [("Valeo", "Stellantis")]),
    ("es", "Ford elogió la propuesta de Gestamp, que a su vez abastece Stellantis de chasis.",
     ["Ford", "Gestamp", "Stellantis"], [("Gestamp", "Stellantis")]),
])
def test_adverbs_after_a_subject_relative_keep_its_antecedent(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("es", "Samsung SDI suministra desde hace años las baterías de los híbridos enchufables de Stellantis.",
     ["Samsung SDI", "Stellantis"], [("Samsung SDI", "Stellantis")]),
    ("es", "Forvia suministra los asientos de los todocaminos de Seat.", ["Forvia", "Seat"], [("Forvia", "Seat")]),
    ("fr", "Forvia fournit les sièges des citadines de Renault.", ["Forvia", "Renault"], [("Forvia", "Renault")]),
    ("en", "Samsung SDI supplies the batteries of the plug-in hybrids of Stellantis.",
     ["Samsung SDI", "Stellantis"], [("Samsung SDI", "Stellantis")]),
    ("de", "Bosch liefert die Bremsen für die Hybride von BMW.", ["Bosch", "BMW"], [("Bosch", "BMW")]),
])
def test_goods_of_a_kind_of_vehicle_name_their_owner_as_customer(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("it", "Il fornitore delle celle di Stellantis sarà CATL.", ["Stellantis", "CATL"], [("CATL", "Stellantis")]),
    ("es", "El proveedor de las celdas de Stellantis será CATL.", ["Stellantis", "CATL"], [("CATL", "Stellantis")]),
    ("fr", "Le fournisseur des cellules de Stellantis sera CATL.", ["Stellantis", "CATL"], [("CATL", "Stellantis")]),
    ("it", "I clienti di Brembo saranno Ferrari e Maserati.", ["Brembo", "Ferrari", "Maserati"],
     [("Brembo", "Ferrari"), ("Brembo", "Maserati")]),
])
def test_a_future_copula_names_the_nouns_referent(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected
