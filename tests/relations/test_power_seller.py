"""Electricity goes from the energy company to its customer, whichever name the sentence puts first
(relations/power_seller.py)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.power_seller import power_seller

from .helpers import make_doc


def _supplies(text, companies, language):
    doc = make_doc(text, companies, language=language)
    return {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}


@pytest.mark.parametrize("text, language, utility", [
    ("Korvan firmó con Iberdrola un contrato para abastecer de electricidad renovable su fábrica de Cáceres.", "es", "Iberdrola"),
    ("Korvan signed a deal with Vattenfall to supply its cell plant with renewable electricity.", "en", "Vattenfall"),
    ("Korvan ha firmato con Enel un accordo per rifornire di energia rinnovabile lo stabilimento di Bari.", "it", "Enel"),
])
def test_the_utility_sells_the_power(text, language, utility):
    found = _supplies(text, ["Korvan", utility], language)
    assert (utility, "Korvan") in found
    assert ("Korvan", utility) not in found


def test_goods_other_than_power_keep_their_direction():
    assert power_seller("Korvan", "Iberdrola", "charging stations") == ("Korvan", "Iberdrola")
    assert power_seller("Korvan", "Iberdrola", "batteries") == ("Korvan", "Iberdrola")


def test_two_energy_companies_or_unknown_buyer_left_alone():
    # both energy companies: the sentence's reading stands
    assert power_seller("Enel", "Iberdrola", "electricity") == ("Enel", "Iberdrola")
    # the target is not known as an energy company: nothing to go by
    assert power_seller("Iberdrola", "Korvan", "electricity") == ("Iberdrola", "Korvan")
    assert power_seller("Maltrix", "Korvan", "electricity") == ("Maltrix", "Korvan")
