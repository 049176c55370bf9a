"""A French legal form after a name ("Meldrow SA") is no possessive: "sa coentreprise" names a tie that
exists (active), but "Meldrow SA sera absorbée par Tarvion SA" is a purchase to come (announced).
Invented names and sentences."""

from __future__ import annotations

import pytest

from .helpers import one, rels


@pytest.mark.parametrize("text", [
    "Meldrow SA sera absorbée par Tarvion SA.",
    "Meldrow SA sera absorbée par Tarvion SA d'ici la fin de l'année.",
])
def test_a_legal_form_before_a_future_passive_keeps_the_future(text):
    assert one(rels(text, ["Meldrow", "Tarvion"], "fr"))[:4] == ("acquires", "Tarvion", "Meldrow", "announced")


def test_a_possessive_before_the_tie_still_names_a_standing_one():
    text = "Tarvion a présenté ses comptes. Sa coentreprise avec Meldrow produit des cellules à Douai."
    got = rels(text, ["Meldrow", "Tarvion"], "fr", coref={"Sa": "Tarvion"})
    assert ("joint_venture", "active") in {(r.type, r.status) for r in got}
