"""Car models named like companies: in lists with their makers' names, as subjects, right after the
carmaker's name. Sentences written for these tests; the model names are facts."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


def companies(text, lang):
    return spans(run(text, lang), "COMPANY")


@pytest.mark.parametrize("lang, text, model", [
    ("de", "CATL liefert Zellen für die Modelle von Range Rover, Defender und Jaguar.", "Defender"),
    ("en", "Agratas will supply cells for the Range Rover, the Defender and the Jaguar.", "Defender"),
    ("it", "La Cinquecento e la Panda montano batterie di CATL e Gotion.", "Cinquecento"),
    ("es", "El Corsa y el Mokka usan baterías de CATL y Gotion.", "Corsa"),
    ("fr", "La Zoe et la Twingo utilisent des batteries de LG Energy Solution et de CATL.", "Zoe"),
])
def test_model_names_are_no_companies(lang, text, model):
    assert model not in [s for s, _ in companies(text, lang)]


@pytest.mark.parametrize("lang, text, model", [
    ("en", "Kia's EV9 and Hyundai's Ioniq 5 use cells from SK On.", "EV9"),
    ("en", "The Ford Mustang Mach-E and the Tesla Cybertruck use cells from CATL and Panasonic.", "Mustang Mach-E"),
])
def test_a_name_right_after_a_carmaker_is_its_model(lang, text, model):
    got = [s for s, _ in companies(text, lang)]
    assert model not in got
    assert "SK On" in got or "CATL" in got


def test_jaguar_and_land_rover_are_marques_of_jlr():
    got = companies("LG Energy Solution supplied the cells for the Jaguar I-Pace and the Range Rover.", "en")
    assert ("Jaguar", "Jaguar Land Rover") in got and ("Range Rover", "Jaguar Land Rover") in got


@pytest.mark.parametrize("lang, text, name", [
    # a company whose name starts like a model, with a business word after it
    ("en", "Kestrel bought Panda Energy Systems, a battery start-up.", "Panda Energy Systems"),
    ("it", "Kestrel ha acquistato Tonale Energy Solutions, una start-up delle batterie.", "Tonale Energy Solutions"),
])
def test_companies_named_like_models_are_still_read(lang, text, name):
    assert name in [s for s, _ in companies(text, lang)]


def test_a_processor_is_no_car_model():
    from tierscope.entities.car_models import model_makers

    assert model_makers("The screen runs on an Intel Core i7 processor.") == []
    assert model_makers("Die Sitze des i7 liefert Adient.") == [(14, 16, "BMW")]


@pytest.mark.parametrize("lang, text, model", [
    # models of data/car_models.tsv that the entity stage's own list did not hold
    ("de", "CATL liefert Zellen für Range Rover, Bigster und Jaguar.", "Bigster"),
    ("en", "Taigo said it would buy cells from CATL.", "Taigo"),
])
def test_the_models_of_the_table_are_no_companies(lang, text, model):
    assert model not in [s for s, _ in companies(text, lang)]
