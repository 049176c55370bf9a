"""A business group with no holding company of its own is its lead company (entities/group_leads.py):
"Hyundai Motor Group" is Hyundai Motor, also where a description points back to it; a group with a
holding of its own ("Tata Group", "Samsung Group") stays. Sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.entities.group_leads import group_lead


def canonicals(text: str, language: str, surface: str) -> set[str | None]:
    return {m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == surface}


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Hyundai Motor Group has bought a robotics start-up in Boston."),
        ("it", "Hyundai Motor Group ha rilevato una società di robotica di Boston."),
        ("de", "Hyundai Motor Group hat ein Robotik-Unternehmen aus Boston übernommen."),
        ("fr", "Hyundai Motor Group a racheté une entreprise de robotique de Boston."),
        ("es", "Hyundai Motor Group ha comprado una empresa de robótica de Boston."),
    ],
)
def test_group_without_holding_is_its_lead_company(language, text):
    assert canonicals(text, language, "Hyundai Motor Group") == {"Hyundai Motor"}


def test_group_with_a_holding_stays():
    assert group_lead("Tata Group") is None
    assert group_lead("Samsung Group") is None
    assert group_lead("Hyundai Motor Group") == "Hyundai Motor"
    text = "Tata Group will fund a new cell plant in Gujarat through its unit Agratas."
    assert canonicals(text, "en", "Tata Group") == {"Tata Group"}


def test_a_description_of_the_group_is_the_lead_company():
    doc = run("Analysts expect a busy year. Hyundai Motor Group opened a software centre in Seoul. "
              "The group also plans a chip unit.", "en")
    refs = {m.canonical for m in doc.mentions if m.label == "COMPANY" and m.source == "coref"}
    assert "Hyundai Motor Group" not in refs
