"""A joint-venture noun that points back to the one joint venture the story named before it."""

from __future__ import annotations

import pytest
from entity_helpers import run


def ventures(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref" and m.canonical in
            {"BlueOval SK", "Cellcentric", "Ultium Cells", "Automotive Cells Company"}]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Ford and SK On formed BlueOval SK, a joint venture that builds battery plants. "
           "Redwood Materials will supply the joint venture with recycled cathode material.",
     [("the joint venture", "BlueOval SK")]),
    ("de", "Daimler Truck und Volvo betreiben Cellcentric, ein Gemeinschaftsunternehmen für Brennstoffzellen. "
           "Das Gemeinschaftsunternehmen bezieht Strom von EnBW.",
     [("Das Gemeinschaftsunternehmen", "Cellcentric")]),
    ("fr", "Ultium Cells est une coentreprise de General Motors et de LG Energy Solution. "
           "La coentreprise s'approvisionne en cathodes auprès de Posco Future M.",
     [("La coentreprise", "Ultium Cells")]),
    ("it", "Stellantis, Mercedes-Benz e TotalEnergies controllano ACC, la joint venture delle batterie. "
           "A Termoli la joint venture comprerà il litio da Albemarle.",
     [("la joint venture", "Automotive Cells Company")]),
    ("es", "General Motors y LG Energy Solution crearon Ultium Cells, una empresa conjunta al 50%. "
           "La nueva sociedad comprará níquel a Glencore.",
     [("La nueva sociedad", "Ultium Cells")]),
])
def test_joint_venture_noun_points_back(language, text, expected):
    assert ventures(run(text, language)) == expected


@pytest.mark.parametrize("language,text", [
    # the noun defines another joint venture: with a partner, of its owners, in a relative clause
    ("en", "Ford and SK On formed BlueOval SK, a joint venture for battery plants. Ford also has the joint venture with Redwood Materials."),
    ("fr", "Ultium Cells est une coentreprise de General Motors. La coentreprise de Stellantis et de Mercedes-Benz construit à Douvrin."),
    ("es", "General Motors creó Ultium Cells, una empresa conjunta con LG. La empresa conjunta que Stellantis creó con CATL fabrica en Zaragoza."),
    # another joint venture is named in between
    ("en", "Ford and SK On formed BlueOval SK, a joint venture for battery plants. Stellantis has a joint venture with Leapmotor. "
           "The joint venture sells cars in Europe."),
    # no joint venture named before
    ("en", "Ford and SK On want to cooperate. The joint venture will build battery plants."),
])
def test_no_reference_when_the_noun_defines_another_or_none(language, text):
    assert ventures(run(text, language)) == []


def test_two_joint_ventures_before_is_ambiguous():
    text = ("General Motors owns half of Ultium Cells, a joint venture with LG Energy Solution, and Ford owns half of "
            "BlueOval SK, a joint venture with SK On. The joint venture buys nickel from Vale.")
    assert ventures(run(text, "en")) == []


def test_stories_are_not_crossed():
    text = "Ford and SK On formed BlueOval SK, a joint venture for battery plants. Markets were calm. The joint venture hires."
    assert ventures(run(text, "en", story_starts=(1,))) == []


def test_a_sentence_with_two_other_companies_keeps_its_noun():
    text = ("Ford and SK On formed BlueOval SK, a joint venture for battery plants. "
            "Stellantis and CATL said the joint venture will build a plant in Spain.")
    assert ventures(run(text, "en")) == []
