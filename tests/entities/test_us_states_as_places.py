"""US states the place list lacked (Massachusetts, Pennsylvania, Florida ...): a description that
gives a company's home state ("das Unternehmen aus Massachusetts", "the Massachusetts company") does
not point back to a company known to be at home elsewhere. Real place and company names, invented
sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans

from tierscope.entities.gazetteer import places


@pytest.mark.parametrize("name", ["Massachusetts", "Pennsylvania", "Florida", "Minnesota", "Colorado", "New Jersey"])
def test_a_us_state_is_a_region_of_the_us(name):
    place = places().get(name)
    assert place is not None and place.country == "US" and place.kind == "region"


@pytest.mark.parametrize("language,text,description", [
    ("de", "Mercedes arbeitet mit dem US-Start-up Factorial Energy an Festkörperzellen. CATL liefert Zellen. "
           "An dem Unternehmen aus Massachusetts sind die Stuttgarter beteiligt.", "dem Unternehmen"),
    ("en", "Mercedes works with Factorial Energy on solid-state cells. CATL supplies cells. "
           "The company from Massachusetts has raised money.", "The company from Massachusetts"),
])
def test_a_home_state_rules_out_a_company_at_home_elsewhere(language, text, description):
    got = dict(spans(run(text, language), "COMPANY"))
    assert got.get(description) != "CATL"
