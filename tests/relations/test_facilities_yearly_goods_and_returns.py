"""Plant capacities in goods or tonnes a year as German and Italian write them, a plant the story comes
back to pages later, a joint venture named in apposition, a new production shop ("nuovo reparto") and
the plant of a supplier's customer. Every sentence is written for the test (invented companies and
towns); none comes from the dev or golden pages."""

from __future__ import annotations

import pytest

from .helpers import facs

CO = ["Brelix", "Tovan", "Kornex"]


def _f(text, lang, places=("Kestrup", "Valdora")):
    return [(f.owner, f.location, f.capacity and (f.capacity["value"], f.capacity["unit"]))
            for f in facs(text, CO, lang, places=list(places))]


@pytest.mark.parametrize("lang, text, value, unit", [
    # a verb of making after the amount and its "a year" (German puts it last)
    ("de", "Brelix baut sein Werk in Kestrup aus, in dem von 2028 an bis zu 300.000 E-Achsen im Jahr vom Band laufen sollen.", 300000, "units/y"),
    ("de", "Brelix errichtet in Kestrup ein Werk, in dem 200.000 Achsen pro Jahr gefertigt werden.", 200000, "units/y"),
    ("de", "Brelix baut in Kestrup ein Recyclingwerk, in dem jedes Jahr 30.000 Tonnen Altbatterien verarbeitet werden sollen.", 30000, "t/y"),
    # a capacity noun before goods "a year", a multiplier with "di"
    ("it", "Brelix costruisce a Kestrup un nuovo stabilimento con una capacità di 1,5 milioni di unità l'anno.", 1500000, "units/y"),
    ("it", "Brelix amplia lo stabilimento di Kestrup, che potrà produrre fino a 600.000 centraline l'anno.", 600000, "units/y"),
    ("en", "Brelix is expanding its Kestrup plant, which will have a capacity of 2 million units a year.", 2000000, "units/y"),
])
def test_goods_and_tonnes_a_year(lang, text, value, unit):
    assert _f(text, lang) == [("Brelix", "Kestrup", (value, unit))]


def test_served_goods_stay_out():
    # the cars the cells are for are no capacity of the plant
    got = _f("Brelix baut in Kestrup ein Zellwerk, dessen Zellen für bis zu 500.000 Autos im Jahr reichen.", "de")
    assert got == [("Brelix", "Kestrup", None)]


@pytest.mark.parametrize("lang, text, value, unit", [
    # the place named again pages later: the next sentence's capacity is that plant's
    ("de", "Brelix erweitert sein Werk in Kestrup. Der Auftrag hat ein Volumen von mehreren Milliarden Euro. "
           "Die Kunden warten auf die ersten Lieferungen. Gebaut werden die Achsen in Kestrup, wo Brelix schon Getriebe fertigt. "
           "Dort haben die Arbeiten für eine neue Halle begonnen, in der bis zu 250.000 Achsen im Jahr vom Band laufen sollen.", 250000, "units/y"),
    # the owner's weak plant word ("ihre Anlage") takes the story back to its plant
    ("de", "Brelix baut in Kestrup seine erste große Anlage. Das Geld kommt von Aktionären. Die Stadt hofft auf Steuern. "
           "Auf dem Gelände errichtet die Brelix GmbH ihre Anlage. Bis 2027 sollen hier jedes Jahr 20.000 Tonnen Batteriematerial verarbeitet werden.", 20000, "t/y"),
])
def test_story_back_at_the_plant(lang, text, value, unit):
    got = _f(text.replace("Brelix GmbH", "Brelix"), lang)
    assert ("Brelix", "Kestrup", (value, unit)) in got


def test_a_place_named_with_another_company_is_not_the_plant():
    text = ("Brelix erweitert sein Werk in Kestrup. Der Auftrag hat ein Volumen von mehreren Milliarden Euro. "
            "Die Kunden warten auf die ersten Lieferungen. In Kestrup baut auch Tovan Getriebe. "
            "Dort laufen jedes Jahr 100.000 Getriebe vom Band.")
    assert ("Brelix", "Kestrup", (100000, "units/y")) not in _f(text, "de")


@pytest.mark.parametrize("lang, text", [
    ("it", "Brelix e Tovan hanno firmato gli accordi per la costituzione di Celle Nuove, una joint venture paritetica che realizzerà a Kestrup uno stabilimento."),
    ("en", "Brelix and Tovan signed the papers to set up Nova Cells, a joint venture that will build a plant in Kestrup."),
])
def test_joint_venture_named_in_apposition_owns_the_plant(lang, text):
    owners = {o for o, loc, _ in _f(text, lang) if loc == "Kestrup"}
    assert owners and owners <= {"Celle Nuove", "Nova Cells"}


def test_it_new_production_shop():
    text = "A Kestrup, dove Brelix produce freni, sono in corso i lavori per un nuovo reparto dedicato ai sistemi elettronici."
    assert [(o, loc) for o, loc, _ in _f(text, "it")] == [("Brelix", "Kestrup")]


@pytest.mark.parametrize("lang, text", [
    ("it", "Brelix ha firmato con Tovan un contratto per la fornitura delle linee di montaggio destinate alla seconda fase della gigafactory di Kestrup."),
    ("it", "Brelix ha siglato con Tovan un accordo per fornire i robot alla nuova fabbrica di Kestrup."),
])
def test_plant_of_the_suppliers_customer(lang, text):
    assert [(o, loc) for o, loc, _ in _f(text, lang)] == [("Tovan", "Kestrup")]


@pytest.mark.parametrize("lang, text", [
    ("it", "Brelix, il gruppo quotato in Borsa, costruirà uno stabilimento di celle."),
    ("de", "Brelix, seit 2020 an der Börse notiert, baut ein neues Werk."),
])
def test_stock_exchange_is_no_plant_place(lang, text):
    assert all(loc not in ("Borsa", "Börse") for _, loc, _ in _f(text, lang))


@pytest.mark.parametrize("lang, text", [
    # a weak plant word in one sentence, the pronoun standing for it in the next with its place
    ("de", "Brelix hat 50 Millionen Euro eingesammelt. Das Geld soll vor allem in die erste Anlage fließen. "
           "Sie soll im Chempark Kestrup entstehen und jährlich bis zu 30 000 Tonnen Altbatterien verarbeiten."),
    ("en", "Brelix raised 50 million euros. The money will go into its first industrial site. "
           "It will be built in Kestrup and process up to 30,000 tonnes of batteries each year."),
])
def test_pronoun_for_a_weakly_named_plant(lang, text):
    assert ("Brelix", "Kestrup", (30000, "t/y")) in _f(text, lang)


def test_pronoun_for_a_company_is_no_plant():
    # "Sie" is the company here: no verb of a plant coming into being
    text = "Brelix ist ein Start-up aus Kestrup. Der Standort ist klein. Sie produziert in Kestrup Zellen für Tovan."
    assert all(cap is None for _, _, cap in _f(text, "de"))


@pytest.mark.parametrize("lang, text", [
    # tonnes, the goods, then "a year", after a verb of processing
    ("en", "Brelix is building a recycling plant in Kestrup that will process 30,000 tonnes of batteries a year."),
    ("de", "Brelix baut in Kestrup ein Recyclingwerk, das 30.000 Tonnen Altbatterien pro Jahr verarbeiten soll."),
    ("it", "Brelix costruirà a Kestrup un impianto che tratterà 30.000 tonnellate di batterie l'anno."),
])
def test_tonnes_then_goods_then_a_year(lang, text):
    assert _f(text, lang) == [("Brelix", "Kestrup", (30000, "t/y"))]


def test_tonnes_delivered_are_no_capacity():
    text = "Brelix costruirà a Kestrup un impianto; Tovan fornirà 30.000 tonnellate di litio l'anno."
    assert all(cap is None for _, _, cap in _f(text, "it"))
