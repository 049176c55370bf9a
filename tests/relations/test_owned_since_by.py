"""A time between an ownership participle and its agent ("owned since 2021 by", "détenue depuis 2021
par", as Spanish "controlada desde 2020 por", Italian "controllata dal 2021 dal" and German "seit 2021
im Besitz von" were read already): the agent owns the company. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo, owned since 2021 by the investment firm Norvik, said the deal was signed."),
    ("en", "Brixo, wholly owned for more than ten years by Norvik, makes seats."),
    ("en", "Brixo, controlled since 2020 by the fund Norvik, makes seats."),
    ("fr", "Brixo, détenue depuis 2021 par le fonds Norvik, a signé le contrat."),
    ("fr", "Brixo, contrôlée depuis près de dix ans par Norvik, fabrique des sièges."),
    ("es", "Brixo, controlada desde 2020 por el fondo Norvik, fabrica asientos."),
    ("it", "Brixo, controllata dal 2021 dal fondo Norvik, ha firmato l'accordo."),
    ("de", "Brixo, seit 2021 im Besitz des Finanzinvestors Norvik, hat den Vertrag unterzeichnet."),
])
def test_owned_since_by(lang, text):
    assert ("owns", "Norvik", "Brixo", "active") in _rels(text, lang)


def test_jointly_owned_since_stays_a_venture():
    rels = _rels("Brixo, owned since 2021 by Norvik and Kelda, makes cells.", "en")
    assert ("owns", "Norvik", "Brixo", "active") not in rels
