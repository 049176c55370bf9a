"""Italian cues of the entity stage, on sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


def _companies(text: str) -> list[tuple[str, str | None]]:
    return spans(run(text, "it"), "COMPANY")


# --- "Nel 2024", "Nel frattempo": the preposition, however near a company ---------------------------------

@pytest.mark.parametrize("text", [
    # (a known company right after it used to vouch for the ambiguous alias "Nel")
    "Nel 2024 Stellantis ha realizzato ricavi per 300 milioni di euro.",
    "Nel frattempo Stellantis ha aperto un secondo impianto a Brescia.",
])
def test_sentence_opening_preposition_is_no_company(text):
    assert "Nel" not in [surface for surface, _ in _companies(text)]


# --- "la holding della famiglia Ferrandi": a family, not a company ------------------------------------------

def test_surname_after_family_is_no_company():
    text = "La holding della famiglia Ferrandi, che detiene il 30% di Brixo S.p.A., ha aderito all'offerta."
    assert "Ferrandi" not in [surface for surface, _ in _companies(text)]


def test_the_same_surname_acting_alone_is_still_a_company():
    assert ("Ferrandi", "Ferrandi") in _companies("Ferrandi, che detiene il 30% di Brixo, ha aderito all'offerta.")


# --- "il gruppo di Hong Kong Velqua": a description in apposition to the name after its place -------------

def test_description_before_place_and_name_is_that_name():
    text = "Brixo produce presse per Stellantis. Dal 2008 Brixo è controllata dal gruppo di Hong Kong Velqua Holdings Ltd, che ha sede a Kowloon."
    got = _companies(text)
    assert ("Velqua Holdings Ltd", "Velqua Holdings") in got
    assert [c for s, c in got if s.startswith("dal gruppo")] == []


def test_description_of_a_place_alone_still_refers_back():
    text = "Brixo ha chiuso il bilancio in utile. Il gruppo di Torino ha poi incontrato i sindacati."
    assert ("Il gruppo di Torino", "Brixo") in _companies(text)


# --- "X, che rifornisce Y": the subject of a relative with a supply verb ------------------------------------

def test_subject_of_a_supply_relative_is_a_company():
    text = "Le leghe di alluminio arrivano da Velqua, che rifornisce Brixo S.p.A. da oltre dieci anni."
    assert ("Velqua", "Velqua") in _companies(text)


def test_town_in_apposition_is_no_company():
    text = "Le leghe arrivano da Velqua, di Casto, che rifornisce Brixo S.p.A. da oltre dieci anni."
    assert "Casto" not in [surface for surface, _ in _companies(text)]


@pytest.mark.parametrize("lang, text, name", [
    # a reflexive pronoun between the name and its business verb
    ("it", "Acciaierie Lombarde si rifornirà di energia rinnovabile da A2A.", "Acciaierie Lombarde"),
    ("it", "Fonderie Brenta si affida a Bosch per i motori.", "Fonderie Brenta"),
    ("it", "Fonderie Brenta si approvvigiona di alluminio in Norvegia.", "Fonderie Brenta"),
])
def test_name_before_a_reflexive_business_verb(lang, text, name):
    assert name in [surface for surface, _ in spans(run(text, lang), "COMPANY")]


@pytest.mark.parametrize("lang, text, name", [
    # an apposition of lower-case words between the name and its verb
    ("it", "La Meccanica Brenta, settanta dipendenti e una lunga storia nei motori, ha firmato con Ferrari un contratto.", "Meccanica Brenta"),
    ("it", "Fonderie Brenta, fondata nel 1950, fornisce i carter a Ferrari.", "Fonderie Brenta"),
    ("en", "Kestrel Mobility, a small maker of vans, signed a deal with Ford.", "Kestrel Mobility"),
])
def test_name_before_an_apposition_and_its_verb(lang, text, name):
    assert name in [surface for surface, _ in spans(run(text, lang), "COMPANY")]


def test_no_name_before_an_apposition_is_invented():
    assert spans(run("In Germania, secondo gli analisti, ha firmato un accordo.", "it"), "COMPANY") == []


# --- a works named after its place, opening the sentence ---------------------------------------------------

@pytest.mark.parametrize("lang, text, name", [
    ("it", "Acciaierie del Tirreno ha firmato un contratto per la fornitura di acciaio a Stellantis.", "Acciaierie del Tirreno"),
    ("it", "Cantieri del Mediterraneo ha ottenuto una commessa da Fincantieri.", "Cantieri del Mediterraneo"),
    ("fr", "Fonderies du Morvan livrera des carters à Renault.", "Fonderies du Morvan"),
])
def test_works_named_after_a_place_at_sentence_start(lang, text, name):
    assert name in [surface for surface, _ in spans(run(text, lang), "COMPANY")]


@pytest.mark.parametrize("lang, text", [
    ("it", "Fonderie di tutta Europa chiudono, anche quelle che lavorano per Stellantis."),
    ("it", "Officine di quartiere e piccoli laboratori restano fuori dal piano."),
])
def test_generic_works_at_sentence_start_are_no_company(lang, text):
    got = [surface for surface, _ in spans(run(text, lang), "COMPANY")]
    assert not any(s.startswith(("Fonderie", "Officine")) for s in got)


def test_an_ambiguous_name_in_a_sale_has_its_context():
    # "Leonardo" needs context (a painter's name too): selling a division to it is enough
    text = "Prima dell'operazione Iveco aveva già ceduto a Leonardo la sua divisione della difesa."
    assert ("Leonardo", "Leonardo") in spans(run(text, "it"), "COMPANY")
