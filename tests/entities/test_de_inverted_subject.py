"""German puts the subject after the verb when a phrase opens the sentence: "Seit 2023 beliefert das
Unternehmen Y mit Z" - the description is the subject (a reference back), the name its object, not an
apposition ("das Unternehmen Y"). Goods taken for names ("Kühlplatten") leave before coreference."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "text, description",
    [
        ("Arvik GmbH hat seine Zahlen vorgelegt. Seit 2023 beliefert das Unternehmen Velqua AG mit Sitzen.",
         "das Unternehmen"),
        ("Arvik GmbH hat seine Zahlen vorgelegt. Im Mai übernahm der Zulieferer Velqua AG vollständig.",
         "der Zulieferer"),
        ("Arvik GmbH wächst. Künftig liefert der Konzern Velqua AG auch Gehäuse für Zellen.", "der Konzern"),
        ("Arvik GmbH wächst. Seit 2023 liefert der Konzern Kühlplatten an Velqua AG.", "der Konzern"),
    ],
)
def test_a_description_after_a_fronted_verb_is_the_subject(text, description):
    doc = run(text, "de")
    assert (description, "Arvik") in corefs(doc)
    assert any(m.label == "COMPANY" and m.canonical == "Velqua" for m in doc.mentions)


@pytest.mark.parametrize(
    "text",
    [
        # another company follows in the clause: the description and the name are one party
        "Arvik GmbH wächst. Seit Mai beliefert der Zulieferer Velqua AG den Konzern Norrlid AG mit Sitzen.",
        # a company opens the sentence: it is the subject, the description and the name its object
        "Arvik GmbH wächst. Norrlid AG beliefert das Unternehmen Velqua AG mit Sitzen.",
        # no phrase before the verb
        "Arvik GmbH wächst. Der Zulieferer Velqua AG liefert Sitze an Norrlid AG.",
    ],
)
def test_a_description_before_a_name_stays_its_apposition(text):
    assert not [c for c in corefs(run(text, "de")) if c[1] == "Arvik"]


def test_goods_before_a_preposition_are_no_company():
    doc = run("Arvik GmbH wächst. Seit 2023 liefert der Konzern Kühlplatten an Velqua AG.", "de")
    assert not [m for m in doc.mentions if m.label == "COMPANY" and "Kühlplatten" in m.text]


@pytest.mark.parametrize(
    "text, name",
    [
        # a supplier named right after "der Zulieferer" is the supplier the words describe
        ("Qualcomm entwickelt die Rechner. Die Sitze liefert der Zulieferer Adient.", "Adient"),
        ("Qualcomm entwickelt die Rechner. Die Scheinwerfer fertigt der Zulieferer Valeo in Polen.", "Valeo"),
    ],
)
def test_a_description_of_the_names_kind_stays_its_apposition(text, name):
    doc = run(text, "de")
    assert not [c for c in corefs(doc) if c[1] == "Qualcomm"]
    assert any(m.label == "COMPANY" and m.canonical == name for m in doc.mentions)


def test_a_description_of_another_kind_than_the_name_is_still_the_subject():
    # a carmaker after "der Zulieferer" is its customer
    doc = run("Bosch wächst. Seit Mai beliefert der Zulieferer Mercedes-Benz mit Sitzen.", "de")
    assert ("der Zulieferer", "Bosch") in corefs(doc)
