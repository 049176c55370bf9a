"""A subject relative inside a list of suppliers: "entre Y, que le vende celdas, y Z" joins Y and Z
into one list around the relative, which still speaks of Y (``frames/supply.py``: ``_member_before``);
past ", y (a) Z" the next member starts, and the clitic names the customer, the clause subject."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supplies(text, companies, language):
    doc = RelationExtractor()(make_doc(text, companies, language=language))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("language,text", [
    ("es", "Volkswagen reparte sus pedidos entre Norvik, que le vende celdas, y Tessaro."),
    ("es", "Volkswagen divide sus compras entre Norvik, que le suministra módulos desde Polonia, y Tessaro."),
    ("it", "Volkswagen divide i suoi ordini tra Norvik, che gli fornisce celle, e Tessaro."),
    ("fr", "Volkswagen répartit ses commandes entre Norvik, qui lui vend des cellules, et Tessaro."),
    ("fr", "Volkswagen partage ses achats entre Norvik, qui lui livre des modules depuis la Pologne, et Tessaro."),
    ("en", "Volkswagen splits its orders between Norvik, which sells it cells, and Tessaro."),
])
def test_relative_of_the_first_member(language, text):
    got = _supplies(text, ["Volkswagen", "Norvik", "Tessaro"], language)
    assert ("Norvik", "Volkswagen") in got
    assert ("Norvik", "Tessaro") not in got and ("Volkswagen", "Norvik") not in got


@pytest.mark.parametrize("language,text", [
    ("es", "Volkswagen compra a Norvik, que le vende celdas, y a Tessaro, que le suministra módulos desde Alemania."),
    ("es", "Volkswagen reparte sus pedidos entre Norvik, que le vende celdas, y Tessaro, que le suministra módulos."),
    ("fr", "Volkswagen répartit ses commandes entre Norvik, qui lui vend des cellules, et Tessaro, qui lui fournit des modules."),
    ("en", "Volkswagen splits its orders between Norvik, which sells it cells, and Tessaro, which supplies it with modules."),
])
def test_each_relative_supplies_the_subject(language, text):
    got = _supplies(text, ["Volkswagen", "Norvik", "Tessaro"], language)
    assert got == {("Norvik", "Volkswagen"), ("Tessaro", "Volkswagen")}


@pytest.mark.parametrize("language,text", [
    ("es", "Volkswagen trabaja con Norvik, que tiene fábricas en Polonia, y Tessaro."),
    ("en", "Volkswagen works with Norvik, which has plants in Poland, and Tessaro."),
])
def test_a_relative_without_supply_builds_none(language, text):
    assert not _supplies(text, ["Volkswagen", "Norvik", "Tessaro"], language)
