"""The plant goods go to under a contract is the contract partner's, also when an article and an
adjective of origin stand between "with" and its name ("con la francese Y", "avec le coréen Y",
"with the Swedish Y"); and the possessive of a plant is the subject of its own clause after a colon
("... in two ventures: Y, held by X and Z, opened its plant in W" is Y's)."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("it", "Norvane ha concluso con la belga Brelix un accordo: consegnerà tre robot di saldatura alla gigafactory di Valbrena."),
    ("fr", "Norvane a signé un contrat avec le coréen Brelix pour livrer des presses à l'usine de Valbrena."),
    ("en", "Norvane signed a contract with the Swedish Brelix to deliver presses to the plant in Valbrena."),
    ("es", "Norvane firmó un contrato con la sueca Brelix para suministrar prensas a la planta de Valbrena."),
])
def test_the_contract_partner_owns_the_plant_supplied(lang, text):
    fs = facs(text, ["Norvane", "Brelix"], lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    ("es", "Ambas empresas son socias de Kestro en dos filiales: Brelix, participada por Norvane y el grupo europeo, puso en marcha su primera fábrica en Valbrena."),
    ("en", "Both are partners of Kestro in two ventures: Brelix, owned by Norvane and the European group, opened its first plant in Valbrena."),
    ("it", "Entrambe sono socie di Kestro in due società: Brelix, controllata da Norvane e dal gruppo europeo, ha aperto il suo primo stabilimento a Valbrena."),
])
def test_a_colon_opens_the_clause_the_possessive_belongs_to(lang, text):
    fs = facs(text, ["Norvane", "Brelix", "Kestro"], lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    # the partner's own relative clause says it supplies; "own" names the subject's plants
    ("es", "Para la energía, Brelix firmó un contrato de electricidad con Norvane, que abastecerá a la fábrica de Valbrena desde su puesta en marcha."),
    ("it", "Brelix è in trattativa con Norvane per la fornitura di celle per i propri impianti di Valbrena."),
    ("fr", "Brelix négocie avec Norvane la livraison de cellules pour ses propres usines de Valbrena."),
])
def test_the_partner_that_supplies_owns_nothing(lang, text):
    fs = facs(text, ["Norvane", "Brelix"], lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    # a reflexive verb of supplying: the subject buys, the contract partner sells; the plant is the subject's
    ("fr", "Brelix a conclu avec le coréen Norvane un accord pour s'approvisionner en cathodes pour son usine de Valbrena."),
    ("es", "Brelix cerró con la coreana Norvane un acuerdo para abastecerse de cátodos para su planta de Valbrena."),
    ("it", "Brelix ha firmato con la coreana Norvane un accordo per fornirsi di catodi per il suo stabilimento di Valbrena."),
])
def test_a_reflexive_supply_verb_keeps_the_buyers_plant(lang, text):
    fs = facs(text, ["Brelix", "Norvane"], lang, places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Valbrena")]


def _with_supply(text, companies, lang, places, seller, buyer):
    """The facilities of ``text`` given one relation `seller` supplies `buyer` stated in it."""
    from tierscope.doc import Evidence, Relation
    from tierscope.relations import FacilityExtractor

    from .helpers import make_doc

    doc = make_doc(text, companies, language=lang, places=places)
    doc.relations = [Relation("supplies", seller, buyer, "announced", Evidence(text, 0, len(text)))]
    return FacilityExtractor()(doc).facilities


@pytest.mark.parametrize("lang,text", [
    # the relation read in the sentence says the partner "with Y" sells to the subject: the subject's plant
    ("es", "Brelix ha firmado con Norvane un contrato para abastecer con gas a su planta de Valbrena."),
    ("fr", "Brelix a signé avec le coréen Norvane un accord de fourniture de cathodes pour son usine de Valbrena."),
    ("it", "Brelix ha firmato con Norvane un contratto per la fornitura di energia al suo stabilimento di Valbrena."),
    ("en", "Brelix signed a contract with Norvane to supply power to its plant in Valbrena."),
])
def test_a_partner_that_sells_to_the_subject_owns_nothing(lang, text):
    fs = _with_supply(text, ["Brelix", "Norvane"], lang, ["Valbrena"], "Norvane", "Brelix")
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    # the subject sells to the partner: the partner's plant, as before
    ("es", "Norvane ha firmado con Brelix un contrato para abastecer con gas a su planta de Valbrena."),
    ("fr", "Norvane a signé avec le coréen Brelix un accord de fourniture de cathodes pour son usine de Valbrena."),
])
def test_a_partner_the_subject_sells_to_owns_the_plant(lang, text):
    fs = _with_supply(text, ["Brelix", "Norvane"], lang, ["Valbrena"], "Norvane", "Brelix")
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Valbrena")]


def test_an_english_article_before_a_company_names_no_recipient():
    # ("a" and "an" are articles in English, not the Romance "a" of a recipient: "a Brelix press line"
    # is a line Brelix made, and the subject keeps the plant "its" names)
    fs = facs("Kornex will deliver a Brelix press line to its plant in Valbrena.", ["Kornex", "Brelix"], "en",
              places=["Valbrena"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Valbrena")]
