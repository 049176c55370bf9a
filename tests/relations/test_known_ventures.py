"""A joint company the list ``data/ventures.tsv`` knows, named in a sentence beside two of its parents,
is their joint venture (``relations/known_ventures.py``). Real ventures and parents (the list is the
knowledge used), invented sentences."""

from __future__ import annotations

import pytest

from tierscope.entities.gazetteer import gazetteer, known_ventures
from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, names, language):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): (r.status, r.confidence) for r in doc.relations}


def _jv(a, b):
    return ("joint_venture", *sorted((a, b)))


def test_every_venture_and_parent_is_a_gazetteer_name():
    gz = gazetteer()
    ventures = known_ventures()
    assert len(ventures) >= 50
    for venture, sides in ventures.items():
        assert gz.canonical(venture) == venture, venture
        assert len(sides) >= 2, venture
        for side in sides:
            for name in side:
                assert gz.canonical(name) == name, (venture, name)
                assert name != venture


@pytest.mark.parametrize("language,text,names,pairs", [
    ("en", "In the United States, General Motors and LG Energy Solution were already pouring money into Ultium Cells in Ohio.",
     ("General Motors", "LG Energy Solution", "Ultium Cells"), [("General Motors", "LG Energy Solution")]),
    ("it", "Il gruppo Stellantis è socio di Automotive Cells Company insieme a Mercedes-Benz e TotalEnergies dal 2021.",
     ("Stellantis", "Automotive Cells Company", "Mercedes-Benz", "TotalEnergies"),
     [("Stellantis", "Mercedes-Benz"), ("Stellantis", "TotalEnergies"), ("Mercedes-Benz", "TotalEnergies")]),
    ("de", "Mit dem Zellhersteller Automotive Cells Company, an dem Mercedes-Benz neben Stellantis und Saft beteiligt ist, läuft die Serie an.",
     ("Automotive Cells Company", "Mercedes-Benz", "Stellantis", "Saft"),
     [("Mercedes-Benz", "Stellantis"), ("Mercedes-Benz", "Saft"), ("Stellantis", "Saft")]),
    ("fr", "Samsung SDI exploite avec Stellantis l'usine de StarPlus Energy à Kokomo, dans l'Indiana.",
     ("Samsung SDI", "Stellantis", "StarPlus Energy"), [("Samsung SDI", "Stellantis")]),
    ("es", "Daimler Truck sigue apostando por el hidrógeno a través de Cellcentric, que comparte con Volvo Group desde 2021.",
     ("Daimler Truck", "Cellcentric", "Volvo Group"), [("Daimler Truck", "Volvo Group")]),
])
def test_parents_named_beside_their_venture(language, text, names, pairs):
    got = _rels(text, names, language)
    for a, b in pairs:
        assert got.get(_jv(a, b), (None,))[0] == "active", (a, b, got)


def test_a_venture_with_one_parent_named_tells_nothing():
    got = _rels("Ultium Cells said General Motors would take all the cells from its Spring Hill plant this year.",
                ("Ultium Cells", "General Motors"), "en")
    assert not any(k[0] == "joint_venture" for k in got)


def test_parents_without_their_venture_are_left_to_the_frames():
    got = _rels("General Motors buys cells from LG Energy Solution for its Chevrolet Bolt.",
                ("General Motors", "LG Energy Solution"), "en")
    assert _jv("General Motors", "LG Energy Solution") not in got


def test_a_parent_not_on_the_list_is_no_parent():
    got = _rels("BlueOval SK, owned by Ford and SK On, will take cathode material from Umicore.",
                ("BlueOval SK", "Ford", "SK On", "Umicore"), "en")
    assert got.get(_jv("Ford", "SK On"), (None,))[0] == "active"
    assert _jv("Ford", "Umicore") not in got and _jv("SK On", "Umicore") not in got


@pytest.mark.parametrize("language,text,names,pair", [
    ("en", "Ford and SK On said Monday they had completed the breakup of BlueOval SK, splitting its plants between them.",
     ("Ford", "SK On", "BlueOval SK"), ("Ford", "SK On")),
    ("en", "Volvo Cars last year bought out Northvolt's half of Novo Energy, the Gothenburg cell venture.",
     ("Volvo Cars", "Northvolt", "Novo Energy"), ("Volvo Cars", "Northvolt")),
    ("fr", "Volvo Cars a racheté la moitié du capital détenue par Northvolt et est désormais l'unique propriétaire de Novo Energy.",
     ("Volvo Cars", "Northvolt", "Novo Energy"), ("Volvo Cars", "Northvolt")),
    ("it", "Volvo Cars, che con Northvolt aveva fondato Novo Energy, ha dovuto rilevare l'intera società dopo il fallimento del socio.",
     ("Volvo Cars", "Northvolt", "Novo Energy"), ("Volvo Cars", "Northvolt")),
])
def test_parents_that_parted_ended_their_venture(language, text, names, pair):
    assert _rels(text, names, language)[_jv(*pair)][0] == "ended"


def test_another_ending_in_the_sentence_is_not_the_ventures():
    got = _rels("Umicore tuvo un contrato con Automotive Cells Company, la empresa de Stellantis, Mercedes-Benz y TotalEnergies, "
                "pero el acuerdo expiró a finales de 2025.",
                ("Umicore", "Automotive Cells Company", "Stellantis", "Mercedes-Benz", "TotalEnergies"), "es")
    assert got[_jv("Stellantis", "Mercedes-Benz")][0] == "active"


def test_a_later_parting_has_the_last_word():
    text = ("Ford and SK On announced BlueOval SK in 2021 to build cells in Kentucky. "
            "Ford and SK On have since divorced, splitting BlueOval SK's plants between them.")
    assert _rels(text, ("Ford", "SK On", "BlueOval SK"), "en")[_jv("Ford", "SK On")][0] == "ended"


@pytest.mark.parametrize("text,expected", [
    # the unit named in the list beside the other parents takes part; its owner is its possessor
    ("Le fabricant, Automotive Cells Company, est détenu par Stellantis, Mercedes-Benz et Saft, la filiale de TotalEnergies.", "Saft"),
    ("Stellantis, Mercedes-Benz and TotalEnergies' battery unit Saft are pooling money in Automotive Cells Company.", "Saft"),
    ("Automotive Cells Company a été fondée avec TotalEnergies et Mercedes-Benz par Stellantis, TotalEnergies y étant représenté "
     "par sa filiale Saft.", "TotalEnergies"),
])
def test_a_unit_or_its_group_stands_for_one_parent(text, expected):
    lang = "en" if "pooling" in text else "fr"
    got = _rels(text, ("Automotive Cells Company", "Stellantis", "Mercedes-Benz", "Saft", "TotalEnergies"), lang)
    other = "TotalEnergies" if expected == "Saft" else "Saft"
    assert _jv("Stellantis", expected) in got
    assert _jv("Stellantis", other) not in got


def test_a_venture_that_comprises_the_whole_of_something_is_not_ended():
    # "comprises the whole" is no Spanish or Italian purchase ("compró la totalidad", "comprato l'intera")
    text = "Ford and SK On set up BlueOval SK, which comprises the whole of their battery output in Kentucky."
    assert _rels(text, ("Ford", "SK On", "BlueOval SK"), "en")[_jv("Ford", "SK On")][0] == "active"


@pytest.mark.parametrize("language,text,names,pair", [
    # a plan or a deal of another kind in the sentence is its other news: the listed venture was formed
    ("en", "Stellantis took another route, buying a stake in Leapmotor in 2023 and setting up Leapmotor International, "
     "a joint venture in which it holds 51 per cent.", ("Stellantis", "Leapmotor", "Leapmotor International"), ("Stellantis", "Leapmotor")),
    ("es", "Stellantis fabricará por encargo los coches de Leapmotor International, la sociedad que Stellantis y Leapmotor "
     "crearon en 2024.", ("Stellantis", "Leapmotor", "Leapmotor International"), ("Stellantis", "Leapmotor")),
])
def test_a_known_venture_is_no_announcement(language, text, names, pair):
    got = _rels(text, names, language)
    assert got[_jv(*pair)][0] == "active"


@pytest.mark.parametrize("language,text,names,pair", [
    # the group names whose unit takes part: the unit is the parent ("Ionway": Umicore; PowerCo|Volkswagen)
    ("de", "Ab 2027 bezieht Brennwald Kathoden von Ionway, dem Gemeinschaftsunternehmen von Umicore mit der VW-Batterietochter PowerCo.",
     {"Ionway": "Ionway", "Umicore": "Umicore", "VW": "Volkswagen", "PowerCo": "PowerCo"}, ("PowerCo", "Umicore")),
    ("es", "PowerCo, la filial del grupo Volkswagen, comprará cátodos a Ionway, la sociedad que comparte con Umicore.",
     {"Ionway": "Ionway", "Umicore": "Umicore", "Volkswagen": "Volkswagen", "PowerCo": "PowerCo"}, ("PowerCo", "Umicore")),
    # the unit not named: the side's unit stands for "the Volkswagen unit", "die Volkswagen-Tochter"
    ("en", "Umicore is ramping up Ionway, its venture with the Volkswagen unit, in Poland.",
     {"Ionway": "Ionway", "Umicore": "Umicore", "Volkswagen": "Volkswagen"}, ("PowerCo", "Umicore")),
    ("de", "Die Volkswagen-Tochter und Umicore fahren die Produktion von Ionway in Polen hoch.",
     {"Ionway": "Ionway", "Umicore": "Umicore", "Volkswagen": "Volkswagen"}, ("PowerCo", "Umicore")),
])
def test_a_group_named_for_its_unit_leaves_the_venture_to_the_unit(language, text, names, pair):
    doc = RelationExtractor()(make_doc(text, names, language=language))
    got = {(r.type, *sorted((r.source, r.target))) for r in doc.relations}
    assert ("joint_venture", *pair) in got
    assert ("joint_venture", "Umicore", "Volkswagen") not in got
