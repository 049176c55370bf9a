"""Making, assembling or hauling goods for a named customer, in the persons and tenses the lexicons'
lists missed (the SUPPLY triggers read only with a customer after "for", "pour", "per", "para",
"für"): first persons of interviews, futures and conditionals, the German separable "stellt ... her"
with the customer inside the bracket, "montiert für", English "fabricates" and "hauled ... for".
Invented companies with no sectors, so that only the sentence's words can tie them."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Orvel", "Daxa"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Daxa fabriquions des échangeurs pour Orvel depuis 2019.", "fr"),
    ("Daxa assemblerait des modules pour Orvel dès 2027.", "fr"),
    ("Daxa produrrebbe i moduli per Orvel.", "it"),
    ("Daxa fabricaremos los dos SUV para Orvel desde 2027.", "es"),
    ("Daxa montiert für Orvel unter anderem Steuergeräte und Kabelsätze.", "de"),
    ("Daxa stellt seit 2022 für Orvel Gehäuse aus Aluminium her.", "de"),
    ("Daxa, a trucking firm in Ohio, hauled cells for Orvel during the plant's first months.", "en"),
    ("Daxa fabricates battery trays for Orvel at its plant in Ohio.", "en"),
])
def test_making_for_a_customer_in_every_form(sentence, language):
    assert ("supplies", "Daxa", "Orvel") in _found(sentence, language)


def test_stellen_without_its_particle_is_no_making():
    # "stellt sich ... auf" is no "stellt ... her"
    assert not _found("Daxa stellt sich für Orvel neu auf.", "de")
