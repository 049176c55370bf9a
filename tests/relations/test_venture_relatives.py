"""A stake told in a relative right after "a joint venture with Y" is a stake in the venture: its holder
and Y are the venture's parents, not owner and unit (venture_relatives.py). Invented sentences; French
reads no stake there ("dont X détient") and so has nothing to mend."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("de", "Die Cellforce, ein Gemeinschaftsunternehmen mit dem französischen Zulieferer Valeo, an dem Bosch 60 Prozent hält, setzte wenig um."),
    ("en", "Cellforce, a joint venture with the French supplier Valeo in which Bosch holds 60 percent, sold little."),
    ("it", "Cellforce, una joint venture con il fornitore Valeo di cui Bosch detiene il 60%, ha venduto poco."),
    ("es", "Cellforce, una empresa conjunta con el proveedor Valeo en la que Bosch tiene el 60 %, vendió poco."),
])
def test_the_holder_and_the_partner_are_the_ventures_parents(language, text):
    found = rels(text, language)
    assert ("joint_venture", "Bosch", "Valeo") in found
    assert not any(t in ("owns", "invests_in") and tgt == "Valeo" for t, _, tgt in found)


def test_a_stake_in_a_partner_named_after_a_deal_stays_a_stake():
    found = rels("Bosch signed a deal with Valeo, in which Bosch holds 60 percent.", "en")
    assert ("owns", "Bosch", "Valeo") in found
