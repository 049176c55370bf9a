"""A joint venture named with one parent only (relations/venture_partner.py): "V, la joint venture
paritetica con Y" in a story about X is a venture of X and Y; "V, la coentreprise de X avec Y" names
its parent itself. French and Italian."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()

_IT_LEAD = ("Samsung SDI ha chiuso il trimestre con un utile in crescita. Samsung SDI ha confermato le "
            "previsioni per l'anno. Samsung SDI punta sugli Stati Uniti. ")
_FR_LEAD = ("Samsung SDI a publié des résultats en hausse. Samsung SDI a confirmé ses prévisions. "
            "Samsung SDI mise sur les États-Unis. ")


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text, language, pair", [
    (_IT_LEAD + "StarPlus Energy, la joint venture paritetica con Stellantis, ha avviato la produzione in Indiana.",
     "it", ("Samsung SDI", "Stellantis")),
    (_IT_LEAD + "StarPlus Energy, costituita con Stellantis nel Kokomo, produce celle dal 2025.",
     "it", ("Samsung SDI", "Stellantis")),
    (_IT_LEAD + "In Indiana StarPlus Energy, la società creata con Stellantis, fornisce celle e moduli.",
     "it", ("Samsung SDI", "Stellantis")),
    (_FR_LEAD + "StarPlus Energy, la coentreprise à parts égales avec Stellantis, a lancé la production.",
     "fr", ("Samsung SDI", "Stellantis")),
    (_FR_LEAD + "StarPlus Energy, créée avec Stellantis, tourne à plein régime.",
     "fr", ("Samsung SDI", "Stellantis")),
    ("Ultium Cells, la coentreprise de LG Energy Solution avec General Motors, tourne au ralenti.",
     "fr", ("General Motors", "LG Energy Solution")),
    ("Ultium Cells, la joint venture di LG Energy Solution con General Motors, ha ridotto i turni.",
     "it", ("General Motors", "LG Energy Solution")),
])
def test_venture_with_one_parent_named(text, language, pair):
    found = rels(text, language)
    assert ("joint_venture", *sorted(pair)) in found


@pytest.mark.parametrize("text, language", [
    # no story company to stand for the other parent: nothing
    ("StarPlus Energy, la joint venture paritetica con Stellantis, ha avviato la produzione in Indiana.", "it"),
    ("StarPlus Energy, la coentreprise à parts égales avec Stellantis, a lancé la production.", "fr"),
])
def test_venture_without_a_story_company_is_left_alone(text, language):
    assert not any(r[0] == "joint_venture" for r in rels(text, language))


def test_it_apposition_that_is_no_venture_is_left_alone():
    text = _IT_LEAD + "StarPlus Energy, la società con sede a Kokomo, vende celle a Stellantis."
    assert ("joint_venture", "Samsung SDI", "Stellantis") not in rels(text, "it")
