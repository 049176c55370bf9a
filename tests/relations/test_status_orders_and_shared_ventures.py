"""An order verb makes an announced supply in every language, as "orders" does in English ("ordina 300
colonnine a Y", "encarga 400 buses a Y", "commande ses chargeurs à Y", "bestellt 300 Ladesäulen bei Y"):
delivered later, in the past tense too ("ha ordinato 500 celle"). A running order ("bestellt seit Jahren")
stays active. A joint venture named with a
relative in the present that tells it shared or run by its parents exists ("la sociedad conjunta que X
comparte con Y", "the joint venture that X shares with Y"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Dorvan")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Almara ordina 300 colonnine a Brixo per le autostrade."),
    ("es", "Almara encarga 400 buses eléctricos a Brixo en su mayor compra desde 2019."),
    ("fr", "Almara commande 120 chargeurs mégawatt à Brixo."),
    ("de", "Almara ordert 300 Ladesäulen bei Brixo."),
    ("en", "Almara orders 300 chargers from Brixo."),
])
def test_an_order_is_announced(language, text):
    assert _rels(text, language)[("supplies", "Brixo", "Almara")] == "announced"


def test_an_order_placed_is_announced_too():
    # (an order told in the past tense is still delivered later: the dev set's writers label it announced)
    assert _rels("Almara ha ordinato 500 celle a Brixo.", "it")[("supplies", "Brixo", "Almara")] == "announced"


def test_a_running_order_stays_active():
    assert _rels("Almara bestellt seit Jahren Zellen bei Brixo.", "de")[("supplies", "Brixo", "Almara")] == "active"


@pytest.mark.parametrize("language,text", [
    ("es", "El motor correrá a cargo de Dorvan, la sociedad conjunta que Almara comparte al 50% con la japonesa Brixo."),
    ("en", "The motors come from Dorvan, the joint venture that Almara shares with Brixo."),
    ("fr", "Les moteurs viennent de Dorvan, la coentreprise que Almara partage avec Brixo."),
    ("it", "Il motore sarà fornito da Dorvan, la joint venture che Almara ha costituito con Brixo e che produce già le unità."),
])
def test_a_venture_its_parents_share_is_active(language, text):
    got = _rels(text, language)
    assert "active" == (got.get(("joint_venture", "Almara", "Brixo")) or got.get(("joint_venture", "Brixo", "Almara")))
