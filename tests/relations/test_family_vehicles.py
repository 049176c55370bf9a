"""A family that controls a company through its holding: the holding owns the company
(``family_vehicles.py``)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro"], language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "The founding family controls Norvik through Corvalis, its holding company."),
    ("en", "Norvik, which is controlled by the Ortiz family through Corvalis, makes cells."),
    ("fr", "La famille contrôle Norvik via sa holding Corvalis."),
    ("fr", "Norvik, qui est contrôlée par la famille Martin via sa holding Corvalis, fabrique des freins."),
    ("it", "La famiglia controlla Norvik tramite Corvalis."),
    ("it", "Norvik, che è controllata dalla famiglia Rossi attraverso la finanziaria Corvalis, produce freni."),
    ("es", "La familia controla Norvik a través de la sociedad Corvalis."),
    ("es", "El grupo Norvik, que está controlado por la familia Ortiz a través de la sociedad Corvalis, cotiza en Bolsa."),
    ("de", "Die Familie kontrolliert Norvik über ihre Holding Corvalis."),
    ("de", "Norvik wird von der Familie Maier über die Holding Corvalis kontrolliert."),
])
def test_the_family_vehicle_owns_the_company(language, text):
    got = _rels(text, language)
    assert ("owns", "Corvalis", "Norvik", "active") in got, got
    assert not any(s == "Norvik" and g == "Corvalis" for _t, s, g, _st in got), got  # not the other way round


@pytest.mark.parametrize("language,text", [
    ("en", "The family sold Norvik through Corvalis, its broker."),
    ("en", "Norvik controls Tessaro through Corvalis."),  # no family: read by the frames, not here
    ("de", "Die Familie verkaufte Norvik über die Bank Corvalis."),
])
def test_no_vehicle_without_a_family_in_control(language, text):
    got = _rels(text, language)
    assert ("owns", "Corvalis", "Norvik", "active") not in got, got
