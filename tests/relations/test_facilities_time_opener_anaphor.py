"""Plants: a definite plant noun after a phrase of time that opens the sentence ("À terme, le
complexe doit atteindre 30 000 t", "Eventually, the plant will reach ...", "Zunächst soll das Werk
...", "In una prima fase lo stabilimento ...", "A largo plazo, la planta ...") still names the plant
the story spoke of, sentences later; its capacity is that plant's. "A second plant" is not.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_CAP = {"30 000 tonnes": (30000, "t/y"), "30,000 tonnes": (30000, "t/y"), "30.000 Tonnen": (30000, "t/y"),
        "30.000 tonnellate": (30000, "t/y"), "30.000 toneladas": (30000, "t/y")}


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Kornex a inauguré son usine de cathodes à Sorbiers. Le maire était présent. La ville est soulagée. "
           "À terme, le complexe doit atteindre une capacité de 30 000 tonnes par an."),
    ("en", "Kornex opened its cathode plant in Sorbiers. The mayor attended. The town is relieved. "
           "Eventually, the plant will reach a capacity of 30,000 tonnes a year."),
    ("de", "Kornex hat in Sorbiers ein Werk eröffnet. Der Bürgermeister kam. Die Stadt ist erleichtert. "
           "Zunächst soll das Werk eine Kapazität von 30.000 Tonnen pro Jahr haben."),
    ("it", "Kornex ha inaugurato lo stabilimento di Sorbiers. Il sindaco era presente. La città è sollevata. "
           "In una prima fase lo stabilimento avrà una capacità di 30.000 tonnellate l'anno."),
    ("es", "Kornex inauguró su planta de cátodos en Sorbiers. El alcalde asistió. La ciudad respira aliviada. "
           "A largo plazo, la planta tendrá una capacidad de 30.000 toneladas al año."),
])
def test_a_definite_plant_noun_after_a_time_phrase_is_the_storys_plant(lang, text):
    fs = facs(text, ["Kornex"], lang, capacity=_CAP, places=["Sorbiers"])
    assert _f(fs) == [("Kornex", "Sorbiers", 30000)]


def test_a_second_plant_after_a_time_phrase_is_another():
    text = ("Kornex opened its cathode plant in Sorbiers. The mayor attended. The town is relieved. "
            "Eventually, a second plant will add 30,000 tonnes a year.")
    fs = facs(text, ["Kornex"], capacity=_CAP, places=["Sorbiers"])
    assert ("Kornex", "Sorbiers", 30000) not in _f(fs)
