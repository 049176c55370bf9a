"""Plants: a subsidiary described through its parent with an adjective beside the group noun ("Die
Tochter des chinesischen Kornex-Konzerns", "la filiale du groupe chinois Kornex", "la controllata del
gruppo cinese Kornex", "la filial del grupo chino Kornex", "the unit of the Chinese Kornex group") is
the subsidiary the story named before, not the parent, as it is without the adjective.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("de", "Lumora gehört seit 2021 zu Kornex. Die Tochter des chinesischen Kornex-Konzerns baut in Zeitz eine Zellfabrik."),
    ("fr", "Lumora appartient depuis 2021 à Kornex. La filiale du groupe chinois Kornex construit une usine à Zeitz."),
    ("it", "Lumora appartiene dal 2021 a Kornex. La controllata del gruppo cinese Kornex costruirà uno stabilimento a Zeitz."),
    ("es", "Lumora pertenece desde 2021 a Kornex. La filial del grupo chino Kornex construirá una planta en Zeitz."),
    ("en", "Lumora has belonged to Kornex since 2021. The unit of the Chinese Kornex group is building a plant in Zeitz."),
])
def test_subsidiary_described_with_an_adjective(lang, text):
    fs = facs(text, ["Lumora", "Kornex"], lang, places=["Zeitz"])
    assert [(f.owner, f.location) for f in fs] == [("Lumora", "Zeitz")]


def test_the_parent_named_plainly_keeps_its_plant():
    fs = facs("Lumora gehört zu Kornex. Der chinesische Kornex-Konzern baut in Zeitz eine Zellfabrik.",
              ["Lumora", "Kornex"], "de", places=["Zeitz"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Zeitz")]
