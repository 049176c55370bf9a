"""A diversified group's bare name after its unit's full name stands for the unit the page is about
(entities/short_units.py): "Samsung" after "Samsung SDI", "LG" after "LG Energy Solution". Not when the
group comes first, when the sentence names the unit too, when the group is named as such ("LG Corp"),
when two of its units are on the page, nor for a specialist group ("Bosch" beside "Bosch Rexroth").
Sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def canonicals(text: str, language: str, surface: str) -> set[str | None]:
    # the first sentence of a page is its headline, where a short name may come first: a neutral one
    text = "Battery makers report. " + text
    return {m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == surface}


@pytest.mark.parametrize(
    "language, text, short, unit",
    [
        ("en", "Samsung SDI will build a cell line in Indiana. Rivian plans to buy the cells from Samsung from 2028.",
         "Samsung", "Samsung SDI"),
        ("it", "LG Energy Solution aprirà una linea in Polonia. Le celle prodotte da LG andranno a Volvo dal 2027.",
         "LG", "LG Energy Solution"),
        ("de", "Panasonic Energy baut ein Werk in Kansas. Der Autobauer Mazda bezieht ab 2027 Zellen von Panasonic.",
         "Panasonic", "Panasonic Energy"),
        ("fr", "Samsung SDI construira une usine en Hongrie. Renault achètera les cellules à Samsung dès 2028.",
         "Samsung", "Samsung SDI"),
        ("es", "LG Energy Solution ampliará su planta de Wroclaw. Seat comprará las celdas a LG a partir de 2027.",
         "LG", "LG Energy Solution"),
    ],
)
def test_bare_group_name_after_its_unit_is_the_unit(language, text, short, unit):
    assert canonicals(text, language, short) == {unit}


def test_headline_short_name_is_the_unit_the_body_names():
    text = "Mazda lines up Panasonic cells for its US models.\nPanasonic Energy will ship the cells from Kansas."
    from entity_helpers import make_doc
    from tierscope.entities import EntityRecognizer

    doc = EntityRecognizer()(make_doc(text, "en", story_starts=(0,)))
    assert {m.canonical for m in doc.mentions if m.text == "Panasonic"} == {"Panasonic Energy"}


@pytest.mark.parametrize(
    "language, text, short, group",
    [
        # the group comes first on the page: both are spoken of
        ("en", "Samsung reported higher profits on Tuesday. Its battery unit Samsung SDI will supply Rivian.",
         "Samsung", "Samsung Group"),
        # the sentence names the unit and the group: two companies
        ("it", "LG Energy Solution, controllata del gruppo LG, fornirà le celle a Volvo.", "LG", "LG"),
        ("de", "Panasonic Energy erweitert sein Werk in Kansas. Panasonic Energy gehört zum Elektronikkonzern Panasonic.",
         "Panasonic", "Panasonic"),
        # two units of the group on the page: the bare name is no one of them
        ("fr", "Samsung SDI livrera Renault et Samsung Electronics fournira les puces. Samsung a confirmé l'accord.",
         "Samsung", "Samsung Group"),
        # a specialist group beside its unit stays itself
        ("es", "Bosch Rexroth suministrará los sistemas hidráulicos. Bosch venderá además sensores a Seat.",
         "Bosch", "Bosch"),
    ],
)
def test_group_stays_itself(language, text, short, group):
    assert canonicals(text, language, short) == {group}


def test_group_named_as_such_stays():
    text = "LG Energy Solution will supply Volvo. LG Corp holds a third of LG Chem, its parent."
    assert canonicals(text, "en", "LG Corp") == {"LG"}
