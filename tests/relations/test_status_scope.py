"""Statuses of real news, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def statuses(sentence, companies, lang):
    return sorted({(r.type, r.status) for r in rels(sentence, companies, language=lang)})


@pytest.mark.parametrize("lang, sentence, companies, status", [
    # a joint venture spoken of as existing is active ...
    ("en", "Hyundai Mobis, which runs a joint venture with Toyota Tsusho in Texas, reported results.", ["Hyundai Mobis", "Toyota Tsusho"], "active"),
    ("it", "Ewiva, la joint venture tra Enel X Way e Volkswagen nata nel 2022, ha 1.000 punti di ricarica.", ["Enel X Way", "Volkswagen"], "active"),
    ("fr", "Cellforce, la coentreprise de Porsche et Customcells, produit à Tübingen.", ["Porsche", "Customcells"], "active"),
    # ... one being founded, agreed or planned is announced
    ("en", "Honda and Asahi Kasei form a joint venture to make separators.", ["Honda", "Asahi Kasei"], "announced"),
    ("de", "Daimler Truck und Volvo gründen ein Gemeinschaftsunternehmen für Software.", ["Daimler Truck", "Volvo"], "announced"),
    ("es", "Acciona y Nordex crean una empresa conjunta para fabricar palas.", ["Acciona", "Nordex"], "announced"),
    ("it", "Pirelli e Bosch daranno vita a una joint venture entro l'anno.", ["Pirelli", "Bosch"], "announced"),
])
def test_joint_venture_existing_or_being_founded(lang, sentence, companies, status):
    assert statuses(sentence, companies, lang) == [("joint_venture", status)]
