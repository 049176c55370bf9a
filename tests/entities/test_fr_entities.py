"""French cues of the entity stage, on sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


def _companies(text):
    return [surface for surface, _ in spans(run(text, "fr"), "COMPANY")]


@pytest.mark.parametrize("text,name", [
    ("Parmi les actionnaires figure la holding Quorvane, qui gère la fortune de la famille.", "Quorvane"),
    ("Le tour de table est mené par Brixo, aux côtés de Telvaro Capital et de Almara.", "Telvaro Capital"),
    ("Le fonds allemand Brixo va reprendre Quorvane, placée en redressement judiciaire.", "Quorvane"),
])
def test_french_cues_before_a_name(text, name):
    assert name in _companies(text)


@pytest.mark.parametrize("text,description", [
    ("Brixo construit une aciérie. Ses actionnaires sont la société d'investissement Almara et le fonds Vostra.",
     "la société"),
    ("Brixo a levé 80 millions. Le fonds de pension néerlandais Almara mène le tour de table.", "Le fonds"),
])
def test_description_with_its_field_before_a_name_is_no_reference_back(text, description):
    found = spans(run(text, "fr"), "COMPANY")
    assert not any(surface.startswith(description) for surface, _ in found)


def test_description_with_a_town_still_refers_back():
    text = "Le groupe Almara a été racheté en mars. La société de Nuremberg emploie 9 000 personnes."
    assert ("La société de Nuremberg", "Almara") in spans(run(text, "fr"), "COMPANY")
