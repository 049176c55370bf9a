"""A supply contract "closed" is signed, not yet running ("ha cerrado con Y un contrato de suministro",
"has closed a supply contract with Y": announced), while a funding round or a purchase closed is done
("cerrara una ronda de financiación liderada por Y", "cerró la compra de Y": active). A German clause
opened by a participle and "wird" is a present passive, not a future ("Angeführt wird die Runde von
Y"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Korvan", "Maltrix")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("es", "Korvan ha cerrado con Maltrix un contrato de suministro de motores para sus nuevos autobuses."),
    ("en", "Maltrix has closed a multi-year supply contract with Korvan for its new electric buses."),
])
def test_a_supply_contract_closed_is_signed_not_running(language, text):
    got = _rels(text, language)
    assert "announced" in {got.get(("supplies", "Korvan", "Maltrix")), got.get(("supplies", "Maltrix", "Korvan"))}
    assert "active" not in {got.get(("supplies", "Korvan", "Maltrix")), got.get(("supplies", "Maltrix", "Korvan"))}


@pytest.mark.parametrize("language,text", [
    ("es", "El anuncio llega después de que Maltrix cerrara una ronda de financiación de 90 millones de euros "
           "liderada por el fondo Korvan."),
    ("de", "Maltrix hat eine Finanzierungsrunde über 90 Millionen Euro abgeschlossen. Angeführt wird die Runde von Korvan."),
    ("en", "Maltrix closed a funding round of 90 million euros led by Korvan."),
])
def test_a_funding_round_closed_is_done(language, text):
    assert _rels(text, language)[("invests_in", "Korvan", "Maltrix")] == "active"


@pytest.mark.parametrize("language,text", [
    ("es", "Korvan cerró la compra de Maltrix en marzo."),
    ("en", "Korvan closed the deal to buy Maltrix in March."),
])
def test_a_purchase_closed_is_done(language, text):
    assert _rels(text, language)[("acquires", "Korvan", "Maltrix")] == "active"
