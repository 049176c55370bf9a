"""A German noun of a company's rank or rival ("der chinesische Marktführer", "der Branchenprimus",
"der Konkurrent") is a description, not a company's name, though a verb of business follows it
(``entities/non_companies.py``)."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("text, noun", [
    ("Die Zellen kommen aus Asien. Der chinesische Marktführer beliefert seit 2020 die Stuttgarter mit Zellen für ihre Limousinen.",
     "Marktführer"),
    ("Der koreanische Weltmarktführer liefert ab 2027 Separatoren an Norvexa Motors GmbH.", "Weltmarktführer"),
    ("Der Branchenprimus beliefert seit 2021 die Busse von Norvexa Motors GmbH.", "Branchenprimus"),
    ("Der japanische Konkurrent liefert die Zellen für den neuen Transporter von Norvexa Motors GmbH.", "Konkurrent"),
    ("Der amerikanische Wettbewerber beliefert Norvexa Motors GmbH mit Wechselrichtern.", "Wettbewerber"),
])
def test_a_rank_noun_is_no_company(text, noun):
    assert all(noun not in t for t, _ in spans(run(text, "de"), "COMPANY"))
