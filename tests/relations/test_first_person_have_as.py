""""We have as shareholder Y" in an interview's answer (Spanish and Italian put the role before the name:
"Tenemos como accionistas a Y", "Abbiamo come azionista di minoranza Y"): Y holds the stake
in the interviewee, Y supplies it or buys from it, as "X tiene como accionista a Y" says of X (lexicon
``have_as``/``have_in`` with the first person plural). Real company names, invented answers."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

from .test_interview_talks import _HEAD

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, answer, expected", [
    ("es", "Desde hace dos años tenemos como accionistas a Repsol y a Iberdrola, con un 5 % cada una.",
     [("invests_in", "Iberdrola", "Verkor"), ("invests_in", "Repsol", "Verkor")]),
    ("es", "Tendremos como accionista de referencia a Kutxabank.", [("invests_in", "Kutxabank", "Verkor")]),
    ("es", "Tenemos en Enagás a nuestro principal accionista.", [("invests_in", "Enagás", "Verkor")]),
    ("it", "Oggi abbiamo come azionisti di minoranza Eni e Snam.",
     [("invests_in", "Eni", "Verkor"), ("invests_in", "Snam", "Verkor")]),
    ("it", "Dal 2021 abbiamo come primo azionista Edison.", [("invests_in", "Edison", "Verkor")]),
])
def test_the_first_person_has_them_as_holders(language, answer, expected):
    got = rels(_HEAD[language] + answer + "\n", language)
    for e in expected:
        assert e in got
        assert (e[0], e[2], e[1]) not in got
