"""Plants run through a subsidiary the sentence names ("through its subsidiary Y", "par
l'intermédiaire de sa filiale Y", "über seine Tochter Y", "tramite la controllata Y", "a través de su
filial Y"): the subsidiary runs the plant, and the parent keeps its own. A subsidiary named for
something else ("its subsidiary Y sells the cells") is no plant's.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_C = ["Kornex", "Kornex Minera"]


def _where(fs):
    return sorted((f.owner, f.location) for f in fs)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kornex runs the Villabrava plant through its local subsidiary Kornex Minera."),
    ("fr", "Kornex exploite l'usine de Villabrava par l'intermédiaire de sa filiale Kornex Minera."),
    ("de", "Kornex betreibt das Werk in Villabrava über seine Tochter Kornex Minera."),
    ("it", "Kornex gestisce lo stabilimento di Villabrava tramite la controllata Kornex Minera."),
    ("es", "En Villabrava, Kornex inauguró su planta de carbonato, que opera a través de su filial Kornex Minera."),
])
def test_the_subsidiary_runs_the_plant(lang, text):
    assert _where(facs(text, _C, lang, places=["Villabrava"])) == [("Kornex", "Villabrava"), ("Kornex Minera", "Villabrava")]


def test_a_subsidiary_named_for_something_else():
    text = "Kornex runs a plant in Villabrava, and its subsidiary Kornex Minera sells the carbonate."
    assert ("Kornex Minera", "Villabrava") not in _where(facs(text, _C, places=["Villabrava"]))
