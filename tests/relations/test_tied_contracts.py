"""A contract told as what tied one company to another: a supply, directed by the gazetteer's chain;
a past verb of tying tells a tie that is over (relations/tied_contracts.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Valeo", "Stellantis", "CATL", "LG Energy Solution", "Forvia"]


def _supplies(relations):
    return sorted((r.source, r.target, r.status) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Forvia a vu expirer le contrat d'éclairage qui le liait depuis 2018 à Stellantis.", "fr"),
    ("Le contrat-cadre qui liait Stellantis à l'équipementier Forvia n'a pas été prolongé.", "fr"),
    ("Per Stellantis il nuovo accordo prende il posto di quello che legava le fabbriche torinesi a Forvia.", "it"),
    ("Forvia ha perso il contratto che la legava a Stellantis per i sedili.", "it"),
    ("Forvia perdió en marzo el contrato que la unía a Stellantis.", "es"),
    ("Se rompió el acuerdo que unía a Forvia con Stellantis desde 2018.", "es"),
    ("Gekündigt wurde der Rahmenvertrag, der Forvia seit 2018 an Stellantis band.", "de"),
    ("The contract that had tied Forvia to Stellantis since 2018 ran out in May.", "en"),
])
def test_a_past_tie_is_an_ended_supply_in_the_chain_direction(text, language):
    assert _supplies(rels(text, NAMES, language=language)) == [("Forvia", "Stellantis", "ended")]


def test_a_present_tie_runs():
    found = _supplies(rels("Il contratto che lega Forvia a Stellantis scade nel 2030.", NAMES, language="it"))
    assert found and found[0][:2] == ("Forvia", "Stellantis") and found[0][2] != "ended"


@pytest.mark.parametrize("text, language", [
    # a licence is no contract noun: nothing read
    ("Une licence, celle qui lie CATL à Stellantis, coûte plusieurs millions par an.", "fr"),
    # a contract of licence or cooperation ties two companies in no sale
    ("L'accord de licence qui lie CATL à Stellantis court jusqu'en 2030.", "fr"),
    ("Il contratto di licenza che lega CATL a Stellantis scade nel 2030.", "it"),
    ("El acuerdo de licencia que une a CATL con Stellantis vence en 2030.", "es"),
    ("Der Lizenzvertrag, der CATL an Stellantis bindet, läuft bis 2030.", "de"),
    ("The licence agreement that ties CATL to Stellantis runs until 2030.", "en"),
    ("Il contratto di collaborazione che lega CATL a Stellantis scade nel 2030.", "it"),
    # two companies the chain does not set apart: no direction, nothing read
    ("Le contrat qui liait Forvia à Valeo a pris fin.", "fr"),
])
def test_no_supply_without_a_contract_or_a_direction(text, language):
    assert _supplies(rels(text, NAMES, language=language)) == []
