"""A contract whose own verb tells its end past an aside or a relative on it ("il contratto con Y per i compressori,
che da solo pesava per un quinto dei ricavi, è scaduto", "ein Liefervertrag mit Y, der mit der Pleite des Kunden
hinfällig geworden ist"): the tie is over, however far the verb stands from the party. Not a contract that
runs ("der bis 2030 läuft"), nor an end told of another contract. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.deal_ends import deal_ended_after

from .helpers import make_doc


def _status(text, language):
    doc = RelationExtractor()(make_doc(text, ["Solvanta", "Varenna"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}[("supplies", "Solvanta", "Varenna")]


@pytest.mark.parametrize("language,text", [
    ("it", "Solvanta ha perso un cliente: il contratto di fornitura con Varenna per i compressori dei furgoni elettrici, "
           "che da solo pesava per un quinto dei ricavi, è scaduto a fine 2025."),
    ("de", "Solvanta hatte einen Liefervertrag mit Varenna, der mit der Pleite des Kunden hinfällig geworden ist."),
])
def test_a_contract_ended_by_its_own_verb_is_ended(language, text):
    assert _status(text, language) == "ended"


def test_a_contract_that_runs_stays_active():
    assert _status("Solvanta hat einen Liefervertrag mit Varenna, der bis 2030 läuft.", "de") == "active"


def _spans(text, *names):
    return [(text.find(n), text.find(n) + len(n)) for n in names]


@pytest.mark.parametrize("language,text,ended", [
    ("it", "Il contratto con Varenna, che valeva un quinto del fatturato di Solvanta, è scaduto a giugno.", True),
    ("it", "Il contratto con Varenna prosegue, mentre quello con Brivio è scaduto a giugno.", False),
    ("it", "Il contratto con Varenna, scaduto a giugno, è stato rinnovato per tre anni.", False),
    ("en", "The contract with Varenna, which covered a fifth of sales, ran out in June.", True),
    ("en", "The contract with Varenna goes on, but the one with Brivio ran out in June.", False),
    ("fr", "Le contrat avec Varenna, qui couvrait un cinquième des ventes, n'a pas été reconduit.", True),
    ("es", "El contrato con Varenna, que suponía una quinta parte de las ventas, expiró en junio.", True),
    ("es", "El contrato con Varenna sigue vigente; el de Brivio expiró en junio.", False),
])
def test_the_end_must_be_the_contracts_own(language, text, ended):
    t0 = text.lower().find("contra")
    t1 = text.find(" ", t0)
    assert deal_ended_after(language, text, t0, t1, _spans(text, "Varenna")) is ended


def test_a_tie_named_in_an_apposition_after_the_contract_is_not_its_own():
    text = "Il contratto con Varenna, la joint venture di Brivio e Solvanta, è scaduto a giugno."
    t0 = text.find("joint venture")
    assert not deal_ended_after("it", text, t0, t0 + len("joint venture"), _spans(text, "Brivio", "Solvanta"))
