"""Round 5: a power purchase agreement (PPA) is a supply of electricity by the energy company,
whichever side is the subject; with no energy company, or two, nothing is read. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Voltara", "Brixo", "Kestrel"]
_SECTORS = {"Voltara": ["energy"], "Brixo": ["carmaker"], "Kestrel": ["battery_cells"]}


def _pairs(sentence, language, sectors=_SECTORS):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language, sectors=sectors))}


@pytest.mark.parametrize("sentence,language", [
    ("Voltara signed a ten-year power purchase agreement with Brixo.", "en"),
    ("Brixo signed a power purchase agreement with Voltara for its plant in Spain.", "en"),
    ("Electricity will come from Voltara, which in January agreed a ten-year power purchase agreement with Brixo.", "en"),
    ("Brixo has signed a 15-year PPA with Voltara.", "en"),
    ("Voltara a signé un contrat d'achat d'électricité avec Brixo.", "fr"),
    ("Brixo a conclu un PPA de dix ans avec Voltara.", "fr"),
])
def test_the_energy_company_sells_the_power(sentence, language):
    got = _pairs(sentence, language)
    assert ("supplies", "Voltara", "Brixo") in got
    assert ("supplies", "Brixo", "Voltara") not in got


@pytest.mark.parametrize("sentence,language", [
    ("Kestrel signed a power purchase agreement with Brixo.", "en"),
    ("Kestrel a signé un contrat d'achat d'électricité avec Brixo.", "fr"),
])
def test_no_energy_company_keeps_the_plain_purchase_reading(sentence, language):
    # (no sectors known: the PPA rule reads nothing; the subject of a purchase agreement buys)
    assert ("supplies", "Kestrel", "Brixo") not in _pairs(sentence, language, sectors={})


@pytest.mark.parametrize("sentence,language", [
    ("Brixo y Voltara firmaron un contrato de compraventa de energía (PPA) a diez años.", "es"),
    ("Voltara ha firmado un acuerdo de compra de energía con Brixo.", "es"),
    ("Brixo ha firmado un PPA con Voltara para su fábrica de Sagunto.", "es"),
    ("Voltara and Brixo signed a ten-year PPA.", "en"),
])
def test_spanish_ppa_and_a_pair_as_subject(sentence, language):
    got = _pairs(sentence, language)
    assert ("supplies", "Voltara", "Brixo") in got
    assert ("supplies", "Brixo", "Voltara") not in got


@pytest.mark.parametrize("sentence,language", [
    ("Brixo and Kestrel signed a ten-year PPA.", "en"),
    ("Brixo y Kestrel firmaron un contrato de compraventa de energía.", "es"),
])
def test_pair_without_an_energy_company_is_no_ppa(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _pairs(sentence, language))
