"""Suppliers named as the agent of goods in the sentence after their customer's (relations/
agent_suppliers.py), invented sentences: "The cells are supplied by X", "Die Zellen kommen von X",
"Ses bornes, fournies par X", "I motori saranno forniti da X", "Las celdas proceden de X"."""

from __future__ import annotations

import pytest

from .helpers import make_doc
from tierscope.relations import RelationExtractor

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Almara")


def _rels(text, language, **kw):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=language, **kw))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text", [
    ("en", "Norvik builds its first electric van in Lyon. The battery cells are supplied by Corvalis."),
    ("en", "Norvik opened its plant last year. Its battery cells come mainly from Corvalis."),
    ("de", "Norvik setzt auf einen ähnlichen Mix. Die Zellen werden überwiegend von Corvalis geliefert."),
    ("de", "Norvik baut den neuen Transporter in Bremen. Die Batteriezellen kommen seither aus Asien, unter anderem von Corvalis."),
    ("fr", "Norvik ouvre dix stations cette année. Ses bornes de recharge, fournies par l'italien Corvalis, délivrent 300 kW."),
    ("fr", "Norvik assemble sa citadine à Douai. Les cellules proviennent de Corvalis."),
    ("it", "Norvik produce il nuovo furgone a Torino. I motori saranno forniti da Corvalis."),
    ("it", "Norvik ha avviato la produzione. Le celle arrivano dal gruppo Corvalis."),
    ("es", "Norvik monta su primer coche en Vigo. Las celdas proceden de Corvalis."),
    ("es", "Norvik abrió la planta en marzo. Los motores son suministrados por Corvalis."),
])
def test_agent_supplies_the_company_before(language, text):
    assert ("supplies", "Corvalis", "Norvik") in _rels(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Norvik builds its van in Lyon. The cells are supplied by Corvalis and Tessaro."),
    ("de", "Norvik baut den Transporter in Bremen. Die Zellen kommen von Corvalis und Tessaro."),
    ("fr", "Norvik assemble sa citadine à Douai. Les cellules sont fournies par Corvalis et par Tessaro."),
])
def test_a_list_of_agents(language, text):
    assert {("supplies", "Corvalis", "Norvik"), ("supplies", "Tessaro", "Norvik")} <= _rels(text, language)


@pytest.mark.parametrize("language, text", [
    # an apposition names the agent's owner, no supplier
    ("en", "Norvik builds its van in Lyon. The cells are supplied by Corvalis, a unit of Tessaro."),
    ("fr", "Norvik a ouvert son usine. La technologie lui a été fournie par Corvalis, la filiale de Tessaro."),
])
def test_owner_in_an_apposition_is_no_supplier(language, text):
    rels = _rels(text, language)
    assert ("supplies", "Corvalis", "Norvik") in rels
    assert not any(r[1] == "Tessaro" and r[0] == "supplies" for r in rels)


@pytest.mark.parametrize("language, text", [
    # money, not goods
    ("en", "Norvik builds a plant in Ohio. The money comes from Corvalis."),
    ("de", "Norvik baut ein Werk in Bremen. Das Geld kommt von Corvalis."),
    # a source of news, a speaker
    ("de", "Norvik baut ein Werk in Bremen. Das Aluminium soll nach Angaben von Corvalis aus Sachsen kommen."),
    ("de", "Norvik baut ein Werk. \"Der Lkw kommt, aber später\", sagte ein Sprecher von Corvalis."),
    # a company that keeps silent
    ("fr", "Norvik n'a pas souhaité commenter. Les cellules seront fournies par Corvalis."),
])
def test_no_supply(language, text):
    assert not any(r[0] == "supplies" for r in _rels(text, language))


def test_a_customer_named_in_the_sentence_is_read_there():
    rels = _rels("Norvik builds a plant in Ohio. The cells for Tessaro are supplied by Corvalis.", "en")
    assert ("supplies", "Corvalis", "Norvik") not in rels


def test_a_peer_before_is_no_customer():
    text = "Norvik makes battery cells in Hungary. Battery cells also come from Corvalis."
    rels = _rels(text, "en", sectors={"Norvik": ["battery"], "Corvalis": ["battery"]})
    assert not any(r[0] == "supplies" for r in rels)
