"""Two French/Italian shapes of a stake story: a stake with its kind before the figure ("une
participation minoritaire d'environ 20 % dans Y", "una quota strategica del 10% in Y"), and the
company held that supplies its holder through a relative with a dative clitic ("Y, qui lui livrera des
cellules pour les modèles Z", "Y, che gli fornirà le celle per i modelli Z"): the clitic is the
customer, the models the goods are for are not. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda détient une participation minoritaire d'environ 20 % dans Almara."),
    ("fr", "Kelda détient une participation minoritaire de près de 20 % dans Almara."),
    ("fr", "Kelda a pris une participation stratégique d'environ 10 % au capital d'Almara."),
    ("it", "Kelda detiene una partecipazione di minoranza di circa il 20% in Almara."),
    ("it", "Kelda ha una quota strategica del 10% in Almara."),
])
def test_a_qualified_stake_is_an_investment(language, text):
    assert _rels(text, language)[("invests_in", "Kelda", "Almara")] == "active"


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda détient une participation minoritaire d'environ 20 % dans Almara, qui lui livrera à partir de 2026 des cellules pour les futurs modèles Brixo."),
    ("fr", "Kelda détient 20 % d'Almara, qui lui livrera des cellules pour les modèles Brixo."),
    ("it", "Kelda detiene il 20% di Almara, che gli fornirà le celle per i modelli Brixo."),
    ("es", "Kelda tiene el 20% de Almara, que le suministrará celdas para los modelos Brixo."),
])
def test_the_clitic_is_the_customer_not_the_models(language, text):
    got = _rels(text, language)
    assert ("supplies", "Almara", "Kelda") in got
    assert ("supplies", "Almara", "Brixo") not in got


@pytest.mark.parametrize("language,text", [
    # no clitic: the company the goods are for is the customer
    ("fr", "Kelda a signé avec Almara, qui livrera des cellules pour Brixo."),
    # Spanish doubles the clitic with "a": that one is the customer
    ("es", "Kelda cerró un acuerdo con Almara, que le suministrará celdas a Brixo."),
])
def test_without_a_purpose_behind_a_clitic_the_named_customer_stays(language, text):
    assert ("supplies", "Almara", "Brixo") in _rels(text, language)
