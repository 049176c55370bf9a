"""An order placed is a supply contract whose deliveries come later: announced ("Brixo orders 300
trucks from Almara", "bestellt ... bei", "ordina a", "a commandé à", "ha encargado a"); sourcing
verbs keep the present ("sources its cells from" is active). A sale agreed but not done leaves the
seller holding the stake ("a accepté de céder sa participation", "hat sich bereit erklärt, seine
Beteiligung ... zu verkaufen"); a completed sale ends it. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Brixo has ordered battery storage systems from Almara for its charging parks."),
    ("de", "Der Energieversorger Brixo bestellt Großspeicher bei Almara."),
    ("de", "Brixo hat bei Almara Großspeicher für seine Ladeparks bestellt."),
    ("it", "Brixo ordina ad Almara batterie per i suoi impianti."),
    ("fr", "Brixo a commandé des chargeurs rapides à Almara pour ses stations."),
    ("es", "Brixo ha encargado a Almara sistemas de almacenamiento para sus estaciones."),
])
def test_an_order_placed_is_announced(language, text):
    got = _rels(text, language)
    assert {v for (t, *_), v in got.items() if t == "supplies"} == {"announced"}


@pytest.mark.parametrize("language,text", [
    ("en", "Brixo sources its battery cells from Almara."),
    ("de", "Brixo bezieht seine Batteriezellen von Almara."),
])
def test_sourcing_stays_in_the_present(language, text):
    got = _rels(text, language)
    assert {v for (t, *_), v in got.items() if t == "supplies"} == {"active"}


@pytest.mark.parametrize("language,text", [
    ("fr", "Almara a accepté de céder sa participation dans Brixo à Kelda."),
    ("de", "Almara hat sich bereit erklärt, seine Beteiligung an Brixo an Kelda zu verkaufen."),
    ("en", "Almara has agreed to sell its stake in Brixo to Kelda, pending approval."),
])
def test_a_sale_agreed_leaves_the_seller_holding(language, text):
    got = _rels(text, language)
    seller = {v for (t, s, _), v in got.items() if s == "Almara" and t in ("invests_in", "owns")}
    assert seller == {"active"}


@pytest.mark.parametrize("language,text", [
    ("fr", "Almara a cédé sa participation dans Brixo à Kelda en 2024."),
    ("de", "Almara hat seine Beteiligung an Brixo 2024 an Kelda verkauft."),
])
def test_a_sale_done_ends_the_stake(language, text):
    got = _rels(text, language)
    seller = {v for (t, s, _), v in got.items() if s == "Almara" and t in ("invests_in", "owns")}
    assert seller == {"ended"}
