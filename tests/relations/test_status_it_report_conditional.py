"""Italian news tells what it only heard in the conditional of any verb ("un'intesa con Y garantirebbe ...",
"X acquisterebbe le celle da Y"), not only in "sarebbe" or "avrebbe": reported, rumoured. "Avrebbe dovuto"
is a past that did not come about, no hearsay: the tie the sentence tells goes on as told. The future of
"venire" before a participle ("verrà fornita da Y") is a future passive: a tie still to come. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, names=("Solvanta", "Brivio", "Varenna")):
    doc = RelationExtractor()(make_doc(text, list(names), language="it"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text,key", [
    ("La joint venture tra Solvanta e Brivio garantirebbe alla fabbrica volumi aggiuntivi.", ("joint_venture", "Brivio", "Solvanta")),
    ("Solvanta acquisterebbe le celle da Brivio, secondo il piano.", ("supplies", "Brivio", "Solvanta")),
    ("La fornitura di Brivio a Solvanta partirebbe nel 2027.", ("supplies", "Brivio", "Solvanta")),
])
def test_a_conditional_of_any_verb_is_a_report(text, key):
    assert _rels(text)[key] == "rumoured"


def test_should_have_is_no_report():
    text = "Solvanta, che in un primo momento avrebbe dovuto comprare le celle altrove, si rifornisce ora da Brivio."
    assert _rels(text)[("supplies", "Brivio", "Solvanta")] == "active"


@pytest.mark.parametrize("text", [
    "Solvanta fornisce da anni le celle a Varenna, che dovrebbe rinnovare il contratto.",
    "Solvanta fornisce le celle a Varenna.",
])
def test_dovrebbe_and_a_plain_present_stay_active(text):
    assert _rels(text)[("supplies", "Solvanta", "Varenna")] == "active"


@pytest.mark.parametrize("text", [
    "L'elettricità verrà fornita da Brivio a Varenna con un accordo di dieci anni.",
    "Le celle verranno fornite da Brivio a Varenna.",
])
def test_the_future_of_venire_with_a_participle_is_to_come(text):
    assert _rels(text)[("supplies", "Brivio", "Varenna")] == "announced"
