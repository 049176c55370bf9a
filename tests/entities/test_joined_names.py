"""Two company names joined by a bar are one co-branded company (entities/joined_names.py):
"Repsol | Shell Recharge" is one name, not Repsol and Shell Recharge. A line with several bars is a
list of teasers or links and joins nothing. Sentences written for the test (invented joint brands)."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str | None]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Repsol | Shell Recharge will open forty charging hubs in Portugal next year."),
        ("it", "Repsol | Shell Recharge aprirà quaranta stazioni di ricarica in Portogallo."),
        ("de", "Repsol | Shell Recharge eröffnet im nächsten Jahr vierzig Ladeparks in Portugal."),
        ("fr", "Repsol | Shell Recharge ouvrira quarante stations de recharge au Portugal."),
        ("es", "Repsol | Shell Recharge abrirá cuarenta estaciones de carga en Portugal."),
    ],
)
def test_barred_names_are_one_company(language, text):
    names = companies(text, language)
    assert "Repsol | Shell Recharge" in names
    assert "Shell Recharge" not in names and "Repsol" not in names


def test_a_line_of_teasers_joins_nothing():
    text = "Latest: Ionity raises prices | Stellantis cuts jobs at Repsol | Shell Recharge opens hubs."
    names = companies(text, "en")
    assert "Repsol | Shell Recharge" not in names
    assert "Repsol" in names and "Shell Recharge" in names


@pytest.mark.parametrize("line", ["Stellantis | Samsung SDI", "  Ionity | Fastned  "])
def test_a_line_of_two_labels_joins_nothing(line):
    text = line + "\nThe two companies signed a cell supply agreement on Tuesday."
    names = companies(text, "en")
    assert line.strip() not in names
