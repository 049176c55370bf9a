""""Die Beteiligungsgesellschaft", "die Genossenschaft": a German compound headed by a feminine company noun
takes "die" in the singular, so it is a description that points back to a company (entities/coref.py,
``_GERMAN_FEMININE_ENDS``); its plural ("die Beteiligungsgesellschaften") names several and none."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


@pytest.mark.parametrize(
    "text, phrase, relation",
    [
        ("Porsche SE hat die Pläne am Montag gebilligt. Die Beteiligungsgesellschaft ist seit 2023 mit zwölf "
         "Prozent an Northvolt beteiligt.", "Die Beteiligungsgesellschaft", ("invests_in", "Porsche SE", "Northvolt")),
        ("Porsche SE hat die Pläne am Montag gebilligt. Die Stuttgarter Beteiligungsgesellschaft hält seit 2023 "
         "zwölf Prozent an Northvolt.", "Die Stuttgarter Beteiligungsgesellschaft", ("invests_in", "Porsche SE", "Northvolt")),
    ],
)
def test_a_feminine_compound_points_back(text, phrase, relation):
    doc = _RX(run(text, "de"))
    assert (phrase, "Porsche SE") in [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]
    assert relation in {(r.type, r.source, r.target) for r in doc.relations}


def test_the_plural_names_no_one():
    doc = run("Porsche SE hat die Pläne am Montag gebilligt. Die Beteiligungsgesellschaften der Länder sind mit "
              "zwölf Prozent an Northvolt beteiligt.", "de")
    assert not [m for m in doc.mentions if m.source == "coref" and m.text.startswith("Die Beteiligungs")]
