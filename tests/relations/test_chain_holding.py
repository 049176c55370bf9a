"""A sentence that tells a shareholding between its two companies gives the gazetteer's chain no supply to
direct: "the contract with Verkor, in whose shareholding Renault figures" ties holder and held, not seller
and buyer (relations/chain_supply.py, _HOLDING). Real companies (the chain reads the gazetteer's sectors),
invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations.chain_supply import _HOLDING

from .helpers import rels


def _supplies(text, language):
    return [(r.source, r.target) for r in rels(text, ["Verkor", "Renault"], language=language) if r.type == "supplies"]


@pytest.mark.parametrize("text, language", [
    ("Il piano del gruppo conta sul contratto siglato in primavera con Verkor, il produttore di batterie nel cui azionariato figura pure Renault.", "it"),
    ("El plan del grupo cuenta con el contrato cerrado en primavera con Verkor, el fabricante de baterías en cuyo accionariado participa Renault.", "es"),
])
def test_no_chain_supply_beside_a_shareholding(text, language):
    assert _supplies(text, language) == []


def test_the_chain_still_directs_a_contract_with_no_shareholding():
    text = "Il piano del gruppo conta sul contratto siglato in primavera con Verkor, il produttore di batterie di Grenoble, da parte di Renault."
    assert _supplies(text, "it") == [("Verkor", "Renault")]


@pytest.mark.parametrize("words", [
    "whose shareholders include", "holds a stake in", "dont il est actionnaire", "nel cui azionariato", "il primo azionista",
    "en cuyo accionariado", "su mayor accionista", "an dem er beteiligt ist", "größter Aktionär",
])
def test_the_holding_words_of_the_five_languages(words):
    assert _HOLDING.search(words) is not None
