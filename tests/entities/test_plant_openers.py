"""A plant noun opening a sentence (entities/plant_openers.py) stands for the one company whose plant the
sentence before tells of: "Verkor builds a plant. The plant will receive cells from Y" is Verkor's deal.
Real companies, sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import FacilityExtractor, RelationExtractor

_RX = RelationExtractor()


def _rels(text, language):
    doc = _RX(run(text, language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Envision AESC is building a gigafactory in Navalmoral. The plant will receive renewable electricity from "
           "Iberdrola.", ("supplies", "Iberdrola", "AESC")),
    ("es", "Envision AESC construye una gigafactoría en Navalmoral. La fábrica recibirá electricidad renovable de "
           "Iberdrola.", ("supplies", "Iberdrola", "AESC")),
    ("de", "Verkor baut ein Werk in Dünkirchen. Das Werk bezieht Strom von EnBW.", ("supplies", "EnBW", "Verkor")),
    ("fr", "Verkor construit une usine à Dunkerque. L'usine fournira des cellules à Renault dès 2026.",
     ("supplies", "Verkor", "Renault")),
    ("it", "Verkor costruisce una nuova fabbrica a Dunkerque. La fabbrica riceverà i catodi da Umicore.",
     ("supplies", "Umicore", "Verkor")),
])
def test_the_plant_is_its_owners(language, text, expected):
    assert expected in _rels(text, language)


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Vulcan Energy baut eine Anlage für Lithiumhydroxid in Frankfurt. Die Anlage soll ab 2027 Lithium an "
           "Stellantis liefern.", ("supplies", "Vulcan Energy", "Stellantis")),
    ("it", "Albemarle costruisce un impianto di raffinazione in Germania. L'impianto fornirà idrossido di litio a BMW "
           "dal 2027.", ("supplies", "Albemarle", "BMW")),
    ("en", "Albemarle is developing a lithium mine in Nevada. The mine will supply spodumene to Tesla from 2027.",
     ("supplies", "Albemarle", "Tesla")),
    ("es", "Albemarle explota una mina de litio en Chile. La mina suministrará carbonato de litio a BMW desde 2027.",
     ("supplies", "Albemarle", "BMW")),
    ("fr", "Eramet exploite une mine de lithium en Argentine. La mine fournira du carbonate de lithium à BMW dès 2027.",
     ("supplies", "Eramet", "BMW")),
])
def test_a_works_or_a_mine_is_its_owners(language, text, expected):
    assert expected in _rels(text, language)


def _plant_owner(text, language):
    return {m.canonical for m in run(text, language).mentions if m.source == "coref" and m.attrs.get("plant")}


@pytest.mark.parametrize("language, text", [
    ("en", "CATL supplies BMW's plant in Debrecen. The plant will also receive modules from Bosch."),
    ("es", "CATL suministra celdas a la planta de BMW en Debrecen. La planta recibirá también módulos de Bosch."),
    ("de", "CATL beliefert das BMW-Werk in Debrecen. Das Werk bezieht zudem Module von Bosch."),
    ("it", "CATL fornisce celle allo stabilimento di BMW a Debrecen. Lo stabilimento riceverà anche moduli da Bosch."),
    ("fr", "CATL livre des cellules à l'usine de BMW à Debrecen. L'usine recevra aussi des modules de Bosch."),
])
def test_the_plant_said_of_one_company_of_several(language, text):
    assert _plant_owner(text, language) == {"BMW"}


@pytest.mark.parametrize("language, text", [
    # the sentence before names two companies and the plant of neither: whose plant?
    ("en", "CATL and BMW opened a plant in Debrecen. The plant will receive modules from Bosch."),
    # the sentence before tells of no plant
    ("en", "Verkor posted results. The plant will receive cells from Umicore."),
    ("de", "Verkor hat Zahlen vorgelegt. Das Werk bezieht Strom von EnBW."),
])
def test_no_owner_for_the_plant(language, text):
    assert not [m for m in run(text, language).mentions if m.source == "coref" and m.attrs.get("plant")]


def _plants(text, language):
    doc = FacilityExtractor()(_RX(run(text, language)))
    return [(f.owner, f.location, f.status, f.capacity) for f in doc.facilities]


def test_the_plant_stays_a_plant_for_the_plant_readers():
    # the plant readers read the noun as the plant: what its sentence says of it is the same with or
    # without a supplier named beside it
    alone = _plants("Verkor baut ein Werk in Dünkirchen. Das Werk soll 16 GWh Zellen im Jahr fertigen.", "de")
    supplied = _plants("Verkor baut ein Werk in Dünkirchen. Das Werk soll 16 GWh Zellen im Jahr fertigen und bezieht "
                       "Strom von EnBW.", "de")
    assert alone and supplied == alone
