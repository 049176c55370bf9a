"""A plant noun that a supply goes to (entities/plant_objects.py) stands for the company whose plant the
sentences before told of: "Verkor builds a plant. Umicore will supply the plant with cathodes" is a supply
to Verkor. Real companies, sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _rels(text, language):
    doc = _RX(run(text, language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text", [
    ("en", "Verkor is building a battery plant near Dunkirk. Umicore will supply the plant with cathode material from 2027."),
    ("en", "Verkor opened its first factory near Dunkirk last spring. Since then Umicore has also powered the factory with steam."),
    ("fr", "Verkor construit une usine de cellules près de Dunkerque. Umicore approvisionnera l'usine en cathodes dès 2027."),
    ("fr", "Verkor a inauguré son usine près de Dunkerque au printemps. Umicore alimente déjà le site en vapeur."),
    ("it", "Verkor costruisce uno stabilimento di celle vicino a Dunkerque. Umicore rifornirà lo stabilimento di catodi dal 2027."),
    ("it", "Verkor ha aperto una fabbrica di celle a Dunkerque. Umicore fornisce già alla fabbrica il materiale catodico."),
    ("es", "Verkor construye una planta de celdas cerca de Dunkerque. Umicore abastecerá la planta de cátodos desde 2027."),
    ("es", "Verkor inauguró una fábrica de celdas en Dunkerque. Umicore suministra ya a la fábrica el material catódico."),
    ("de", "Verkor baut ein Zellwerk bei Dünkirchen. Umicore wird das Werk ab 2027 mit Kathodenmaterial beliefern."),
    ("de", "Verkor hat bei Dünkirchen eine Zellfabrik eröffnet. Seit dem Frühjahr versorgt Umicore die Fabrik mit Kathodenmaterial."),
])
def test_a_supply_to_the_plant_is_a_supply_to_its_owner(language, text):
    assert ("supplies", "Umicore", "Verkor") in _rels(text, language)


@pytest.mark.parametrize("language, text", [
    # the plant of the sentence before is said of one of two companies: the one after "plant of"
    ("en", "Umicore signed a deal for the new plant of Verkor with Renault's approval. Arkema will also supply the plant with binders."),
    ("es", "Renault visitó la nueva planta de Verkor en Dunkerque. Arkema abastecerá la planta de aglutinantes desde 2027."),
])
def test_the_owner_is_the_company_the_plant_is_said_of(language, text):
    assert ("supplies", "Arkema", "Verkor") in _rels(text, language)


@pytest.mark.parametrize("language, text", [
    # goods from the supplier's own plant: that plant is no plant of the customer's
    ("en", "Verkor buys cathodes from its plant in Poland. Arkema will supply the plant with binders from 2027."),
    # the plant is defined in its own sentence by a relative clause: not the one told before
    ("it", "Verkor ha aperto uno stabilimento a Dunkerque. Arkema rifornirà la fabbrica che Renault costruisce a Douai."),
    # several plants before, one plant after: which one is unclear
    ("es", "Verkor tiene varias plantas en Francia. Arkema abastecerá la planta de aglutinantes desde 2027."),
    # another company in the sentence may own the plant
    ("fr", "Verkor construit une usine à Dunkerque. Arkema a signé avec Renault pour alimenter l'usine en vapeur."),
    # "für das Werk" is a purpose, not the supply's object
    ("de", "Verkor baut ein Werk in Dünkirchen. Arkema beliefert Renault auch für das Werk in Douai."),
])
def test_no_owner_where_the_plant_is_not_the_one_told_before(language, text):
    got = _rels(text, language)
    assert not any(t == "supplies" and s == "Arkema" and g == "Verkor" for t, s, g in got)
