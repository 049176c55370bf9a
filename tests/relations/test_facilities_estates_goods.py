"""Plants in industrial estates, electrolysers, capacities in goods a year and "X's Y plant".

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.capacity and (f.capacity["value"], f.capacity["unit"])) for f in fs]


# --------------------------------------------------------------------------- industrial estates
# "nella zona industriale di X", "im Industriepark X": the town after the estate is the plant's place.


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix will build a cell plant in the industrial park of Kestrup."),
    ("en", "Brelix is building a cathode factory at an industrial estate in Kestrup."),
    ("it", "Brelix costruirà un nuovo stabilimento nella zona industriale di Kestrup."),
    ("it", "Brelix realizzerà una fabbrica di celle nell'area industriale di Kestrup."),
    ("de", "Brelix baut ein neues Werk im Industriepark Kestrup."),
    ("de", "Brelix errichtet eine Zellfabrik im Gewerbegebiet Kestrup."),
    ("fr", "Brelix construira une usine dans la zone industrielle de Kestrup."),
    ("fr", "Brelix va construire une usine sur la plateforme chimique de Kestrup."),
    ("es", "Brelix levantará una planta en el polígono industrial de Kestrup."),
    ("es", "Brelix construirá una fábrica en el parque empresarial de Kestrup."),
])
def test_town_after_an_industrial_estate(lang, text):
    assert [(o, loc) for o, loc, _ in _f(facs(text, ["Brelix"], lang))] == [("Brelix", "Kestrup")]


def test_es_port_after_the_plant_noun():
    fs = facs("Brelix estudia una planta de metanol en el puerto de Kestrup.", ["Brelix"], "es")
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Kestrup")]


# --------------------------------------------------------------------------- electrolysers


@pytest.mark.parametrize("lang, text, cap", [
    ("en", "Brelix is building a 200 MW electrolyser in Kestrup.", "200 MW"),
    ("it", "Brelix costruisce a Kestrup un elettrolizzatore da 200 MW.", "200 MW"),
    ("de", "Brelix baut in Kestrup derzeit einen Elektrolyseur mit 200 Megawatt Leistung.", "200 Megawatt"),
    ("fr", "Brelix construit à Kestrup un électrolyseur de 200 MW.", "200 MW"),
    ("es", "Brelix construirá en Kestrup un electrolizador de 200 MW.", "200 MW"),
])
def test_an_electrolyser_built_somewhere_is_a_plant(lang, text, cap):
    fs = facs(text, ["Brelix"], lang, places=["Kestrup"], capacity={cap: (200.0, "MW")})
    assert _f(fs) == [("Brelix", "Kestrup", (200.0, "MW"))]


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix delivered electrolysers to Tovan, which makes steel in Kestrup."),
    ("de", "Brelix hat Elektrolyseure an Tovan geliefert, die in Kestrup Stahl herstellt."),
    ("es", "Tovan adjudicó a Brelix el suministro de los electrolizadores para Kestrup."),
])
def test_electrolysers_sold_are_no_plant(lang, text):
    assert facs(text, ["Brelix", "Tovan"], lang, places=["Kestrup"]) == []


# --------------------------------------------------------------------------- goods a year


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Brelix runs a plant in Kestrup that can make up to 50,000 chargers a year.", 50000.0),
    ("en", "Brelix will open a plant in Kestrup with an annual capacity of 300,000 battery systems.", 300000.0),
    ("it", "Lo stabilimento di Brelix a Kestrup può produrre fino a 200.000 pacchi batteria l'anno.", 200000.0),
    ("de", "Brelix eröffnet in Kestrup ein Werk, das jährlich bis zu 50.000 Ladesäulen fertigen soll.", 50000.0),
    ("fr", "L'usine de Brelix à Kestrup pourra produire jusqu'à 150 000 moteurs par an.", 150000.0),
    ("es", "La planta de Brelix en Kestrup podrá fabricar hasta 300.000 baterías al año.", 300000.0),
])
def test_goods_a_year_are_a_capacity(lang, text, value):
    assert _f(facs(text, ["Brelix"], lang, places=["Kestrup"])) == [("Brelix", "Kestrup", (value, "units/y"))]


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix will build a plant in Kestrup that will employ 2,000 workers a year."),
    ("en", "Brelix will build a plant in Kestrup and make cars there from 2028."),
    ("de", "Brelix baut in Kestrup ein Werk und stellt dort jährlich 500 Mitarbeiter ein."),
    ("es", "Brelix construirá en Kestrup una planta que dará trabajo a 1.500 personas al año."),
])
def test_people_and_years_are_no_capacity(lang, text):
    assert _f(facs(text, ["Brelix"], lang, places=["Kestrup"])) == [("Brelix", "Kestrup", None)]


# --------------------------------------------------------------------------- "X's Y plant"


def test_en_town_between_a_possessive_and_the_noun():
    fs = facs("Brelix's Kestrup plant will make 20 GWh of cells a year.", ["Brelix"], capacity={"20 GWh": (20.0, "GWh")})
    assert _f(fs) == [("Brelix", "Kestrup", (20.0, "GWh"))]


# --------------------------------------------------------------------------- goods the product serves
# "cells for up to 500,000 cars a year" counts the cars the cells go into, not what the plant makes;
# "capacity for 600,000 units a year" is what it makes.


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix will build a plant in Kestrup that will produce cells for up to 500,000 cars a year."),
    ("es", "La planta de Brelix en Kestrup producirá celdas para hasta 300.000 coches al año."),
    ("de", "Das Werk von Brelix in Kestrup soll Zellen für bis zu 500.000 Autos im Jahr liefern."),
])
def test_cars_the_cells_serve_are_no_capacity(lang, text):
    fs = facs(text, ["Brelix"], lang, places=["Kestrup"])
    assert _f(fs) == [("Brelix", "Kestrup", None)]


def test_en_capacity_for_units_is_a_capacity():
    fs = facs("Brelix is adding capacity for 600,000 units a year at its plant in Kestrup.", ["Brelix"],
              places=["Kestrup"], capacity={"600,000 units a year": (600000.0, "units/y")})
    assert _f(fs) == [("Brelix", "Kestrup", (600000.0, "units/y"))]


# --------------------------------------------------------------------------- owners named in appositions


@pytest.mark.parametrize("lang, text", [
    ("en", "Its joint venture with Tovan, Brelix Cells, runs a cathode plant in Kestrup."),
    ("fr", "Sa coentreprise avec Tovan, Brelix Cells, exploite une usine de cathodes à Kestrup."),
    ("es", "Su empresa conjunta con Tovan, Brelix Cells, opera una planta de cátodos en Kestrup."),
])
def test_a_joint_venture_named_after_its_partner_owns_the_plant(lang, text):
    fs = facs(text, ["Tovan", "Brelix Cells"], lang, places=["Kestrup"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix Cells", "Kestrup")]


@pytest.mark.parametrize("lang, text", [
    ("it", "Le celle arriveranno da Brelix, la società controllata da Tovan, che sta costruendo a Kestrup una gigafactory."),
    ("en", "The cells will come from Brelix, the battery unit owned by Tovan, which is building a gigafactory in Kestrup."),
    ("es", "Las celdas llegarán de Brelix, la filial controlada por Tovan, que construye una gigafactoría en Kestrup."),
])
def test_a_relative_after_an_apposition_speaks_of_its_head(lang, text):
    fs = facs(text, ["Brelix", "Tovan"], lang, places=["Kestrup"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Kestrup")]


def test_es_a_relative_after_a_recipient_speaks_of_the_recipient():
    text = "La empresa estaría negociando el suministro de acero a Brelix, que construirá su planta en Kestrup."
    fs = facs(text, ["Tovan", "Brelix"], "es", places=["Kestrup"], coref={"La empresa": "Tovan"})
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Kestrup")]


# --------------------------------------------------------------------------- more plant facts


def test_de_quarter_named_by_its_compass_point():
    fs = facs("Brelix wird in der Industriezone Kestrup Süd ein zweites Werk errichten.", ["Brelix"], "de",
              places=["Kestrup"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Kestrup Süd")]


@pytest.mark.parametrize("lang, text, cap", [
    ("fr", "En Europe, le site de Brelix à Kestrup, d'une capacité de 30 000 tonnes par an, fonctionne depuis 2023.", "30 000 tonnes par an"),
    ("en", "Brelix's site in Kestrup, with a capacity of 30,000 tonnes a year, has been in operation since 2023.", "30,000 tonnes a year"),
])
def test_a_site_with_a_capacity_is_a_plant(lang, text, cap):
    fs = facs(text, ["Brelix"], lang, capacity={cap: (30000.0, "t/y")})
    assert _f(fs) == [("Brelix", "Kestrup", (30000.0, "t/y"))]
    assert fs[0].status == "active"


@pytest.mark.parametrize("lang, text", [
    ("de", "In Kestrup läuft seit 2024 die Produktion in der neuen Fabrik von Brelix."),
    ("es", "La planta de Brelix en Kestrup funciona desde 2021."),
    ("it", "Lo stabilimento di Brelix a Kestrup è operativo dal 2022."),
])
def test_a_plant_running_since_a_year_is_active(lang, text):
    fs = facs(text, ["Brelix"], lang, places=["Kestrup"])
    assert [(f.owner, f.location, f.status) for f in fs] == [("Brelix", "Kestrup", "active")]


# --------------------------------------------------------------------------- who sells to a plant does not own it


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix builds cells in Kestrup. Tovan will supply power to the plant from 2026."),
    ("fr", "Brelix produit des cellules à Kestrup. Tovan fournira chaque année 350 GWh d'électricité à la gigafactory de Kestrup."),
    ("es", "Brelix fabrica celdas en Kestrup. Tovan suministrará electricidad a la planta de Kestrup."),
    ("de", "Brelix fertigt Zellen in Kestrup. Tovan liefert ab 2026 Strom an das Werk in Kestrup."),
    ("it", "Brelix produce celle a Kestrup. Tovan fornirà energia allo stabilimento di Kestrup."),
])
def test_a_supplier_to_a_plant_is_not_its_owner(lang, text):
    fs = facs(text, ["Brelix", "Tovan"], lang, places=["Kestrup"])
    assert "Tovan" not in {f.owner for f in fs}


@pytest.mark.parametrize("lang, text", [
    # the customer named with "de" is no supplier; the owner named after the noun owns it
    ("es", "Kornex ganó un pedido de Brelix para suministrar motores a la planta que el grupo tiene en Kestrup.",),
    ("es", "Tovan firmó con Brelix un contrato para abastecer de acero a la planta de Brelix en Kestrup.",),
])
def test_the_plants_owner_stays_when_another_supplies(lang, text):
    fs = facs(text, ["Brelix", "Tovan", "Kornex"], lang, places=["Kestrup"], coref={"el grupo": "Brelix"})
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Kestrup")]
