"""A subject relative whose verb of supplying follows a modal keeps its clitic customer: the
antecedent supplies the clause subject (relations/modal_relatives.py, used by frames/supply.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Orvana", "Tesselt", "Brumak"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Orvana a retenu Tesselt, qui doit lui livrer des modules dès l'an prochain.", "fr"),
    ("Orvana a retenu Tesselt, qui va lui fournir des onduleurs pour ses bus.", "fr"),
    ("Orvana eligió a Tesselt, que debe entregarle módulos el año que viene.", "es"),
    ("Orvana eligió a Tesselt, que empezará a suministrarle inversores en otoño.", "es"),
    ("Orvana ha scelto Tesselt, che dovrà fornirle i moduli dal prossimo anno.", "it"),
    ("Orvana ha scelto Tesselt, che inizierà a fornirgli gli inverter in autunno.", "it"),
    ("Orvana hat Tesselt ausgewählt, der ihn ab dem kommenden Jahr mit Modulen beliefern soll.", "de"),
    ("Orvana picked Tesselt, which will supply it with modules from next year.", "en"),
])
def test_the_antecedent_supplies_the_clause_subject(text, language):
    assert _supplies(rels(text, NAMES, language=language)) == [("Tesselt", "Orvana")]


@pytest.mark.parametrize("text, language", [
    # an accusative clitic stands for the goods, not a customer: no reading of the subject as customer
    ("Orvana compró una participación en Tesselt, que debe entregarlo en 2027.", "es"),
    # "sie" may be the relative's subject ("which they supply"): not read as the customer
    ("Orvana kauft bei Tesselt ein, das sie seit 2020 beliefert.", "de"),
])
def test_no_customer_without_a_dative(text, language):
    assert ("Tesselt", "Orvana") not in _supplies(rels(text, NAMES, language=language))
