"""A customer's order told from the customer's side, in every language: the order noun with a complement
and a comma before the relative that names who gave it ("the order for the next Vela, which Korvan
awarded to Maltrix"), and commissioning a maker to make goods ("commissioned Maltrix to build",
"incaricato Maltrix di produrre", "chargé Maltrix de produire", "contratado a Maltrix para fabricar",
"Maltrix mit Sitzen beauftragt"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Delvo lost the order for the next Vela, which Korvan awarded to Maltrix.", "en"),
    ("Delvo ha perso la commessa per la prossima Vela, che Korvan ha affidato a Maltrix.", "it"),
    ("Delvo a perdu le contrat de la future Vela, que Korvan a confié à Maltrix.", "fr"),
    ("Delvo perdió el pedido de asientos para el Vela, que Korvan encargó a Maltrix.", "es"),
    ("Delvo verlor den Auftrag für den nächsten Vela, den Korvan an Maltrix vergeben hat.", "de"),
    ("Der Auftrag, den Korvan an Maltrix vergab, beginnt 2026.", "de"),
])
def test_order_in_a_relative_after_its_complement(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Delvo", "Korvan") not in found


@pytest.mark.parametrize("sentence, language", [
    ("Korvan has commissioned Maltrix to build the seats for its new platform.", "en"),
    ("Korvan hired Maltrix to supply the seats.", "en"),
    ("Korvan ha incaricato Maltrix di produrre i sedili della nuova piattaforma.", "it"),
    ("Korvan a chargé Maltrix de produire les sièges de sa nouvelle plateforme.", "fr"),
    ("Korvan a mandaté Maltrix pour fournir les sièges.", "fr"),
    ("Korvan ha contratado a Maltrix para fabricar los asientos.", "es"),
    ("Korvan hat Maltrix im Herbst mit Sitzen für eine neue Plattform beauftragt.", "de"),
    ("Korvan beauftragte Maltrix mit Batteriezellen für den Vela.", "de"),
])
def test_commissioning_a_maker_to_make_goods(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan hat die Kanzlei Maltrix mit der Prüfung der Zellverträge beauftragt.", "de"),
    ("Korvan has commissioned Maltrix to review its battery cell contracts.", "en"),
])
def test_commissioning_advice_is_no_supply(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _found(sentence, language))
