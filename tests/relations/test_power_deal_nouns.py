"""Round 16 (enR): a "power deal", "electricity contract" (a headline's short name of a power purchase
agreement) is one: the energy company sells, whichever side the sentence puts first, and the pair are
no mere partners. Made-up companies, all five languages."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Voltane"]
_SECTORS = {"Voltane": ["energy"], "Korvan": ["automotive"]}


def _pairs(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language, sectors=_SECTORS))}


@pytest.mark.parametrize("language, sentence", [
    ("en", "Korvan signs twelve-year power deal with Voltane"),
    ("en", "Voltane has agreed an electricity contract with Korvan for its new paint shop."),
    ("fr", "Korvan a conclu un contrat d'électricité avec Voltane pour son site de Lens."),
    ("it", "Korvan ha firmato un contratto di elettricità con Voltane per il sito di Cassino."),
    ("es", "Korvan ha cerrado un contrato eléctrico con Voltane para su fábrica de Vigo."),
    ("de", "Korvan hat einen Stromvertrag mit Voltane für sein Werk in Kassel unterzeichnet."),
])
def test_power_deal_is_a_supply_by_the_energy_company(language, sentence):
    pairs = _pairs(sentence, language)
    assert ("supplies", "Voltane", "Korvan") in pairs
    assert not {p for p in pairs if p[0] == "partners_with"}


def test_a_power_sharing_deal_is_no_power_contract():
    pairs = _pairs("Korvan and Voltane reached a power sharing deal on the board.", "en")
    assert ("supplies", "Voltane", "Korvan") not in pairs
