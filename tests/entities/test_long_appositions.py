"""A local company introduced by a long English apposition ("Velmar Freight, a family-run
haulage and storage firm in Upton,") is a company (entities/long_appositions.py); a phrase whose
noun belongs to something else, or that describes a person, a place or an association, is not.
Sentences and companies invented for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text):
    return {m.canonical for m in run(text, "en").mentions if m.label == "COMPANY" and m.source != "coref"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Drumlow Haulage, a family-run haulage and storage firm in Kendal, said it had won the contract.",
         "Drumlow Haulage"),
        ("Pellatt Thermal, a 40-strong Exeter engineering company that builds heat exchangers, confirmed the order.",
         "Pellatt Thermal"),
        ("Closer to home, Ferrow, a Leeds-based steel and cladding contractor, has started on site.", "Ferrow"),
    ],
)
def test_a_long_apposition_names_a_company(text, name):
    assert name in companies(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Marta Quillon, a former senior engineer at the firm, said the line was late.", "Marta Quillon"),
        ("Tarnby, the small market town with one big employer and one firm, voted against it.", "Tarnby"),
        ("Orvel, a small but vocal regional lobbying group, asked for subsidies.", "Orvel"),
        ("Velto, a small cheap hatchback made by the company, is popular in Spain.", "Velto"),
    ],
)
def test_other_long_appositions_name_no_company(text, word):
    assert word not in companies(text)
