"""A party that left the consortium, alliance or venture of a tie has ended it ("has left the
consortium", "das Konsortium verlassen", "a quitté le consortium", "ha lasciato il consorzio", "abandonó
el consorcio"), even where the sentence recalls the signing first. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Maltrix"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan, which signed a partnership agreement with Maltrix in 2022, left the alliance in March."),
    ("de", "Korvan, das 2022 eine Partnerschaft mit Maltrix vereinbart hatte, verließ die Allianz im März."),
    ("fr", "Korvan, qui avait signé en 2022 un accord de partenariat avec Maltrix, a quitté l'alliance en mars."),
    ("it", "Korvan, che nel 2022 aveva firmato un accordo di partnership con Maltrix, ha lasciato l'alleanza a marzo."),
    ("es", "Korvan, que firmó en 2022 un acuerdo de colaboración con Maltrix, abandonó la alianza en marzo."),
])
def test_a_party_that_left_the_alliance_ended_the_tie(lang, text):
    got = {(r.type, frozenset((r.source, r.target))): r.status for r in rels(text, NAMES, language=lang)}
    assert got.get(("partners_with", frozenset(NAMES))) == "ended", got
