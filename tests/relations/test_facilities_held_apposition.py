"""A company set off by commas after a participle of holding or founding with no article ("X,
controlled by Y, is building a plant", "X, controllata da Y, sta realizzando", "X, détenue par Y,
construit", "X, participada por Y, levanta", "X, kontrolliert von Y, baut") is X's holder, named in
X's apposition: the plant is X's, the subject's, as after "X, the unit of Y, ...".

Every sentence here is written for the test (invented companies and towns).
"""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel, controlled by Norvik, is building a cell plant in Ashby."),
    ("en", "Kestrel, majority-owned by Norvik, is building a cell plant in Ashby."),
    ("it", "Kestrel, controllata da Norvik, sta realizzando uno stabilimento di celle a Ashby."),
    ("fr", "Kestrel, détenue par Norvik, construit une usine de cellules à Ashby."),
    ("es", "Kestrel, participada por Norvik, levanta una planta de celdas en Ashby."),
    ("de", "Kestrel, kontrolliert von Norvik, baut ein Zellwerk in Ashby."),
])
def test_the_holder_in_the_apposition_owns_no_plant(lang, text):
    fs = facs(text, ["Kestrel", "Norvik"], lang, places=["Ashby"])
    assert [(f.owner, f.location) for f in fs] == [("Kestrel", "Ashby")]


def test_a_holder_that_builds_in_its_own_clause_keeps_its_plant():
    # (the participle's clause closed, the holder is the subject of the next clause)
    text = "Kestrel is controlled by Norvik, and Norvik is building a cell plant in Ashby."
    fs = facs(text, ["Kestrel", "Norvik"], "en", places=["Ashby"])
    assert [(f.owner, f.location) for f in fs] == [("Norvik", "Ashby")]
