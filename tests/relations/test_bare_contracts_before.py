"""A bare contract noun with its definite article pointing back to a supply told in the sentence right
before ("Korvan sourced its cells from Asia. The contract with Maltrix expired."), and a supply contract
whose party has an apposition naming its owners ("... with Korvan, the joint venture of Tessaro and
Nordel, ..."): lone_contracts.py, lone_driver.lone_party. The gazetteer's chain tells who sells; here a
made-up chain over made-up companies stands for it."""

from __future__ import annotations

import pytest

from tierscope.relations import lone_contracts

from .helpers import rels, triples

_NAMES = ["Korvan", "Maltrix", "Tessaro", "Nordel"]


@pytest.fixture(autouse=True)
def _chain(monkeypatch):
    """Maltrix makes cells, Korvan builds cars: cells go from Maltrix to Korvan."""
    def direction(a, b):
        pair = {a, b}
        return ("Maltrix", "Korvan") if pair == {"Maltrix", "Korvan"} else None
    monkeypatch.setattr(lone_contracts, "supply_direction", direction)


def _supplies(text, language):
    return {(s, d, st) for t, s, d, st, _p in triples(rels(text, _NAMES, language=language)) if t == "supplies"}


@pytest.mark.parametrize("language, text, status", [
    ("en", "Korvan sourced the cells for its vans from Asia until last year. The contract with Maltrix expired in March.", "ended"),
    ("de", "Für den Transporter hatte Korvan die Zellen bislang aus Asien bezogen. "
           "Der entsprechende Vertrag mit Maltrix ist im Frühjahr ausgelaufen.", "ended"),
    ("fr", "Korvan achetait jusqu'ici ses cellules en Asie. Le contrat avec Maltrix a pris fin en mars.", "ended"),
    ("it", "Korvan acquistava le celle in Asia fino all'anno scorso. Il contratto con Maltrix è scaduto a marzo.", "ended"),
    ("es", "Korvan compraba las celdas en Asia hasta el año pasado. El contrato con Maltrix venció en marzo.", "ended"),
])
def test_a_bare_contract_points_back_to_the_supply_before(language, text, status):
    assert ("Maltrix", "Korvan", status) in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # no supply told before
    ("en", "Korvan opened a new paint shop in Ohio. The contract with Maltrix expired in March."),
    ("de", "Korvan hat in Ulm ein neues Lackierwerk eröffnet. Der Vertrag mit Maltrix ist im Frühjahr ausgelaufen."),
    # a supply verb but no goods
    ("en", "Korvan has been supplied from Asia. The contract with Maltrix expired in March."),
    # the supply two sentences before, not right before
    ("en", "Korvan sourced its cells from Asia. It employs 3,000 people. The contract with Maltrix expired in March."),
])
def test_no_bare_contract_reading(language, text):
    assert not {x for x in _supplies(text, language) if {x[0], x[1]} == {"Maltrix", "Korvan"}}


@pytest.mark.parametrize("language, text", [
    ("fr", "Maltrix a revu ses ambitions à la baisse cette année. Son contrat d'approvisionnement avec Korvan, "
           "la coentreprise de Tessaro et Nordel, est arrivé à échéance."),
    ("en", "Maltrix has spent the year cutting projects. A supply contract with Korvan, the joint venture of Tessaro "
           "and Nordel, expired in September."),
])
def test_owners_in_the_partys_apposition_are_no_other_party(language, text):
    assert any((s, d) == ("Maltrix", "Korvan") for s, d, _st in _supplies(text, language))
