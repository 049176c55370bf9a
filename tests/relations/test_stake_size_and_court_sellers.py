"""Ownership-family readings (invented sentences, made-up companies):

* a German stake told before a description of the company, with the verb last ("hat gut 20 Prozent
  an der chinesischen Muttergesellschaft Y erworben"): the figure decides, a minority stake;
* a parent noun right after a stake's preposition names what the stake is in, not the parent of
  the subject ("a 20% stake in its parent company Y");
* a standing ownership told beside a completed purchase ("Y is a subsidiary of X, which bought it in
  2019"): both are read; a pending purchase keeps the purchase alone;
* a court officer sells for the company he administers ("the administrator of X sells Y to Z"): X
  owned Y; a sale noun may name the buyer before the unit ("la cessione a Z della controllata Y").
"""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda", "Tavira")


def _rels(text, lang, coref=None):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang, coref=coref))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


def _pairs(text, lang):
    return {(t, s, g) for t, s, g, _ in _rels(text, lang)}


@pytest.mark.parametrize("text", [
    "Norvik hat 2021 gut 20 Prozent an der schwedischen Muttergesellschaft Brixo erworben.",
    "Nachdem Norvik für rund 900 Millionen Euro knapp 15 Prozent an dem dänischen Batteriehersteller Brixo erworben hatte, stieg die Aktie.",
])
def test_de_stake_before_description_is_minority(text):
    got = _pairs(text, "de")
    assert ("invests_in", "Norvik", "Brixo") in got
    assert not any(t in ("acquires", "owns") for t, _, _ in got)


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik bought a 12% stake in its Danish parent company Brixo last year."),
    ("de", "Norvik hält 12 Prozent an der dänischen Muttergesellschaft Brixo."),
    ("fr", "Norvik a acquis 12 % de la maison mère Brixo l'an dernier."),
    ("it", "Norvik ha rilevato il 12% della capogruppo Brixo l'anno scorso."),
    ("es", "Norvik compró el 12% de la matriz Brixo el año pasado."),
])
def test_parent_noun_after_stake_is_no_parent(lang, text):
    got = _pairs(text, lang)
    assert ("invests_in", "Norvik", "Brixo") in got
    assert ("owns", "Brixo", "Norvik") not in got


def test_parent_noun_without_stake_still_reads_parent():
    assert ("owns", "Brixo", "Kelda") in _pairs("Kelda und ihre Muttergesellschaft Brixo bauen ein Werk.", "de")


@pytest.mark.parametrize("lang,text", [
    ("en", "Kelda is a subsidiary of Norvik, which bought it in 2019."),
    ("it", "Kelda è controllata da Norvik, che ne ha rilevato la maggioranza nel 2019."),
])
def test_control_beside_done_purchase_gives_both(lang, text):
    got = _rels(text, lang, coref={"it": "Kelda"} if lang == "en" else None)
    assert ("owns", "Norvik", "Kelda", "active") in got
    assert ("acquires", "Norvik", "Kelda", "active") in got


def test_pending_purchase_gives_no_ownership():
    got = _pairs("Norvik agreed to buy Kelda, the battery maker, for $2bn.", "en")
    assert ("acquires", "Norvik", "Kelda") in got
    assert ("owns", "Norvik", "Kelda") not in got


@pytest.mark.parametrize("lang,text,status", [
    ("en", "The administrator of Norvik has agreed to sell its battery unit Kelda to Brixo.", "active"),
    ("de", "Der Insolvenzverwalter des dänischen Zulieferers Norvik hat vereinbart, die Tochter Kelda an Brixo zu verkaufen.", "active"),
    ("fr", "L'administrateur judiciaire de Norvik a accepté de céder sa filiale Kelda à Brixo.", "active"),
    ("it", "Il curatore fallimentare di Norvik ha venduto la controllata Kelda a Brixo.", "ended"),
    ("es", "El administrador concursal de Norvik ha acordado vender Kelda a Brixo.", "active"),
])
def test_court_officer_sells_for_the_company(lang, text, status):
    got = _rels(text, lang)
    assert any(r[:3] == ("acquires", "Brixo", "Kelda") for r in got)
    assert ("owns", "Norvik", "Kelda", status) in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik completed the sale to Brixo of its battery unit Kelda."),
    ("fr", "Norvik a finalisé la vente à Brixo de sa filiale Kelda."),
    ("it", "Norvik ha completato la cessione a Brixo della controllata Kelda."),
    ("es", "Norvik ha completado la venta a Brixo de su filial Kelda."),
])
def test_sale_noun_buyer_before_unit(lang, text):
    got = _rels(text, lang)
    assert ("acquires", "Brixo", "Kelda", "active") in got
    assert ("owns", "Norvik", "Kelda", "ended") in got


def test_sale_noun_of_a_stake_is_not_a_unit_sale():
    got = _pairs("Norvik completed the sale to Brixo of 20% of Kelda.", "en")
    assert ("owns", "Norvik", "Kelda") not in got
