"""More investors of a round named after the verb of a relative on the round ("liderada por X, en la
que también participó Y", "guidato da X, al quale ha partecipato anche Y"), as French "à laquelle a
aussi participé Y" already read. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _pairs(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Brixo", "Kelda") if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("es", "Brixo cerró una ronda de 90 millones liderada por el fondo Norvik, en la que también participó la gestora Kelda."),
    ("it", "Brixo ha chiuso un round da 90 milioni guidato da Norvik, al quale ha partecipato anche Kelda."),
])
def test_round_relative_names_more_investors(lang, text):
    got = _pairs(text, lang)
    assert ("invests_in", "Norvik", "Brixo") in got and ("invests_in", "Kelda", "Brixo") in got


def test_relative_of_another_verb_names_no_investor():
    got = _pairs("Brixo cerró una ronda liderada por Norvik, en la que Kelda no ha invertido.", "es")
    assert ("invests_in", "Kelda", "Brixo") not in got
