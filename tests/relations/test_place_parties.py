"""A town named as a plant's place is no party to a supply; the plant's owner is
(``relations/place_parties.py``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


# "Salzgitter" is a town of the place list that shares its name with a company
@pytest.mark.parametrize("lang, sentence", [
    ("en", "Ionway is now focusing on supplying Kestrel's Salzgitter cell factory."),
    ("fr", "Ionway fournit des cathodes à l'usine de Kestrel à Salzgitter."),
    ("fr", "Ionway fournit des cathodes à l'usine de Salzgitter de Kestrel."),
    ("es", "Ionway suministra cátodos a la fábrica de Salzgitter de Kestrel."),
    ("it", "Ionway fornisce catodi allo stabilimento di Salzgitter di Kestrel."),
    ("de", "Ionway liefert Kathoden an das Werk Salzgitter von Kestrel."),
])
def test_the_plant_owner_is_the_customer(lang, sentence):
    assert supplies(sentence, ["Ionway", "Kestrel", "Salzgitter"], lang) == [("Ionway", "Kestrel")]


def test_a_company_that_is_no_town_keeps_its_tie():
    # "Nordia" is no town: the name before the plant noun stays the party
    assert supplies("Ionway is now supplying Kestrel's Nordia cell factory.", ["Ionway", "Kestrel", "Nordia"], "en") == [("Ionway", "Nordia")]
