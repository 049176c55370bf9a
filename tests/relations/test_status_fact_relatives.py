"""A relative clause that describes a company tells a fact of its own: the report, the denial or the
talks of the sentence around it do not reach the tie the clause states in the present or the past
("Korvan, the supplier that builds gearboxes for Maltrix"; "Korvan, que suministra motores a Maltrix
desde 2019, ..., según fuentes del sector"). A clause still to come or in the conditional keeps the
sentence's status. A former holder ("once a shareholder", "autrefois actionnaire", "ex azionista",
"ehemaliger Aktionär", "antiguo accionista") holds no more. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Korvan", "Maltrix", "Dexo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Dexo denied a report that it was weighing a bid for Korvan, the supplier that builds gearboxes for Maltrix."),
    ("es", "Korvan, que suministra motores a Maltrix desde 2019, seguirá siendo su proveedor, según fuentes del sector."),
    ("it", "Secondo indiscrezioni, Dexo avrebbe scelto Korvan, che fornisce già i cambi a Maltrix."),
    ("de", "Dexo hat einen Bericht dementiert, wonach es Korvan übernehmen wolle, das Zellen an Maltrix liefert."),
])
def test_a_relative_clause_tells_its_own_supply(language, text):
    assert _rels(text, language)[("supplies", "Korvan", "Maltrix")] == "active"


@pytest.mark.parametrize("language,text", [
    ("en", "Korvan, which holds about 18% of Maltrix, was not part of the talks, a person familiar with the matter said."),
    ("fr", "Selon Les Echos, Dexo serait en discussions pour racheter Korvan, qui détient 20 % de Maltrix."),
])
def test_a_relative_clause_tells_its_own_stake(language, text):
    assert _rels(text, language)[("invests_in", "Korvan", "Maltrix")] == "active"


@pytest.mark.parametrize("language,text", [
    ("fr", "Selon Les Echos, Dexo serait en discussions pour racheter Korvan, qui fournira des moteurs à Maltrix."),
    ("en", "Dexo is reportedly close to a deal with Korvan, which would then supply Maltrix."),
])
def test_a_relative_clause_still_to_come_keeps_the_report(language, text):
    assert _rels(text, language).get(("supplies", "Korvan", "Maltrix")) in (None, "rumoured")


@pytest.mark.parametrize("language,text", [
    ("en", "Korvan, once a shareholder in Maltrix, lost its money in the collapse."),
    ("en", "Korvan, a former shareholder of Maltrix, lost its money."),
    ("fr", "Korvan, autrefois actionnaire de Maltrix, a perdu sa mise lors de la faillite."),
    ("it", "Korvan, ex azionista di Maltrix, ha perso tutto."),
    ("de", "Korvan, ehemaliger Aktionär von Maltrix, hat alles verloren."),
    ("es", "Korvan, antiguo accionista de Maltrix, lo perdió todo."),
])
def test_a_former_holder_holds_no_more(language, text):
    assert _rels(text, language)[("invests_in", "Korvan", "Maltrix")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("en", "Maltrix has won the biggest order in its history from Korvan, for 400 electric buses."),
    ("de", "Maltrix hat von Korvan den größten Auftrag seiner Geschichte erhalten."),
])
def test_the_largest_order_is_a_new_one(language, text):
    # "largest" names a standing tie for a customer or holder ("its largest customer"), not for an order
    assert _rels(text, language)[("supplies", "Maltrix", "Korvan")] == "announced"


@pytest.mark.parametrize("language,text", [
    ("en", "Korvan is Maltrix's largest customer."),
    ("de", "Korvan ist der größte Kunde von Maltrix."),
])
def test_the_largest_customer_is_a_standing_one(language, text):
    assert _rels(text, language)[("supplies", "Maltrix", "Korvan")] == "active"
