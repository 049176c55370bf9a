"""The customer's side of an offtake: the only company before the verb takes the output of the
owner named after it ("Brixo will take the entire output of Kestrel's refinery", "Brixo se queda
con la producción de la refinería de Kestrel", "prendra toute la production de Kestrel", "ritirerà
tutta la produzione di Kestrel", "nimmt die gesamte Produktion von Kestrel ab"); "se queda con" is
then no takeover. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def found(sentence, lang):
    return sorted((t[0], t[1], t[2]) for t in triples(rels(sentence, ["Brixo", "Kestrel"], language=lang)))


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo will take the entire output of Kestrel's refinery."),
    ("en", "Brixo has agreed to buy most of the output from the Kestrel mine."),
    ("es", "El litio ya tiene comprador: Brixo se queda con la producción de la refinería de Kestrel."),
    ("es", "Brixo se quedará con toda la producción de Kestrel."),
    ("fr", "Brixo prendra toute la production de Kestrel."),
    ("it", "Brixo ritirerà tutta la produzione di Kestrel."),
    ("de", "Brixo nimmt die gesamte Produktion von Kestrel ab."),
])
def test_the_output_taken_is_bought_from_its_owner(lang, sentence):
    assert found(sentence, lang) == [("supplies", "Kestrel", "Brixo")]


def test_output_changed_is_no_purchase():
    assert found("Brixo doubled the production of Kestrel.", "en") == []


@pytest.mark.parametrize("sentence", [
    "Brixo übernimmt die Produktion von Kestrel in Ungarn.",
    "Brixo nimmt die Produktion von Kestrel in Ungarn auf.",
])
def test_production_taken_over_or_started_is_no_purchase(sentence):
    assert [t for t in found(sentence, "de") if t[0] == "supplies"] == []
