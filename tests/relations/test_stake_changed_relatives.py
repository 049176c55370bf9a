"""A stake raised or cut to a share, told in a relative clause right after the company it is in
(``stake_relatives.py``): "Y, in which X cut its holding to 15%"."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro"], language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text,kind", [
    ("en", "Norvik, in which Corvalis cut its holding to about 15% in 2025, sells cars.", "invests_in"),
    ("en", "Norvik, in which Corvalis raised its stake to 60%, sells cars.", "owns"),
    ("fr", "Norvik, dans laquelle Corvalis a réduit sa participation à 15 %, vend des voitures.", "invests_in"),
    ("fr", "Norvik, dont Corvalis a porté sa participation à 9 %, vend des voitures.", "invests_in"),
    ("it", "Norvik, nella quale Corvalis ha ridotto la sua quota al 15%, vende auto.", "invests_in"),
    ("it", "Norvik, di cui Corvalis ha portato la sua quota al 9%, vende auto.", "invests_in"),
    ("es", "Norvik, en la que Corvalis redujo su participación al 15%, vende coches.", "invests_in"),
    ("de", "Norvik, an der Corvalis seinen Anteil auf 15 Prozent reduziert hat, verkauft Autos.", "invests_in"),
])
def test_a_stake_changed_in_a_relative(language, text, kind):
    got = _rels(text, language)
    assert (kind, "Corvalis", "Norvik", "active") in got, got


def test_the_pronoun_stands_for_the_subject():
    got = _rels("Tessaro tightened its ties with Norvik, in which it raised its stake to 9% last year.", "en")
    assert ("invests_in", "Tessaro", "Norvik", "active") in got, got


def test_the_state_is_no_company():
    got = _rels("Norvik, in which the state cut its holding to 15%, sells cars to Corvalis.", "en")
    assert not any(t in ("invests_in", "owns") and g == "Norvik" for t, _s, g, _st in got), got
