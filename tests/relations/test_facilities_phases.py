"""An expansion told with the capacity it adds ("a second phase would add 30 GWh", "une seconde
tranche de 14 GWh", "eine zweite Ausbaustufe mit weiteren 12.000 Tonnen", "una ampliación que
añadirá otras 15.000 toneladas", "la seconda fase aggiungerà altri 10 GWh") is a plant of its own at
the plant's place, its capacity the amount added; the plant keeps its own capacity, and never takes
the added amount as its own."""

from __future__ import annotations

import pytest

from tierscope.relations.facility_phases import added_amounts

from .helpers import facs, make_doc

_GWH = {"16 GWh": (16, "GWh"), "30 GWh": (30, "GWh"), "14 GWh": (14, "GWh"), "10 GWh": (10, "GWh"),
        "8 GWh": (8, "GWh"), "12 GWh": (12, "GWh"), "9 GWh": (9, "GWh"), "2 GWh": (2, "GWh"), "40 GWh": (40, "GWh")}

_STORIES = {
    "en": ("Brelix opened a cell plant in Ashby in March with a capacity of 16 GWh. "
           "Phase two would add 30 GWh on a plot beside the current hall.", 16, 30),
    "fr": ("Brelix a inauguré son usine de cellules à Ashby, d'une capacité de 16 GWh. "
           "Une seconde tranche de 14 GWh, qui amènerait la capacité totale à 30 GWh, est encore à l'étude.", 16, 14),
    "de": ("Brelix betreibt in Ashby eine Zellfabrik mit einer Kapazität von 16 GWh. "
           "Eine zweite Ausbaustufe mit weiteren 8 GWh sei angedacht, sagte ein Sprecher.", 16, 8),
    "es": ("Brelix produce celdas en su planta de Ashby, con una capacidad de 16 GWh. "
           "La junta dio luz verde en marzo a una ampliación que añadirá otros 12 GWh de capacidad.", 16, 12),
    "it": ("Brelix produce celle nello stabilimento di Ashby, che ha una capacità di 16 GWh. "
           "La seconda fase aggiungerà altri 10 GWh entro il 2028.", 16, 10),
}


def _plants(fs):
    return sorted(((f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs), key=lambda p: (p[0], p[1], p[2] or 0))


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_an_expansion_is_a_plant_of_its_own_with_the_amount_it_adds(lang):
    text, own, added = _STORIES[lang]
    fs = facs(text, ["Brelix"], lang, places=["Ashby"], capacity=_GWH)
    assert _plants(fs) == sorted([("Brelix", "Ashby", own), ("Brelix", "Ashby", added)])


def test_the_plant_does_not_take_the_added_amount_as_its_own():
    text = ("Brelix betreibt seit 2023 ein Werk für Kathodenmaterial in Ashby. "
            "Eine zweite Ausbaustufe mit weiteren 12.000 Tonnen ist in Planung.")
    fs = facs(text, ["Brelix"], "de", places=["Ashby"])
    assert _plants(fs) == [("Brelix", "Ashby", None), ("Brelix", "Ashby", 12000.0)]


def test_an_expansion_named_with_its_plant_in_one_sentence():
    text = ("Brelix a démarré les travaux de la deuxième tranche de son usine de Ashby, qui doit ajouter "
            "12 GWh par an aux 9 GWh déjà en service.")
    fs = facs(text, ["Brelix"], "fr", places=["Ashby"], capacity=_GWH)
    assert _plants(fs) == [("Brelix", "Ashby", 9), ("Brelix", "Ashby", 12)]


def test_a_capacity_with_no_word_of_expansion_is_the_plant_s():
    text = "Brelix is building a cell plant in Ashby. The plant will have a capacity of 30 GWh."
    fs = facs(text, ["Brelix"], "en", places=["Ashby"], capacity=_GWH)
    assert _plants(fs) == [("Brelix", "Ashby", 30)]


def _added(text, lang, capacity=None):
    doc = make_doc(text, [], language=lang, capacity=capacity or {})
    return [cap["value"] for _, cap in added_amounts(doc.text, 0, doc.mentions, lang)]


def test_the_total_after_an_expansion_is_not_the_amount_added():
    assert _added("The expansion will bring the total to 40 GWh.", "en", _GWH) == []
    assert _added("L'extension portera la capacité totale du site à 30 GWh.", "fr", _GWH) == []


def test_spanish_tells_the_amount_added_before_mas():
    assert _added("Para mediados de 2027 contaremos con 2 GWh más de capacidad.", "es", _GWH) == [2]


def test_an_amount_in_tonnes_inside_the_phase_words():
    text = "The council approved a second 25,000-tonne phase at the site."
    assert _added(text, "en") == [25000.0]


def test_no_expansion_cue_no_amount_added():
    assert _added("The plant has a capacity of 30 GWh and employs 900 people.", "en", _GWH) == []
    assert _added("Das Werk soll jährlich 16.000 Tonnen Lithiumhydroxid herstellen.", "de") == []


def test_the_expansion_of_the_story_s_company_not_of_a_supplier_plant_told_last():
    text = ("Kornex opened its cell plant in Ashby in March. Kornex employs 900 people there. "
            "Kornex buys its cathode from Vexa, which runs a plant in Dorrow. "
            "A second phase would add 30 GWh.")
    fs = facs(text, ["Kornex", "Vexa"], "en", places=["Ashby", "Dorrow"], capacity=_GWH)
    assert ("Kornex", "Ashby", 30) in _plants(fs)
    assert ("Vexa", "Dorrow", 30) not in _plants(fs)


def test_a_new_plant_adding_capacity_keeps_it_as_its_own():
    text = ("Vexa runs a cell plant in Dorrow with a capacity of 16 GWh. "
            "Vexa opened its second factory in Ashby in the spring, adding 12 GWh of capacity.")
    fs = facs(text, ["Vexa"], "en", places=["Ashby", "Dorrow"], capacity=_GWH)
    assert _plants(fs) == [("Vexa", "Ashby", 12), ("Vexa", "Dorrow", 16)]


def test_the_amount_of_a_machine_an_expansion_adds_is_not_added_capacity():
    assert _added("La planta añadirá una prensa de 8.000 toneladas el próximo año.", "es") == []


def test_the_size_of_a_machine_is_not_added_capacity():
    assert _added("Vexa will add a 6,000-tonne press at its plant next year.", "en") == []


def test_an_article_before_the_phase_s_amount():
    assert _added("Le second, d'une capacité de 16 GWh, sera installé l'an prochain.", "fr", _GWH) == [16]
