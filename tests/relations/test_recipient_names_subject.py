"""A "für"/"per"/"for" phrase after a supply verb that names the supplier itself ("X beliefert Y, das Geschäft wäre
für den Mittelständler ein Erfolg") is no customer: the object after the verb is (frames/supply.py,
``_names_subject``); invented sentences, the full pipeline."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("de", "Elmos beliefert seit Jahren Bosch und Valeo, das Geschäft mit einem Autobauer wäre für den Mittelständler ein Sprung."),
    ("it", "Brembo rifornisce Ducati e Piaggio: per il gruppo le due ruote elettriche restano una priorità."),
])
def test_the_supplier_named_again_after_for_leaves_the_object_its_customers(language, text):
    supplies = {(s, d) for t, s, d in rels(text, language) if t == "supplies"}
    assert supplies == ({("Brembo", "Ducati"), ("Brembo", "Piaggio")} if language == "it"
                        else {("Elmos", "Bosch"), ("Elmos", "Valeo")})


def test_a_customer_after_for_still_counts():
    assert ("supplies", "Elmos", "Bosch") in rels("Elmos fertigt seit 2021 Sensorchips für Bosch.", "de")
