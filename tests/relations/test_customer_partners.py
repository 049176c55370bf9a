"""Working with companies that a relative clause calls customers is supplying them (customer_partners.py),
in invented sentences of all five languages; a relative clause of anything else leaves the partnership."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text, supplier", [
    ("en", "Bosch makes parts in Stuttgart. Bosch works closely with Audi and Volvo, which remain its largest customers.", "Bosch"),
    ("fr", "Valeo fabrique des phares. Valeo travaille avec Audi et Volvo, qui sont ses principaux clients.", "Valeo"),
    ("it", "Brembo produce freni. Brembo collabora con Audi e Volvo, che sono i suoi clienti principali.", "Brembo"),
    ("es", "Gestamp fabrica piezas. Gestamp trabaja con Audi y Volvo, que siguen siendo sus mayores clientes.", "Gestamp"),
    ("de", "Bosch baut Teile. Bosch arbeitet seit Jahren mit Audi und Volvo zusammen, die zu seinen wichtigsten Kunden zählen.", "Bosch"),
])
def test_partners_called_customers_are_supplied(language, text, supplier):
    found = rels(text, language)
    assert {("supplies", supplier, "Audi"), ("supplies", supplier, "Volvo Cars")} <= found
    assert not any(t == "partners_with" for t, _, _ in found)


def test_a_relative_clause_of_something_else_leaves_the_partnership():
    found = rels("Bosch makes parts. Bosch works closely with Audi and Volvo, which are also developing batteries.", "en")
    assert ("supplies", "Bosch", "Audi") not in found and any(t == "partners_with" for t, _, _ in found)
