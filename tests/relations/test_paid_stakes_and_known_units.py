"""A stake told by the price paid for it ("X paid EUR 1.5bn in 2023 for about 21% of Y", five
languages); a minority investor told on the page leaves a unit's gazetteer parent its owner
(Comilog is Eramet's unit in the gazetteer); a company the page calls an affiliate gets no parent
from the gazetteer. Invented sentences, made-up companies besides the gazetteer pair."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Comilog", "Eramet")


def _rels(text, lang="en"):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik paid about 1.5 billion euros in 2023 for around 21% of Brixo, becoming its largest shareholder."),
    ("fr", "Norvik a payé en 2023 environ 1,5 milliard d'euros pour 21 % du capital de Brixo."),
    ("it", "Norvik ha pagato nel 2023 circa 1,5 miliardi di euro per il 21% di Brixo."),
    ("es", "Norvik pagó en 2023 unos 1.500 millones de euros por alrededor del 21% del capital de Brixo."),
    ("de", "Norvik zahlte 2023 rund 1,5 Milliarden Euro für 21 Prozent an Brixo."),
])
def test_paid_for_a_minority(lang, text):
    assert ("invests_in", "Norvik", "Brixo", "active") in _rels(text, lang)


def test_paid_for_a_majority_to_come():
    assert ("acquires", "Norvik", "Brixo", "announced") in _rels("Norvik will pay 3 billion euros for 60% of Brixo.")


def test_paid_for_goods_is_no_stake():
    got = _rels("Norvik paid Brixo 2 billion euros for cells that cover 20% of its needs.")
    assert not any(r[0] in ("invests_in", "acquires") for r in got)


def test_minority_investor_leaves_the_parent():
    got = _rels("Eramet and Comilog signed the mining deal on Monday. Norvik will take a 9.9% stake in Comilog.")
    assert ("owns", "Eramet", "Comilog", "active") in got
    assert any(r[:3] == ("invests_in", "Norvik", "Comilog") for r in got)


def test_buyer_still_hides_the_parent():
    got = _rels("Eramet and Comilog signed the mining deal on Monday. Norvik agreed to buy Comilog.")
    assert ("owns", "Eramet", "Comilog", "active") not in got


def test_affiliate_gets_no_gazetteer_parent():
    got = _rels("Eramet and its mining affiliate Comilog signed the deal on Monday.")
    assert not any(r[0] == "owns" for r in got)
