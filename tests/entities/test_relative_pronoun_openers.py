"""A Spanish relative pronoun opening a sentence ("Quien suministra ... es Y", "Quienes ...") is no
company name, though a verb of business follows it (``entities/cues.py`` ``SENTENCE_STARTERS``)."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("text", [
    "Quien suministra las baterías a Norvexa Motors es Kestrel Energía S.A., según la empresa.",
    "Quienes fabrican los motores para Norvexa Motors son dos proveedores vascos.",
    "Quien produce las celdas del nuevo autobús es la alemana Kestrel GmbH.",
])
def test_a_relative_pronoun_is_no_company(text):
    assert all(not t.startswith("Quien") for t, _ in spans(run(text, "es"), "COMPANY"))
