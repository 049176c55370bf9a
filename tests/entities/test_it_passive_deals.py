"""English "it" as the subject of a passive deal ("it was bought by Y", "it was sold to Y", "It was
acquired by Y") stands for the company the sentences before are about, not for the agent of a phrase
fronted before it ("Originally set up by X, it was bought by Y": X set it up); a plant's "it was built"
and an impersonal "it was announced" stay no company. Invented companies and sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run


def _its(text):
    return [m.canonical for m in run(text, "en").mentions if m.label == "COMPANY" and m.text in ("it", "It")]


@pytest.mark.parametrize("text", [
    "Orsino Robotics makes welding arms. Originally set up by Kestrel Automotive, it was bought by Greyloft Systems in 2018.",
    "Orsino Robotics makes welding arms. Founded by Kestrel Automotive in 1998, it was sold to Greyloft Systems in 2018.",
    "Orsino Robotics makes welding arms. It was acquired by Greyloft Systems in 2018.",
    "Orsino Robotics makes welding arms. It was later spun off from Greyloft Systems.",
])
def test_passive_it_is_the_topic(text):
    assert _its(text) == ["Orsino Robotics"]


@pytest.mark.parametrize("text", [
    "Greyloft Systems opened a plant in Leeds. It was built in 2018 by Kestrel Automotive.",
    "Greyloft Systems will buy Orsino Robotics. It was announced by Kestrel Automotive on Monday.",
])
def test_other_passives_name_no_company(text):
    assert _its(text) == []
