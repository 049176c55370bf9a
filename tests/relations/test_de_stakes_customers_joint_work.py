"""German shapes of news nobody tuned on (invented sentences, made-up companies): a stake told with a
time, a figure and a description of the company ("Zudem hält X seit 2023 rund 21 Prozent am
chinesischen Elektroautohersteller Y"; not a share of a market or of sales), a customer won by a
compound noun ("gewinnt Y als Batteriekunden"), and joint work told with the verb before "gemeinsam
mit" ("baut gemeinsam mit Y eine Fabrik")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Tessaro")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Zudem hält Norvik seit 2023 rund 21 Prozent am chinesischen Elektroautohersteller Brixo.",
    "Seit 2023 hält Norvik rund 21 Prozent an dem chinesischen Elektroautohersteller Brixo.",
    "Norvik hält seit 2023 rund 21,5 Prozent am chinesischen Elektroautohersteller Brixo.",
])
def test_stake_with_a_time_a_figure_and_a_description(text):
    assert ("invests_in", "Norvik", "Brixo") in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik hält seit 2023 rund 21 Prozent am Umsatz von Brixo.",
    "Norvik hält 21 Prozent an dem Umsatz von Brixo.",
    "Zudem hält Norvik seit 2023 rund 21 Prozent am Markt für Elektroautos, Brixo nur zehn.",
])
def test_a_share_of_sales_or_a_market_is_no_stake(text):
    assert not any(r[0] in ("invests_in", "owns", "acquires") and r[2] == "Brixo" for r in _rels(text))


@pytest.mark.parametrize("text", [
    "Norvik gewinnt Brixo als Batteriekunden.",
    "Norvik hat Brixo als Zellkunden gewonnen.",
    "Brixo ist der größte Batteriekunde von Norvik.",
])
def test_customer_compounds(text):
    assert ("supplies", "Norvik", "Brixo") in _rels(text)


def test_customers_sought_are_no_customer():
    assert not _rels("Norvik wirbt um Batteriekunden in Europa, Brixo baut ein Werk.")


@pytest.mark.parametrize("text", [
    "Norvik baut gemeinsam mit dem chinesischen Marktführer Brixo im spanischen Figueruelas eine Fabrik.",
    "Der Konzern Norvik entwickelt zusammen mit Brixo eine neue Zelle.",
    "Norvik betreibt gemeinsam mit Brixo ein Werk in Ungarn.",
])
def test_joint_work_with_the_verb_first(text):
    # a plant built together is a joint venture (test_plant_built_with_partner), other joint work a partnership
    rels = _rels(text)
    assert any((t, *pair) in rels for t in ("partners_with", "joint_venture") for pair in (("Norvik", "Brixo"), ("Brixo", "Norvik")))


def test_together_in_another_clause_is_not_the_first_verbs():
    rels = _rels("Norvik baut ein Werk, gemeinsam mit Brixo plant Tessaro ein zweites.")
    assert ("partners_with", "Norvik", "Brixo") not in rels and ("partners_with", "Brixo", "Norvik") not in rels
