"""A time after "to"/"for" is no recipient of deliveries (which would make them another company's): English
"May" is a month like the others, and a half-year "H2" is a time only when no capitalised word follows it
("deliveries to H2 Mobility" name a company)."""

from __future__ import annotations

import pytest

from tierscope.relations import status


@pytest.mark.parametrize("text", [
    "the first deliveries to May 2027 were put back",
    "deliveries for May are sold out",
    "deliveries for H2 2027 are planned",
    "die ersten Lieferungen sind für Ende 2027 geplant",
])
def test_a_time_is_no_recipient(text):
    assert status._TO_OTHER_ANY.search(text) is None


@pytest.mark.parametrize("text", [
    "deliveries to H2 Mobility start in March",
    "deliveries to Brixo start in March",
])
def test_a_name_is_a_recipient(text):
    assert status._TO_OTHER_ANY.search(text) is not None
