"""A unit named right after a subsidiary noun, whose parent the gazetteer does not know: the one company
named before whose whole name the unit's name opens with ("Die Anlage errichtet die deutsche Tochter
Norvessa Energy Deutschland" after "Norvessa Energy"), owns it (unit_nouns._namesake); made-up companies
and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def rels(text, names, language):
    doc = RelationExtractor()(make_doc(text, {n: n for n in names}, language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text, unit", [
    ("de", "Norvessa Energy baut ein Werk in Brandenburg. Die Anlage errichtet die deutsche Tochter Norvessa Energy "
           "Deutschland.", "Norvessa Energy Deutschland"),
    ("en", "Norvessa Energy is building a plant in Ohio. The site is run by its local subsidiary Norvessa Energy US.",
     "Norvessa Energy US"),
    ("fr", "Norvessa Energy construit une usine près de Metz. Le site sera exploité par la filiale Norvessa Energy France.",
     "Norvessa Energy France"),
    ("it", "Norvessa Energy costruisce una fabbrica a Termoli. Il sito sarà gestito dalla controllata Norvessa Energy Italia.",
     "Norvessa Energy Italia"),
    ("es", "Norvessa Energy construye una planta en Álava. La planta la gestionará la filial Norvessa Energy Iberia.",
     "Norvessa Energy Iberia"),
])
def test_unit_of_its_namesake(language, text, unit):
    assert ("owns", "Norvessa Energy", unit) in rels(text, ["Norvessa Energy", unit], language)


def test_a_name_sharing_only_its_first_word_is_no_parent():
    text = ("Norvessa Energy baut ein Werk in Brandenburg. Die Anlage errichtet die deutsche Tochter Norvessa Power "
            "Deutschland.")
    got = rels(text, ["Norvessa Energy", "Norvessa Power Deutschland"], "de")
    assert not any(t == "owns" for t, _s, _d in got)


def test_two_namesakes_name_no_parent():
    text = ("Norvessa baut ein Werk. Norvessa Energy liefert Zellen. Die Anlage errichtet die Tochter Norvessa Energy "
            "Deutschland.")
    got = rels(text, ["Norvessa", "Norvessa Energy", "Norvessa Energy Deutschland"], "de")
    assert ("owns", "Norvessa", "Norvessa Energy Deutschland") not in got


@pytest.mark.parametrize("language, text", [
    ("es", "Norvessa Group compra una fábrica en Soria. Norvessa invertirá 40 millones. La producción irá a la planta "
           "de su filial Norvessa Galfor en Ourense.", ),
    ("en", "Norvessa Group is buying a plant in Ohio. Norvessa will invest $40 million. Output moves to the plant of its "
           "subsidiary Norvessa Galfor in Texas.", ),
])
def test_unit_named_after_the_short_form_the_page_gives_its_parent(language, text):
    # "Norvessa" is the page's short form of "Norvessa Group": the unit's name opens with it
    doc = RelationExtractor()(make_doc(text, {"Norvessa Group": "Norvessa Group", "Norvessa": "Norvessa Group",
                                              "Norvessa Galfor": "Norvessa Galfor"}, language=language))
    assert ("owns", "Norvessa Group", "Norvessa Galfor") in {(r.type, r.source, r.target) for r in doc.relations}
