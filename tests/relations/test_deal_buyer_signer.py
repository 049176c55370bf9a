"""A deal whose terms name the buyer and no seller: the deal's other signer sells ("X a signé un
accord avec Y : Y achètera des cellules"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix signed an agreement with Korvan under which Korvan will buy cells for its vans from 2027.", "en"),
    ("Maltrix a signé un accord avec Korvan : Korvan achètera à partir de 2027 des cellules pour ses utilitaires.", "fr"),
    ("Maltrix ha firmato un contratto con Korvan: dal 2027 Korvan acquisterà celle per i suoi furgoni.", "it"),
    ("Maltrix firmó un acuerdo con Korvan por el que Korvan comprará celdas para sus furgonetas a partir de 2027.", "es"),
    ("Maltrix hat mit Korvan einen Vertrag geschlossen, wonach Korvan ab 2027 Zellen für seine Transporter kauft.", "de"),
])
def test_the_other_signer_sells_to_the_buyer(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    # no deal before the purchase: no signer to sell
    ("Maltrix a publié ses résultats ; Korvan achètera à partir de 2027 des cellules pour ses utilitaires.", "fr"),
    # the purchase names its seller
    ("Maltrix ha firmato un contratto con Korvan: dal 2027 Korvan acquisterà celle da Delvo.", "it"),
])
def test_no_signer_or_a_named_seller(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") not in _found(sentence, language)
