"""A partner named earlier in the sentence and told by a pronoun after the verb of joint work
("X holds 20% of Y and develops cells with it", "e collabora con essa", "et travaille avec elle",
"y colabora con ella", "und entwickelt gemeinsam mit ihm"), on made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]
_PAIR = frozenset(("Korvan", "Maltrix"))


def _partners(sentence, language):
    return {(frozenset((s, d)), st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))
            if t == "partners_with"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan holds 20% of Maltrix and develops charging software with it.", "en"),
    ("Korvan possiede il 20% di Maltrix e collabora con essa sui sensori.", "it"),
    ("Korvan détient 20 % de Maltrix et travaille avec elle sur les onduleurs.", "fr"),
    ("Korvan tiene un 20% de Maltrix y colabora con ella en software de carga.", "es"),
    ("Korvan ist an Maltrix beteiligt und entwickelt gemeinsam mit ihm Ladesoftware.", "de"),
])
def test_partner_told_by_a_pronoun(sentence, language):
    assert (_PAIR, "active") in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan bought a stake in Maltrix last year and will work with it on sensors.", "en"),
    ("Korvan ha comprato il 20% di Maltrix e collaborerà con essa sui sensori.", "it"),
])
def test_future_work_is_announced(sentence, language):
    assert (_PAIR, "announced") in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    # the pronoun's company is the last one before it that is not the subject
    ("Korvan buys cells from Maltrix; Delvo holds 10% of Korvan and works with it on software.", "en"),
])
def test_no_partnership_of_the_wrong_pair(sentence, language):
    assert all(p != _PAIR for p, _st in _partners(sentence, language))
