"""An unknown company, its unit named after it and ending in a place or market ("Brandauer
Stanztechnik", "Brandauer Automotive Polska"), and the first word alone later ("Brandauer"): the
short form is the company, not the unit, once the full name has introduced it (a headline's short
name before the full name does not count). Where two names share the first word and neither is a
unit, the short form stays alone. Invented companies and sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("language,text", [
    ("de", "Brandauer ist pleite. Der Zulieferer Brandauer Stanztechnik GmbH hat Insolvenz beantragt. Die Tochter "
           "Brandauer Automotive Polska arbeitet weiter. Brandauer beliefert seit Jahren BMW."),
    ("en", "Brandauer files for insolvency. The supplier Brandauer Stanztechnik GmbH filed for insolvency on Monday. "
           "Its unit Brandauer Automotive UK keeps working. Brandauer has supplied BMW for years."),
])
def test_the_short_form_is_the_company_not_its_unit(language, text):
    got = spans(run(text, language), "COMPANY")
    assert ("Brandauer", "Brandauer Stanztechnik") in got


def test_two_names_that_are_no_units_leave_the_short_form_alone():
    text = ("Der Zulieferer Brandauer Stanztechnik GmbH hat Insolvenz beantragt. Die Schwester Brandauer "
            "Gusstechnik GmbH arbeitet weiter. Brandauer beliefert seit Jahren BMW.")
    got = spans(run(text, "de"), "COMPANY")
    assert ("Brandauer", "Brandauer Stanztechnik") not in got and ("Brandauer", "Brandauer Gusstechnik") not in got
