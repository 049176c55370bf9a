"""A year between "control" and its "of" ("took control in 2024 of Y", "a pris le contrôle en 2024 de
Y", "ha preso il controllo nel 2024 di Y", "tomó el control en 2024 de Y"; German "übernahm 2024 die
Kontrolle über Y" was read already): a purchase of Y. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik took control in 2024 of Brixo."),
    ("fr", "Norvik a pris le contrôle en 2023 de Brixo, qui fabrique des sièges."),
    ("it", "Norvik ha preso il controllo nel 2024 di Brixo."),
    ("es", "Norvik tomó el control en 2024 de Brixo."),
    ("de", "Norvik übernahm 2024 die Kontrolle über Brixo."),
])
def test_control_taken_in_a_year(lang, text):
    assert ("acquires", "Norvik", "Brixo", "active") in _rels(text, lang)


@pytest.mark.parametrize("text,holder,held,kind", [
    ("Norvik a pris le contrôle en 2023 de Brixo, qui fabrique des sièges, et en détient désormais 80 %.", "Norvik", "Brixo", "owns"),
    ("Norvik a racheté Brixo en 2019 et en détient aujourd'hui 80 %.", "Norvik", "Brixo", "owns"),
    ("Brixo a signé avec Norvik, qui en détient 30 %.", "Norvik", "Brixo", "invests_in"),
])
def test_french_clitic_en_stands_for_the_company_held(text, holder, held, kind):
    assert (kind, holder, held, "active") in _rels(text, "fr")
