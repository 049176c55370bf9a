"""A purchase told beside an ownership in a clause that names the company bought only by a pronoun, a
description or not at all ("Y is a subsidiary of X, which bought it in 2019", "Y, la controllata
rilevata da X nel 2024"): X acquired Y (active) as well as owning it. Not a purchase of a third
company, a minority share, or one still to come. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo has been a subsidiary of Norvik, which bought it from Kelda in 2019, and it now makes seats."),
    ("en", "Brixo is controlled by the Dutch group Norvik, which acquired the business in 2016."),
    ("it", "Oggi Brixo è controllata da Norvik, che l'aveva rilevata dai fondatori nel 2011."),
    ("it", "Norvik gestisce già, attraverso la controllata Brixo, acquisita nel 2021, una rete di cento stazioni."),
    ("es", "Norvik gestiona, a través de su filial Brixo, adquirida en 2019, una red de estaciones."),
    ("fr", "Brixo est depuis la filiale allemande de Norvik, qui en a pris le contrôle en 2015."),
    ("es", "Brixo, filial del grupo Norvik, que la compró en 2017, fabrica asientos en Vigo."),
    ("de", "Brixo gehört seit 2019 zum Industriekonzern Norvik, der das Unternehmen damals von der Gründerfamilie übernommen hatte."),
])
def test_purchase_beside_ownership(lang, text):
    got = _rels(text, lang)
    assert ("owns", "Norvik", "Brixo", "active") in got
    assert ("acquires", "Norvik", "Brixo", "active") in got


@pytest.mark.parametrize("lang,text", [
    # the purchase is of another company
    ("en", "Brixo is a subsidiary of Norvik, which bought Kelda in 2019."),
    # a minority share, a purchase to come
    ("en", "Brixo is a subsidiary of Norvik, which bought 20% of it in 2019."),
    ("it", "Brixo è controllata da Norvik, che la rileverà nel 2027."),
    ("de", "Brixo gehört zu Norvik, der das Unternehmen nicht übernommen hat."),
])
def test_no_purchase_of_the_owned_company(lang, text):
    # (a purchase still to come may be read by the frames, as announced; none is done)
    assert not any(t == "acquires" and (s, o) == ("Norvik", "Brixo") and st == "active" for t, s, o, st in _rels(text, lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo is controlled by Norvik, which bought it from Kelda in 2019."),
    ("it", "Brixo è controllata da Norvik, che l'ha rilevata da Kelda nel 2019."),
    ("es", "Brixo pertenece al grupo Norvik, que la compró a Kelda en 2019."),
    ("fr", "Brixo est la filiale de Norvik, qui l'a rachetée à Kelda en 2019."),
    ("de", "Brixo gehört zu Norvik, der das Unternehmen 2019 von Kelda übernommen hat."),
])
def test_seller_in_the_purchase_clause_owned_it(lang, text):
    got = _rels(text, lang)
    assert ("acquires", "Norvik", "Brixo", "active") in got
    assert ("owns", "Kelda", "Brixo", "ended") in got
