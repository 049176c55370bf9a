"""The subject after the verb of an object relative supplies ("que lui livre X", "che gli consegna X",
"que le entrega X"): inverted_subjects.py; invented sentences in French, Italian and Spanish (German and
English put no subject there). A subject relative ("che fornisce X", "qui livre X") keeps its reading."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("fr", "Valeo assemble les modules que lui livre Bosch depuis Stuttgart."),
    ("es", "Valeo ensambla los módulos que le suministra Bosch desde Stuttgart."),
    ("it", "Valeo assembla i moduli che gli fornisce Bosch da Stoccarda."),
    ("fr", "Valeo assemble les modules que livre Bosch depuis Stuttgart."),
])
def test_the_name_after_the_verb_of_an_object_relative_supplies(language, text):
    found = rels(text, language)
    assert ("supplies", "Bosch", "Valeo") in found
    assert ("supplies", "Valeo", "Bosch") not in found


@pytest.mark.parametrize("language, text", [
    ("it", "Bosch, che fornisce Valeo da anni, ha un impianto a Stoccarda."),
    ("fr", "Bosch, qui livre Valeo depuis 2020, agrandit son usine."),
])
def test_other_relatives_keep_their_reading(language, text):
    assert ("supplies", "Bosch", "Valeo") in rels(text, language)
