"""An offtake deal between two companies of one tier of the chain (two materials makers): the subject
that signs it is the producer, its partner the offtaker (frames/supply.py read_deal); invented
sentences in all five languages. Where the tiers differ they decide, as before."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("en", "Vulcan has signed an offtake agreement with Umicore."),
    ("de", "Vulcan hat einen Abnahmevertrag mit Umicore unterzeichnet."),
    ("fr", "Vulcan a signé un contrat d'offtake avec Umicore."),
    ("it", "Vulcan ha firmato un contratto di offtake con Umicore."),
    ("es", "Vulcan ha firmado un contrato de offtake con Umicore."),
])
def test_the_producer_signs_an_offtake_with_a_peer(language, text):
    found = rels(text, language)
    assert ("supplies", "Vulcan Energy", "Umicore") in found
    assert ("supplies", "Umicore", "Vulcan Energy") not in found


@pytest.mark.parametrize("text", [
    "Mercedes-Benz has signed an offtake agreement with Vulcan.",
    "LG Energy Solution has signed an offtake agreement with Vulcan.",
])
def test_tiers_that_differ_still_decide(text):
    found = rels(text, "en")
    assert any(t == "supplies" and s == "Vulcan Energy" for t, s, _ in found)
