"""An owner compound glued to the last name of a list ("A, B und die Vostra-Tochter C", "A, B and the
Vostra-owned C") names the owner of C alone: the names before it are C's companions, not its owners
(frames/deals.py). Glued compounds exist in German and English only."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("de", "Bosch, Continental und die Volkswagen-Tochter PowerCo haben ein Konsortium gegründet."),
    ("de", "Die Module kommen von Bosch, Continental und der Volkswagen-Tochter PowerCo."),
    ("en", "Bosch, Continental and the Volkswagen-owned PowerCo have formed a consortium."),
])
def test_only_the_glued_name_owns_the_unit(language, text):
    found = rels(text, language)
    assert ("owns", "Volkswagen", "PowerCo") in found
    assert ("owns", "Bosch", "PowerCo") not in found and ("owns", "Continental", "PowerCo") not in found


def test_a_lone_glued_owner_still_owns():
    assert ("owns", "Varta", "V4Drive") in rels("Die Varta-Tochter V4Drive baut ein Werk in Ellwangen.", "de")
