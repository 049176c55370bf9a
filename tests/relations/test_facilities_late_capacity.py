"""A plant's capacity told two or three sentences after the plant, in a sentence with no plant noun
(facility_late_capacity): the plant's, in all five languages; not another company's, another
place's, the owner's own, a total's, a second plant's, nor an amount nothing names a capacity."""

from __future__ import annotations

import pytest

from .helpers import facs


def _plants(text, companies, lang, places, caps):
    return [(f.owner, f.location, f.capacity and f.capacity["value"])
            for f in facs(text, companies, lang, places=places, capacity=caps)]


@pytest.mark.parametrize("lang,text,company,town,amount,value", [
    ("en", "Harlow Energy is building a cell plant in Tamworth. Crews arrived in March. The mayor welcomed them. "
           "The venture is targeting 32 GWh a year.", "Harlow Energy", "Tamworth", "32 GWh", 32),
    ("de", "Brelix baut in Wittlage eine Zellfabrik. Der Spatenstich war im Mai. Der Bürgermeister freut sich. "
           "Die Kapazität soll später auf 18 GWh steigen.", "Brelix", "Wittlage", "18 GWh", 18),
    ("fr", "Kornex construit une usine de cathodes à Valmoret. Les travaux ont commencé en avril. Le maire se réjouit. "
           "Nous visons une capacité de 25 GWh, a dit la directrice.", "Kornex", "Valmoret", "25 GWh", 25),
    ("it", "Orvelli costruirà una gigafactory a Cortenuova. I lavori partiranno in estate. Il sindaco è soddisfatto. "
           "La capacità iniziale sarà di 8 GWh.", "Orvelli", "Cortenuova", "8 GWh", 8),
    ("es", "Valdenergía levantará una planta de celdas en Riosalado. Las obras empezarán en otoño. El alcalde celebra la noticia. "
           "Tendrá una capacidad de 12 GWh.", "Valdenergía", "Riosalado", "12 GWh", 12),
    ("de", "Brelix baut in Wittlage eine Zellfabrik. Der Spatenstich war im Mai. Der Bürgermeister freut sich. "
           "Vorgesehen ist eine Linie, die jährlich bis zu 9.000 Tonnen Anodenmaterial herstellt.", "Brelix", "Wittlage",
     "9.000 Tonnen", 9000),
    ("en", "Harlow Energy is building a cell plant in Tamworth. Crews arrived in March. The mayor welcomed them. "
           "Some 21 GWh a year is the goal, a manager said.", "Harlow Energy", "Tamworth", "21 GWh", 21),
    ("it", "Orvelli costruirà una gigafactory a Cortenuova. I lavori partiranno in estate. Il sindaco è soddisfatto. "
           "Arrivare a 14 GWh resta l'obiettivo.", "Orvelli", "Cortenuova", "14 GWh", 14),
])
def test_capacity_a_few_sentences_on(lang, text, company, town, amount, value):
    got = _plants(text, [company], lang, [town], {amount: (value, "t/y" if "Tonnen" in amount else "GWh")})
    assert (company, town, value) in got


_PLANT = "Harlow Energy is building a cell plant in Tamworth. Crews arrived in March. The mayor welcomed them. "


@pytest.mark.parametrize("tail,companies,places", [
    ("In Tamworth the rival Corvane is targeting 40 GWh.", ["Corvane"], []),  # another company's
    ("In Osterby the capacity reaches 40 GWh.", [], ["Osterby"]),  # another place's
    ("Harlow Energy targets a capacity of 40 GWh by 2030.", [], []),  # the owner's own figure
    ("The combined capacity will be 40 GWh.", [], []),  # a total
    ("A second plant would have a capacity of 40 GWh.", [], []),  # another plant
    ("Some 40 GWh of demand is expected.", [], []),  # nothing calls it a capacity
    ("Buses run every hour. The capacity will be 40 GWh.", [], []),  # four sentences on
])
def test_capacity_not_the_plants(tail, companies, places):
    got = _plants(_PLANT + tail, ["Harlow Energy", *companies], "en", ["Tamworth", *places], {"40 GWh": (40, "GWh")})
    assert ("Harlow Energy", "Tamworth", None) in got and ("Harlow Energy", "Tamworth", 40) not in got


# the stems of the verbs of making also begin the maker, the goods and the jobs: none of those says the
# amount is what the plant makes ("posti di lavoro", "lavoratori", "Hersteller", "manufacturer", "fabricante")
@pytest.mark.parametrize("lang,text,company,town", [
    ("it", "Orvelli costruirà una gigafactory a Cortenuova. I lavori partiranno in estate. Il sindaco è soddisfatto. "
           "Si parla di 40 GWh e di 900 posti di lavoro.", "Orvelli", "Cortenuova"),
    ("it", "Orvelli costruirà una gigafactory a Cortenuova. I lavori partiranno in estate. Il sindaco è soddisfatto. "
           "Servono 40 GWh di elettricità per i lavoratori.", "Orvelli", "Cortenuova"),
    ("en", "Harlow Energy is building a cell plant in Tamworth. Crews arrived in March. The mayor welcomed them. "
           "Some 40 GWh of demand is expected, a manufacturer said.", "Harlow Energy", "Tamworth"),
    ("en", "Harlow Energy is building a cell plant in Tamworth. Crews arrived in March. The mayor welcomed them. "
           "Some 40 GWh of demand is expected for its product range.", "Harlow Energy", "Tamworth"),
    ("de", "Brelix baut in Wittlage eine Zellfabrik. Der Spatenstich war im Mai. Der Bürgermeister freut sich. "
           "Gefragt sind 40 GWh, heißt es bei einem Hersteller.", "Brelix", "Wittlage"),
    ("es", "Valdenergía levantará una planta de celdas en Riosalado. Las obras empezarán en otoño. El alcalde celebra la noticia. "
           "Se esperan pedidos por 40 GWh, según un fabricante.", "Valdenergía", "Riosalado"),
])
def test_maker_goods_and_jobs_name_no_capacity(lang, text, company, town):
    got = _plants(text, [company], lang, [town], {"40 GWh": (40, "GWh")})
    assert (company, town, None) in got and (company, town, 40) not in got
