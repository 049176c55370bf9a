"""Who may be a party to a tie of ownership (relations/owner_parties.py): not a marque, a family, a
person, nor a plant named after its owner. Sentences written for these tests, made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero", "Corvalis", "Norvik", "Selvio", "Tarvo", "Rafael Ostrava"]


def _own(text, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language))
            if t in ("owns", "acquires", "invests_in")}


@pytest.mark.parametrize("text,language", [
    ("El principal accionista de Maltrix es el empresario Rafael Ostrava, que controla el 19% del capital.", "es"),
    ("Le premier actionnaire de Maltrix est le milliardaire Rafael Ostrava, qui détient 19 % du capital.", "fr"),
    ("Il primo azionista di Maltrix è l'imprenditore Rafael Ostrava, che detiene il 19% del capitale.", "it"),
    ("Größter Aktionär von Maltrix ist der Unternehmer Rafael Ostrava, der 19 Prozent hält.", "de"),
    ("Maltrix's largest shareholder is the billionaire Rafael Ostrava, who holds 19% of the shares.", "en"),
])
def test_a_person_holds_no_stake_in_the_company_graph(text, language):
    assert not {x for x in _own(text, language) if "Rafael Ostrava" in x}


@pytest.mark.parametrize("text,language", [
    ("Corvalis, die Beteiligungsgesellschaft der Familie Norvik, hält rund 4 Prozent an Maltrix.", "de"),
    ("Corvalis, el vehículo inversor de la familia Norvik, posee en torno al 4% de Maltrix.", "es"),
])
def test_a_family_is_no_party_but_its_vehicle_is(text, language):
    got = _own(text, language)
    assert ("invests_in", "Corvalis", "Maltrix") in got
    assert not {x for x in got if "Norvik" in x}


@pytest.mark.parametrize("text,language", [
    ("Die Holding der Familien Norvik und Selvio ist mit 12 Prozent direkt an Maltrix beteiligt.", "de"),
    ("The holding of the families Norvik and Selvio holds 12% of Maltrix.", "en"),
    ("La holding des familles Norvik et Selvio détient 12 % de Maltrix.", "fr"),
])
def test_the_second_of_two_families_is_no_party(text, language):
    assert not {x for x in _own(text, language) if "Selvio" in x}


@pytest.mark.parametrize("text,language", [
    ("Tarvo, the brand of Korvan, doubled its sales in Spain.", "en"),
    ("Tarvo, la marca de Korvan, duplicó sus ventas en España.", "es"),
    ("Tarvo, la marque du groupe Korvan, a doublé ses ventes en Espagne.", "fr"),
    ("Tarvo, il marchio di Korvan, ha raddoppiato le vendite in Spagna.", "it"),
    ("Korvan, Eigentümer der Marke Tarvo, sucht einen Standort in Spanien.", "de"),
])
def test_a_brand_is_owned_by_no_one(text, language):
    assert ("owns", "Korvan", "Tarvo") not in _own(text, language)


def test_a_company_called_a_brand_with_no_owner_given_keeps_its_stake():
    text = "Ostero suministrará motores a Tarvo, la marca malaya en la que Korvan posee el 49,9%."
    assert ("invests_in", "Korvan", "Tarvo") in _own(text, "es")


@pytest.mark.parametrize("text,language", [
    ("Korvan sold its stake in Maltrix's Lansing plant to Ostero last year.", "en"),
    ("Korvan a cédé à Ostero sa participation dans l'usine Maltrix de Dieppe.", "fr"),
    ("Korvan vendió a Ostero su participación en la planta Maltrix de Vigo.", "es"),
    ("Korvan ha ceduto a Ostero la sua quota nello stabilimento Maltrix di Melfi.", "it"),
    ("Korvan hat seinen Anteil am Werk Maltrix in Zwickau an Ostero verkauft.", "de"),
])
def test_a_plant_named_after_its_owner_is_no_company_owned(text, language):
    assert not {x for x in _own(text, language) if x[2] == "Maltrix"}


@pytest.mark.parametrize("text,language", [
    ("Ostero took a 14% stake in Peugeot in 2014.", "en"),
    ("Ostero a pris 14 % du capital de Peugeot en 2014.", "fr"),
    ("Ostero stieg 2014 mit 14 Prozent bei Peugeot ein.", "de"),
    ("Ostero è entrato nel capitale di Peugeot con il 14% nel 2014.", "it"),
])
def test_a_stake_in_a_marque_is_a_stake_in_its_group(text, language):
    got = {(t, s, d) for t, s, d, _st, _p in triples(rels(text, ["Ostero", "Peugeot"], language=language))}
    assert ("invests_in", "Ostero", "Stellantis") in got and ("invests_in", "Ostero", "Peugeot") not in got
