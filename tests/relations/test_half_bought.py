"""A half of a company bought is read as "50%" is: an acquisition, not a minority stake ("bought out
Kelda's half of Brixo", "a racheté la moitié de Brixo", "ha rilevato la metà di Brixo", "compró la mitad
de Brixo", "hat die Hälfte an Brixo übernommen"): the other parent's half of a joint company, taken over
(frames/deals._stake_type). An English possessive on the share bought names its seller: with no company
of the share after it, nothing is bought from the possessor (read_acquisition). Invented sentences,
made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik last year bought out Kelda's half of Brixo, the cell venture the two had set up in 2021."),
    ("fr", "Norvik a racheté l'an dernier la moitié du capital de Brixo."),
    ("it", "Norvik ha rilevato lo scorso anno la metà di Brixo detenuta dal socio."),
    ("es", "Norvik compró el año pasado la mitad de Brixo que tenía Kelda."),
    ("de", "Norvik hat im vergangenen Jahr die Hälfte an Brixo von Kelda übernommen."),
])
def test_a_half_bought_is_an_acquisition(lang, text):
    got = _rels(text, lang)
    assert ("acquires", "Norvik", "Brixo", "active") in got
    assert not any(r[0] == "invests_in" and r[1] == "Norvik" for r in got)


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik bought a third of Brixo."),
    ("en", "Norvik bought half of its minority stake in Brixo."),
    ("fr", "Norvik a racheté un tiers du capital de Brixo."),
])
def test_less_than_a_half_stays_a_stake(lang, text):
    assert ("invests_in", "Norvik", "Brixo", "active") in _rels(text, lang)


def test_the_first_half_of_a_year_is_no_share():
    got = _rels("Norvik completed the purchase of Brixo in the first half of 2024.", "en")
    assert ("acquires", "Norvik", "Brixo", "active") in got


@pytest.mark.parametrize("text", [
    "The venture ended in 2024, when Norvik bought out Kelda's half and took full control.",
    "Norvik has since acquired Kelda's entire stake.",
])
def test_the_possessor_of_the_share_bought_is_not_bought(text):
    assert not any(r[0] == "acquires" and r[2] == "Kelda" for r in _rels(text, "en"))
