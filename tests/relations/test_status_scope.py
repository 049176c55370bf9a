"""Statuses of real news, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def statuses(sentence, companies, lang):
    return sorted({(r.type, r.status) for r in rels(sentence, companies, language=lang)})


@pytest.mark.parametrize("lang, sentence, companies, status", [
    # a joint venture spoken of as existing is active ...
    ("en", "Hyundai Mobis, which runs a joint venture with Toyota Tsusho in Texas, reported results.", ["Hyundai Mobis", "Toyota Tsusho"], "active"),
    ("it", "Ewiva, la joint venture tra Enel X Way e Volkswagen nata nel 2022, ha 1.000 punti di ricarica.", ["Enel X Way", "Volkswagen"], "active"),
    ("fr", "Cellforce, la coentreprise de Porsche et Customcells, produit à Tübingen.", ["Porsche", "Customcells"], "active"),
    # ... one being founded, agreed or planned is announced
    ("en", "Honda and Asahi Kasei form a joint venture to make separators.", ["Honda", "Asahi Kasei"], "announced"),
    ("de", "Daimler Truck und Volvo gründen ein Gemeinschaftsunternehmen für Software.", ["Daimler Truck", "Volvo"], "announced"),
    ("es", "Acciona y Nordex crean una empresa conjunta para fabricar palas.", ["Acciona", "Nordex"], "announced"),
    ("it", "Pirelli e Bosch daranno vita a una joint venture entro l'anno.", ["Pirelli", "Bosch"], "announced"),
])
def test_joint_venture_existing_or_being_founded(lang, sentence, companies, status):
    assert statuses(sentence, companies, lang) == [("joint_venture", status)]


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a cue of ending or denial far from the deal speaks of something else
    ("en", "Sumitomo has signed a multi-year agreement to supply nickel to Panasonic, giving the Japanese group "
           "a welcome customer in the United States after a year of write-downs, layoffs and several cancelled projects.",
     ["Sumitomo", "Panasonic"], [("supplies", "announced")]),
    ("fr", "Saft s'approvisionnait en cellules auprès de Leclanché ; le contrat a pris fin au printemps.",
     ["Saft", "Leclanché"], [("supplies", "ended")]),
])
def test_ending_and_denial_cues_reach_only_the_deal_near_them(lang, sentence, companies, expected):
    assert statuses(sentence, companies, lang) == expected


def test_a_denial_of_another_deal_in_the_next_sentence_leaves_this_one():
    text = ("Valeo supplies lidar sensors to Renault. Renault denied any talks with BYD.")
    got = sorted((r.type, r.source, r.target, r.status) for r in rels(text, ["Valeo", "Renault", "BYD"], language="en"))
    assert ("supplies", "Valeo", "Renault", "active") in got


def test_a_denial_in_the_next_sentence_leaves_a_groups_structure():
    text = ("A report said BYD's unit FinDreams would supply cells to Volvo. Volvo denied the report.")
    got = {(r.type, r.source, r.target, r.status) for r in rels(text, ["BYD", "FinDreams", "Volvo"], language="en")}
    assert ("owns", "BYD", "FinDreams", "active") in got


@pytest.mark.parametrize("sentence, expected", [
    ("Mahle liefert künftig Kompressoren an Audi.", [("supplies", "announced")]),
    ("Mahle liefert ab 2027 Kompressoren an Audi.", [("supplies", "announced")]),
    ("Mahle liefert seit 2020 Kompressoren an Audi.", [("supplies", "active")]),
])
def test_german_time_adverbs_right_after_the_verb(sentence, expected):
    assert statuses(sentence, ["Mahle", "Audi"], "de") == expected


def test_german_customer_before_the_final_verb_of_making():
    got = [(r.type, r.source, r.target) for r in rels("Ab 2026 wird Mahle die Kompressoren für Audi fertigen.", ["Mahle", "Audi"], language="de")]
    assert got == [("supplies", "Mahle", "Audi")]
    assert rels("Audi wird in Ingolstadt Autos für den Export bauen.", ["Audi"], language="de") == []
