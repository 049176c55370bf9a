"""A passive of supplying whose subject's goods were put to use by a company named after a participle
("les bornes installées par Y sont fournies par X", "los cargadores instalados por Y son suministrados por
X"): Y, who uses the goods, is the customer (frames/supply._goods_owner_before, French and Spanish as Italian)."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Tremaine Charge", "Volterra Reti", "Osgood Energy"]
_SECTORS = {"Tremaine Charge": ["supplier"], "Volterra Reti": ["mobility"], "Osgood Energy": ["energy"]}


def _supplies(text, lang):
    names = [n for n in _NAMES if n in text]
    return {(r.source, r.target) for r in rels(text, names, lang, sectors={n: _SECTORS[n] for n in names}) if r.type == "supplies"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les bornes installées par Volterra Reti sont fournies par Tremaine Charge."),
    ("fr", "Les bornes de 400 kW installées par Volterra Reti sont fournies par le fabricant belge Tremaine Charge."),
    ("es", "Los cargadores instalados por Volterra Reti son suministrados por Tremaine Charge."),
    ("es", "Los postes utilizados por Volterra Reti en sus estaciones son fabricados por Tremaine Charge."),
    ("it", "Le colonnine installate da Volterra Reti sono fornite da Tremaine Charge."),
])
def test_the_user_of_the_goods_is_the_customer(lang, text):
    assert ("Tremaine Charge", "Volterra Reti") in _supplies(text, lang)

