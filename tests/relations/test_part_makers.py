"""A car's parts told with their maker as the predicate (part_makers.py): "the seats are made by Y",
"i microcontrollori sono di Y", "die Sitze liefert Y", "los asientos los fabrica Y", "the Twingo uses
cells from Y"; the customer is the carmaker the sentence names, the maker of the model it names, or
the carmaker the headline names. Sentences written for these tests with made-up companies; the car
models are real (their makers are facts)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_SECTORS = {"Brixo": ["carmaker"], "Vostra": ["carmaker"], "Lorvik": ["supplier"], "Tessaro": ["chips"],
            "Renault": ["carmaker"], "BMW": ["carmaker"], "SEAT": ["carmaker"]}
_HEADLINE = {"en": "Brixo unveils its small electric car. ", "fr": "Brixo dévoile sa petite citadine électrique. ",
             "it": "Brixo presenta la sua piccola elettrica. ", "es": "Brixo presenta su pequeño eléctrico. ",
             "de": "Brixo stellt seinen kleinen Stromer vor. "}


def _supplies(text, language, names=("Brixo", "Vostra", "Lorvik", "Tessaro"), sectors=None):
    got = rels(text, list(names), language=language, sectors=_SECTORS if sectors is None else sectors)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@pytest.mark.parametrize("language, sentence", [
    ("en", "The seats are made by Lorvik."),
    ("en", "The microcontrollers are Lorvik's."),
    ("en", "The lithium iron phosphate cells come from Lorvik, which ships them from Poland."),
    ("en", "The infotainment system is developed by the software house Lorvik."),
    ("fr", "Les sièges sont fournis par Lorvik."),
    ("fr", "L'électronique de puissance, en revanche, vient de Lorvik."),
    ("fr", "Les phares sont livrés par l'équipementier italien Lorvik."),
    ("it", "I microcontrollori della gestione batteria sono di Lorvik, che lavora con il gruppo da anni."),
    ("it", "I sedili anteriori sono forniti da Lorvik, che li produce in Spagna."),
    ("es", "Los asientos son de Lorvik."),
    ("es", "Los semiconductores del inversor los fabrica Lorvik."),
    ("es", "Los asientos delanteros llegan de la planta de Lorvik en Valls."),
    ("es", "El software de infoentretenimiento es obra de Lorvik."),
    ("de", "Die Sitze liefert Lorvik."),
    ("de", "Die Sitze liefert der Zulieferer Lorvik."),
    ("de", "Die Glaselemente des Panorama-Displays kommen von Lorvik."),
])
def test_a_part_made_by_a_supplier_goes_to_the_headline_carmaker(language, sentence):
    assert ("Lorvik", "Brixo") in _supplies(_HEADLINE[language] + sentence, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The motor is built by Lorvik, a long-standing supplier to Brixo, while the seats are made by Tessaro."),
    ("fr", "Chez Brixo, le moteur est produit par Lorvik, tandis que les puces sont fournies par Tessaro."),
    ("it", "Per la nuova Brixo il motore è prodotto da Lorvik, mentre i chip sono forniti da Tessaro."),
])
def test_the_carmaker_named_in_the_sentence_is_the_customer(language, text):
    got = _supplies(text, language)
    assert ("Lorvik", "Brixo") in got and ("Tessaro", "Brixo") in got


@pytest.mark.parametrize("language, text, customer", [
    ("de", "Die Sitze des iX3 liefert Lorvik.", "BMW"),
    ("fr", "Pour l'habitacle, la Twingo reçoit des sièges Lorvik.", "Renault"),
    ("es", "El Raval monta celdas de Lorvik.", "SEAT"),
    ("en", "The Twingo's motor is built by Lorvik.", "Renault"),
])
def test_a_car_model_stands_for_its_maker(language, text, customer):
    assert ("Lorvik", customer) in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    ("de", "Für das Thermomanagement setzt Brixo auf Komponenten von Lorvik."),
    ("es", "Brixo presenta su pequeño eléctrico. Las primeras unidades montan celdas de Lorvik."),
    ("it", "Brixo presenta la sua piccola elettrica. Dal 2027 monterà anche celle «unificate» prodotte da Lorvik."),
    ("en", "Brixo unveils its small electric car. The dashboard uses a chip from Lorvik."),
])
def test_goods_worked_into_the_car_with_their_maker(language, text):
    assert ("Lorvik", "Brixo") in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # the maker makes cars itself: no customer without one in the sentence
    ("de", "Brixo stellt seinen kleinen Stromer vor. Die Elektromotoren fertigt Vostra."),
    ("en", "Brixo unveils its small electric car. The motors come from Vostra."),
    # no part of a car: money, a plan
    ("en", "Brixo unveils its small electric car. The money comes from Lorvik."),
    # two carmakers in the headline: whose car is it?
    ("en", "Brixo and Vostra unveil small electric cars. The seats are made by Lorvik."),
    # the goods go into a part, whose maker is not named
    ("es", "Brixo presenta su pequeño eléctrico. Los inversores llevan semiconductores de Lorvik."),
])
def test_no_customer_is_guessed(language, text):
    assert ("Lorvik", "Brixo") not in _supplies(text, language)
    assert ("Vostra", "Brixo") not in _supplies(text, language)


def test_a_maker_of_unknown_kind_needs_its_customer_in_the_sentence():
    text = "Brixo unveils its small electric car. The seats are made by Lorvik."
    assert ("Lorvik", "Brixo") not in _supplies(text, "en", sectors={"Brixo": ["carmaker"]})


@pytest.mark.parametrize("language, text", [
    ("it", "Brixo presenta la sua piccola elettrica. I cablaggi arrivano da Lorvik e Tessaro."),
    ("it", "Brixo presenta la sua piccola elettrica. Nulla cambia sui cablaggi, che continueranno ad arrivare da Lorvik e Tessaro."),
    ("en", "Brixo unveils its small electric car. The wiring will continue to come from Lorvik and Tessaro."),
    ("de", "Brixo stellt seinen kleinen Stromer vor. Die Zellen kommen von Lorvik und Tessaro."),
    ("en", "Brixo unveils its small electric car. The chips are supplied by Lorvik and Tessaro."),
])
def test_every_maker_of_a_list(language, text):
    got = _supplies(text, language)
    assert ("Lorvik", "Brixo") in got and ("Tessaro", "Brixo") in got


@pytest.mark.parametrize("language, text", [
    ("en", "Brixo, which has relied on Lorvik for its cells since its first model, is looking for a second supplier."),
    ("it", "Per le celle della nuova Brixo il gruppo si affida a Lorvik."),
    ("fr", "Pour les cellules de sa citadine, Brixo s'approvisionne auprès de Lorvik."),
    ("es", "Para las celdas de su nuevo utilitario, Brixo recurre a Lorvik."),
    ("de", "Bei den Zellen setzt Brixo auf Lorvik."),
])
def test_a_carmaker_relies_on_a_maker_for_parts(language, text):
    assert ("Lorvik", "Brixo") in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # no parts of a car in the clause: money, advice
    ("en", "Brixo relies on Lorvik for its financing."),
    ("de", "Bei der Finanzierung setzt Brixo auf Lorvik."),
])
def test_relying_on_a_company_for_no_part(language, text):
    assert ("Lorvik", "Brixo") not in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    ("es", "Brixo presenta su pequeño eléctrico. Tessaro dejó de comprar celdas a Vostra y ahora se abastece de Lorvik."),
    ("fr", "Brixo dévoile sa petite citadine électrique. Sa filiale Tessaro s'appuie sur les cellules de Lorvik."),
])
def test_a_company_named_before_the_words_may_be_the_customer_they_leave_out(language, text):
    assert ("Lorvik", "Brixo") not in _supplies(text, language)


@pytest.mark.parametrize("text", [
    "The infotainment system of the Brixo runs on Lorvik's software.",
    "Brixo unveils its small electric car. The car uses Lorvik's cells.",
])
def test_english_goods_with_their_maker_in_the_possessive(text):
    assert ("Lorvik", "Brixo") in _supplies(text, "en")


@pytest.mark.parametrize("language, text, customer", [
    ("de", "Lorvik liefert die prismatischen Zellen für den iX, den i4 und den i7.", "BMW"),
    ("en", "Lorvik supplies the seats for the Twingo.", "Renault"),
    ("fr", "Lorvik fournit les sièges de la Twingo.", "Renault"),
    ("it", "Lorvik fornisce i sedili della Tonale.", "Stellantis"),
    ("es", "Lorvik suministra los asientos del Raval.", "SEAT"),
])
def test_a_supplier_of_parts_for_a_model_the_sentence_names(language, text, customer):
    assert ("Lorvik", customer) in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # two makers' models: whose?
    ("en", "Lorvik supplies the seats for the Twingo and the Golf."),
    # no model: the headline's car is not taken for a subject maker
    ("en", "Brixo unveils its small electric car. Lorvik supplies the seats."),
])
def test_a_subject_maker_needs_one_model(language, text):
    got = _supplies(text, language)
    assert not {("Lorvik", "Renault"), ("Lorvik", "Volkswagen"), ("Lorvik", "Brixo")} & got


@pytest.mark.parametrize("text", [
    "Brixo stellt seinen kleinen Stromer vor. Die Zellen werden überwiegend von Lorvik geliefert.",
    "Brixo stellt seinen kleinen Stromer vor. Die Scheinwerfer wurden bisher von Lorvik in Polen gefertigt.",
    "Brixo stellt seinen kleinen Stromer vor. Für die Kompaktmodelle kamen die Zellen bislang vor allem von Lorvik.",
])
def test_german_passives_and_adverbs_before_the_maker(text):
    assert ("Lorvik", "Brixo") in _supplies(text, "de")


def test_a_german_passive_without_its_participle_is_no_supply():
    text = "Brixo stellt seinen kleinen Stromer vor. Die Zellen werden von Lorvik kritisiert."
    assert ("Lorvik", "Brixo") not in _supplies(text, "de")


@pytest.mark.parametrize("language, text, customer", [
    ("en", "The Twingo is built with cells from Lorvik.", "Renault"),
    ("fr", "La Twingo est équipée de cellules fournies par Lorvik.", "Renault"),
    ("it", "La Tonale è equipaggiata con celle prodotte da Lorvik.", "Stellantis"),
    ("es", "El Raval está equipado con celdas de Lorvik.", "SEAT"),
    ("de", "Brixo stellt den Vela vor, ausgestattet mit Zellen von Lorvik.", "Brixo"),
])
def test_a_model_built_with_goods_from_a_maker(language, text, customer):
    assert ("Lorvik", customer) in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    ("es", "Brixo presenta su pequeño eléctrico. Desde hace meses una berlina en pruebas equipada con baterías de Lorvik recorre Europa."),
    ("en", "Brixo unveils its small electric car. The prototype uses cells from Lorvik."),
    ("de", "Brixo stellt seinen kleinen Stromer vor. Die Zellen der Prototypen kommen von Lorvik."),
])
def test_a_prototype_or_a_car_on_test_is_no_supply(language, text):
    assert ("Lorvik", "Brixo") not in _supplies(text, language)


@pytest.mark.parametrize("language, text, customer", [
    ("en", "Lorvik supplies the seats for the Twingo, Tessaro the glass.", "Renault"),
    ("de", "Lorvik liefert die Sitze für den iX3, Tessaro die Scheinwerfer.", "BMW"),
    ("it", "Lorvik fornisce i sedili della Tonale, Tessaro i cristalli.", "Stellantis"),
])
def test_a_maker_gapped_after_a_subject_maker(language, text, customer):
    got = _supplies(text, language)
    assert ("Lorvik", customer) in got and ("Tessaro", customer) in got


def test_a_word_that_starts_like_test_but_is_no_test_keeps_the_supply():
    # "testimony" is no car on test
    text = "Brixo unveils its small electric car. The seats are made by Lorvik, according to the testimony of a manager."
    assert ("Lorvik", "Brixo") in _supplies(text, "en")
