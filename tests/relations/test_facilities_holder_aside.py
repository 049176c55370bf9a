"""A holder named in a relative clause set off by commas after the subject ("Kornex, in which Brelix
holds a quarter of the shares, operates a plant in Marlowe") is not the plant's owner: the subject the
aside follows is."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("en", "Kornex, in which Brelix holds some 25% of the capital, runs a cell plant in Marlowe today."),
    ("fr", "Kornex, dont Brelix est actionnaire minoritaire, exploite déjà une usine de cellules à Marlowe."),
    ("it", "Kornex, di cui Brelix detiene il 25%, gestisce già uno stabilimento di celle a Marlowe."),
    ("de", "Kornex, an dem Brelix ein Viertel der Anteile hält, betreibt bereits ein Zellwerk in Marlowe."),
    ("es", "Kornex, en la que Brelix tiene una cuarta parte del capital, ya opera una fábrica de celdas en Marlowe."),
])
def test_the_holder_in_the_aside_is_not_the_owner(lang, text):
    fs = facs(text, ["Kornex", "Brelix"], lang, places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]


def test_a_company_after_the_closed_clause_is_still_the_subject():
    # (no comma closes the clause before the noun: "whose customer Brelix runs a plant" is Brelix's)
    fs = facs("Kornex makes anodes. Its customer Brelix runs a plant in Marlowe.", ["Kornex", "Brelix"], "en",
              places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Marlowe")]
