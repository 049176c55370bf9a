"""The local company that runs a plant is often named after its parent and its town, then its legal
form ("die Velmora Guben GmbH", "Velmora Melfi S.r.l.", "Velmora Sunderland Ltd"), a national one after
its country ("Velmora Deutschland GmbH"): the place ends the company's name and is no place there
(patterns._by_legal_form). A place alone before a legal form names nothing. Sentences and companies
invented for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def labelled(text, lang):
    return {(m.text, m.label) for m in run(text, lang).mentions}


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Bauherr ist die Velmora Guben GmbH, eine Tochter der Ortigas.", "de", "Velmora Guben GmbH"),
        ("Die Velmora Deutschland GmbH liefert Zellen an Brenvik.", "de", "Velmora Deutschland GmbH"),
        ("Lo stabilimento è della Velmora Melfi S.r.l., controllata dal gruppo.", "it", "Velmora Melfi S.r.l."),
        ("The plant is run by Velmora Sunderland Ltd, a unit of Ortigas.", "en", "Velmora Sunderland Ltd"),
    ],
)
def test_a_town_before_the_legal_form_ends_the_name(text, lang, name):
    found = labelled(text, lang)
    assert (name, "COMPANY") in found
    assert not any(label == "PLACE" and t in name for t, label in found)


def test_a_place_alone_before_a_legal_form_names_nothing():
    found = labelled("Die Zellen kommen aus Guben GmbH.", "de")
    assert not any(label == "COMPANY" for _, label in found)
