"""Being among a company's owners told by a verb of sitting or figuring in its capital or owners' circle:
"X figure aussi au capital de Y", "X siede nel capitale di Y", "X se sienta en el capital de Y", "X sitzt
im Aktionärskreis von Y", "X has been on Y's share register": a (minority) stake, running. Invented
companies (Orsela, Tavrin)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, ["Orsela", "Tavrin"], language=lang))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le fonds Orsela figure aussi au capital de Tavrin, aux côtés des fondateurs."),
    ("fr", "Orsela siège au capital de Tavrin depuis la levée de 2022."),
    ("it", "Orsela siede nel capitale di Tavrin dalla prima raccolta del 2022."),
    ("it", "Orsela figura anche nel capitale di Tavrin."),
    ("es", "Orsela se sienta en el capital de Tavrin desde la ronda de 2022."),
    ("es", "Orsela figura también en el accionariado de Tavrin."),
    ("de", "Orsela sitzt seit 2022 im Aktionärskreis von Tavrin."),
    ("de", "Orsela ist auch im Gesellschafterkreis von Tavrin vertreten."),
    ("en", "Orsela has been on the share register of Tavrin since its 2022 round."),
    ("en", "Orsela is also on Tavrin's share register."),
])
def test_a_seat_in_the_capital_is_a_stake(lang, text):
    got = _rels(text, lang)
    assert ("invests_in", "Orsela", "Tavrin", "active") in got, got
    assert not any(r[1:3] == ("Tavrin", "Orsela") for r in got), got


@pytest.mark.parametrize("lang,text", [
    # a seat on a board is no stake
    ("fr", "Orsela siège au conseil d'administration de Tavrin."),
    ("it", "Orsela siede nel consiglio di amministrazione di Tavrin."),
    ("de", "Orsela sitzt im Aufsichtsrat von Tavrin."),
    ("en", "Orsela sits on the board of Tavrin."),
])
def test_a_board_seat_is_no_stake(lang, text):
    assert not any(r[0] in ("invests_in", "owns") for r in _rels(text, lang))
