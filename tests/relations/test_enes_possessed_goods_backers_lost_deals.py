"""English and Spanish everyday phrasings: goods bought by their maker's name ("buys Y's cathode"),
backers named as "inversores", bare lithium salts ("hidróxido", "carbonate") as goods, and a
contract lost ("lost its supply contract with Y", "perdió el contrato de suministro con Y")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_COS = ["Norvik", "Corvalis", "Tessaro", "Brenta"]


def _rels(text, language):
    return {(r.type, r.source, r.target, r.status)
            for r in RelationExtractor()(make_doc(text, _COS, language=language)).relations}


@pytest.mark.parametrize("text,status", [
    ("Corvalis buys Norvik's NCA cathode for its cylindrical cells.", "active"),
    ("Corvalis also purchases Norvik's lithium hydroxide.", "active"),
    ("The carmaker Corvalis buys Norvik's high-nickel cathode for two of its models.", "active"),
    ("Corvalis has agreed to buy Norvik's battery cells from 2027.", "announced"),
])
def test_goods_bought_by_their_makers_name(text, status):
    got = _rels(text, "en")
    assert ("supplies", "Norvik", "Corvalis", status) in got
    assert not any(t == "acquires" for t, *_ in got)


@pytest.mark.parametrize("text", [
    "Corvalis buys Norvik for 2 billion euros.",
])
def test_a_company_bought_stays_an_acquisition(text):
    got = _rels(text, "en")
    assert any(t == "acquires" and s == "Corvalis" and g == "Norvik" for t, s, g, _ in got)
    assert not any(t == "supplies" for t, *_ in got)


@pytest.mark.parametrize("text", [
    "Corvalis bought Norvik's cathode plant in Poland.",
    "Corvalis buys Norvik's cathode business.",
    "Corvalis bought Norvik's battery unit last year.",
])
def test_a_unit_plant_or_business_bought_is_no_supply_and_buys_no_company(text):
    # the part bought is not Norvik (relations/bought_part.py), nor goods Norvik supplies
    got = _rels(text, "en")
    assert not any(t == "supplies" for t, *_ in got)
    assert not any(t == "acquires" and g == "Norvik" for t, s, g, _ in got)


@pytest.mark.parametrize("text", [
    "Norvik cuenta entre sus inversores con Corvalis.",
    "Corvalis, inversor de Norvik, apoya el plan de expansión.",
    "Corvalis es uno de los inversores de Norvik.",
])
def test_es_backers_named_as_investors(text):
    assert ("invests_in", "Corvalis", "Norvik", "active") in _rels(text, "es")


@pytest.mark.parametrize("text", [
    "Norvik informó a los accionistas de Corvalis.",
    "Norvik explicó a los inversores de Corvalis el plan.",
    "Los inversores institucionales de Corvalis castigaron a Norvik.",
])
def test_es_a_message_to_shareholders_names_no_holder(text):
    assert not any(t == "invests_in" for t, *_ in _rels(text, "es"))


@pytest.mark.parametrize("language,text", [
    ("es", "Norvik ya vende hidróxido y carbonato a Corvalis, Tessaro y Brenta."),
    ("es", "Norvik vende hidróxido a Corvalis desde 2023."),
    ("en", "Norvik sells hydroxide to Corvalis."),
])
def test_bare_lithium_salts_are_goods(language, text):
    got = _rels(text, language)
    assert ("supplies", "Norvik", "Corvalis", "active") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik lost its supply contract with Corvalis in June."),
    ("en", "Norvik has lost the cell supply deal with Corvalis."),
    ("es", "Norvik perdió el contrato de suministro con Corvalis."),
    ("es", "Norvik ha perdido su contrato de suministro de celdas con Corvalis."),
])
def test_a_lost_supply_contract_has_ended(language, text):
    assert ("supplies", "Norvik", "Corvalis", "ended") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik has won a supply contract with Corvalis for its cells."),
    ("es", "Norvik ha ganado el contrato de suministro de celdas con Corvalis."),
])
def test_a_won_contract_has_not_ended(language, text):
    got = _rels(text, language)
    assert not any(st == "ended" for *_, st in got)


@pytest.mark.parametrize("language,text,owners", [
    ("en", "Brenta, the cell maker owned by Norvik, Corvalis and Tessaro, is hiring.", ("Norvik", "Corvalis", "Tessaro")),
    ("en", "Brenta, which is owned by Norvik and Corvalis, opened its second line.", ("Norvik", "Corvalis")),
    ("en", "The venture is controlled by Norvik and Corvalis.", ("Norvik", "Corvalis")),
    ("es", "Brenta, propiedad de Norvik y Corvalis, contratará a 300 personas.", ("Norvik", "Corvalis")),
    ("es", "Brenta, que es propiedad de Norvik, Corvalis y Tessaro, contratará a 300 personas.", ("Norvik", "Corvalis", "Tessaro")),
    ("es", "La sociedad está controlada por Norvik y Corvalis.", ("Norvik", "Corvalis")),
])
def test_owned_by_two_or_more_is_a_joint_venture(language, text, owners):
    got = {(s, g) for t, s, g, st in _rels(text, language) if t == "joint_venture" and st == "active"}
    got |= {(g, s) for s, g in got}
    assert all((a, b) in got for a in owners for b in owners if a != b)


@pytest.mark.parametrize("language,text", [
    ("en", "Brenta, owned by Norvik since 2019, buys cells from Corvalis."),
    ("en", "Brenta, owned by Norvik, and Tessaro, owned by Corvalis, are rivals."),
    ("en", "Brenta is owned by Norvik, which is owned by Corvalis."),
    ("es", "Brenta, controlada por Norvik, compra celdas a Corvalis."),
    ("es", "Brenta, propiedad de Norvik, y Tessaro, propiedad de Corvalis, compiten."),
])
def test_one_owner_each_is_no_joint_venture(language, text):
    assert not any(t == "joint_venture" for t, *_ in _rels(text, language))


@pytest.mark.parametrize("language,text", [
    # markets columns: a price move with a decimal comma inside the relative is no clause break
    ("es", "Norvik, que ganó un 4,5% y suministrará celdas a Corvalis, lideró las subidas."),
    ("es", "Destacó Norvik, que se anotó un 6,1% y suministrará celdas a Corvalis."),
    ("en", "Norvik, which added 4.5% and will supply cells to Corvalis, led the index."),
])
def test_a_price_move_in_the_relative_keeps_its_subject(language, text):
    assert ("supplies", "Norvik", "Corvalis", "announced") in _rels(text, language)


_ENERGY = {"Voltara": ["energy"], "Brixo": ["carmaker"]}


@pytest.mark.parametrize("language,text", [
    ("es", "La otra gran subida del día fue para Voltara, que se anotó un 6,1% después de firmar un "
           "contrato de compraventa de energía a largo plazo con Brixo."),
    ("es", "Brixo, que cayó un 2,3% en bolsa, firmó un PPA con Voltara."),
    ("en", "The best performer was Voltara, which added 6.1% after signing a PPA with Brixo."),
])
def test_a_power_deal_after_a_price_move(language, text):
    from .helpers import rels, triples
    got = {(t, s, g) for t, s, g, _st, _p in triples(rels(text, ["Voltara", "Brixo"], language=language, sectors=_ENERGY))}
    assert ("supplies", "Voltara", "Brixo") in got
    assert ("supplies", "Brixo", "Voltara") not in got


@pytest.mark.parametrize("text", [
    "Norvik trabaja desde 2023 con Corvalis en el desarrollo de celdas.",
    "Norvik trabaja ya con Corvalis en una nueva química.",
    "Norvik trabaja desde hace dos años con Corvalis.",
])
def test_es_works_with_after_a_time(text):
    got = _rels(text, "es")
    assert any(t == "partners_with" and {s, g} == {"Norvik", "Corvalis"} for t, s, g, _ in got)


def test_es_works_with_people_is_no_partner():
    assert _rels("Norvik trabaja desde 2023 en Valencia con 300 empleados.", "es") == set()


@pytest.mark.parametrize("text", [
    "Norvik, the battery arm of Corvalis, counts Tessaro as its largest customer.",
    "Norvik, a cell maker, counts Tessaro as its largest customer.",
    "Norvik, a unit of Corvalis since 2019, names Tessaro as its biggest customer.",
])
def test_counts_as_its_customer_after_an_apposition(text):
    got = _rels(text, "en")
    assert ("supplies", "Norvik", "Tessaro", "active") in got
    assert not any(t == "supplies" and s == "Corvalis" for t, s, *_ in got)


def test_said_with_an_apposition_names_no_customer_of_the_parent():
    got = _rels("Norvik, the battery arm of Corvalis, said Tessaro would remain a partner.", "en")
    assert not any(t == "supplies" for t, *_ in got)
