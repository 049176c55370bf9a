"""A second clause that leaves out a word the first one gave (invented sentences): the verb ("Norvik
holds 37% of Corvalis, Kestrel 27%"), the object of a clause of contrast ("..., while Kestrel holds
37%"), the verb of a second pair of a venture and its partner ("a créé Brixo avec Kestrel et Almara
avec Corvalis")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Norvik", "Kestrel", "Corvalis", "Brixo", "Almara", "Orvale", "BMW", "Volkswagen"]


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik holds about 37% of Corvalis, Kestrel about 27%."),
    ("en", "Norvik owns 37% of Corvalis and Kestrel 27%, according to the filing."),
    ("en", "Norvik holds 37% of Corvalis, Kestrel, the holding company of the founding family, about 27%."),
    ("de", "Norvik hält rund 37 Prozent an Corvalis, Kestrel, die Beteiligungsgesellschaft der Familie, rund 27 Prozent."),
    ("de", "Norvik hält 37 Prozent an Corvalis und Kestrel knapp 27 Prozent."),
    ("it", "Norvik detiene il 37% di Corvalis e Kestrel il 27%."),
    ("it", "Norvik possiede circa il 37% di Corvalis, Kestrel poco più del 27%."),
    ("fr", "Norvik détient 37 % de Corvalis et Kestrel 27 %."),
    ("fr", "Norvik possède environ 37 % de Corvalis, Kestrel près de 27 % du capital."),
    ("es", "Norvik posee el 37% de Corvalis y Kestrel el 27%."),
    ("es", "Norvik controla alrededor del 37% de Corvalis, Kestrel cerca del 27%."),
])
def test_the_verb_left_out(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Norvik", "Corvalis") in got
    assert ("invests_in", "Kestrel", "Corvalis") in got
    assert not any(s == "Norvik" and t == "Kestrel" for _, s, t in got)  # Kestrel is no second object


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis is controlled by Norvik with 61%, while Kestrel holds 37%."),
    ("en", "Norvik owns 61% of Corvalis, whereas the US fund Kestrel has about 37%."),
    ("es", "Corvalis está controlada por el fondo Norvik, con alrededor del 61% del capital, mientras que la gestora Kestrel posee el 37%."),
    ("it", "Corvalis è controllata da Norvik con il 61%, mentre Kestrel detiene il 37%."),
    ("it", "Norvik detiene il 61% di Corvalis, mentre Kestrel ha una quota del 37%."),
    ("de", "Norvik hält 61 Prozent an Corvalis, während Kestrel rund 37 Prozent besitzt."),
    ("fr", "Corvalis est contrôlée par Norvik à 61 %, tandis que Kestrel détient 37 %."),
    ("fr", "Norvik détient 61 % de Corvalis, alors que Kestrel en possède 37 %."),
])
def test_the_object_left_out_after_a_contrast(language, text):
    got = _rels(text, language)
    assert ("owns", "Norvik", "Corvalis") in got
    assert got.get(("invests_in", "Kestrel", "Corvalis")) == "active"


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik holds 37% of Corvalis, its rival Kestrel 27% of Brixo."),   # its own object
    ("en", "Norvik holds 37% of Corvalis and Kestrel 27% of Brixo."),
    ("en", "Norvik holds 37% of Corvalis, while Kestrel rose 2%."),             # a verb of its own
    ("en", "Norvik holds 37% of Corvalis, while Kestrel holds 2% of the market."),
    ("it", "Norvik detiene il 37% di Corvalis, mentre Kestrel è salita del 2%."),
    ("de", "Norvik hält 37 Prozent an Corvalis, Kestrel legte an der Börse 2 Prozent zu."),
    ("fr", "Norvik détient 37 % de Corvalis, tandis que Kestrel a progressé de 2 %."),
    ("es", "Norvik posee el 37% de Corvalis, mientras que Kestrel subió un 2%."),
])
def test_a_second_clause_of_its_own(language, text):
    got = _rels(text, language)
    assert not any(s == "Kestrel" and t == "Corvalis" for _, s, t in got)
    assert not any(s == "Norvik" and t == "Kestrel" for _, s, t in got)


@pytest.mark.parametrize("language,text", [
    ("en", "BMW rose 2%, Volkswagen 1%."),
    ("de", "BMW stieg um 2 Prozent, Volkswagen um 1 Prozent."),
    ("it", "BMW ha guadagnato il 2% e Volkswagen l'1%."),
])
def test_share_prices_are_no_stakes(language, text):
    assert not _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("fr", "Le groupe Norvik a déjà créé Brixo avec Kestrel au Canada et Almara avec Corvalis aux États-Unis."),
    ("fr", "Le groupe Norvik a déjà créé Brixo avec Kestrel, au Canada, et Almara avec Corvalis, aux États-Unis, deux sociétés communes."),
    ("fr", "Norvik a fondé Brixo avec Kestrel en 2021 et Almara avec le groupe coréen Corvalis en 2023."),
    ("en", "Norvik formed joint ventures with Kestrel in Canada and with Corvalis in the US."),
    ("es", "Norvik constituyó la empresa conjunta Brixo con Kestrel en Canadá y Almara con Corvalis en Estados Unidos."),
])
def test_a_second_venture_and_its_partner(language, text):
    got = _rels(text, language)
    assert ("joint_venture", "Kestrel", "Norvik") in got
    assert ("joint_venture", "Corvalis", "Norvik") in got
    assert not any(t == "joint_venture" and "Almara" in (s, o) for t, s, o in got)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik partners with Kestrel in Europe and with Corvalis in Asia."),
    ("fr", "Norvik s'est associé avec Kestrel en Europe et avec Corvalis en Asie."),
    ("it", "Norvik ha firmato un accordo di collaborazione con Kestrel nel 2021 e con Corvalis nel 2023."),
    ("de", "Norvik kooperiert seit 2021 mit Kestrel in Europa und mit Corvalis in Asien."),
])
def test_a_second_partner_with_the_preposition_repeated(language, text):
    got = _rels(text, language)
    assert ("partners_with", "Kestrel", "Norvik") in got
    assert ("partners_with", "Corvalis", "Norvik") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik signed a partnership with Kestrel in 2021 and competes with Corvalis in Asia."),
    ("fr", "Norvik a créé Brixo avec Kestrel et Almara a signé avec Corvalis."),
    ("it", "Norvik collabora con Kestrel in Europa e Almara compete con Corvalis in Asia."),
])
def test_a_second_pair_with_a_verb_of_its_own(language, text):
    got = _rels(text, language)
    assert not any(t in ("joint_venture", "partners_with") and {s, o} == {"Norvik", "Corvalis"} for t, s, o in got)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik holds 37% of Corvalis and 20% of Brixo."),
    ("it", "Norvik detiene il 37% di Corvalis e il 20% di Brixo."),
    ("de", "Norvik hält 37 Prozent an Corvalis und 20 Prozent an Brixo."),
    ("fr", "Norvik détient 37 % de Corvalis et 20 % de Brixo."),
    ("es", "Norvik posee el 37% de Corvalis y el 20% de Brixo."),
])
def test_a_second_figure_and_company_share_the_subject(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Norvik", "Corvalis") in got
    assert ("invests_in", "Norvik", "Brixo") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis is 61% owned by Norvik and 37% by Kestrel."),
    ("fr", "Corvalis est détenue à 61 % par Norvik et à 37 % par Kestrel."),
    ("es", "Corvalis está participada en un 61% por Norvik y en un 37% por Kestrel."),
])
def test_a_second_figure_and_holder_share_the_passive(language, text):
    got = _rels(text, language)
    assert ("owns", "Norvik", "Corvalis") in got
    assert ("invests_in", "Kestrel", "Corvalis") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik holds 37% of Corvalis and 20% of its shares are traded on Kestrel."),
    ("en", "Norvik acquired 37% of Corvalis and 20% of Brixo rose."),
])
def test_a_second_figure_with_a_verb_of_its_own(language, text):
    got = _rels(text, language)
    assert not any(s == "Norvik" and t in ("Kestrel", "Brixo") for _, s, t in got)


@pytest.mark.parametrize("language,text,supplier", [
    ("en", "Norvik buys its wafers partly from Kestrel, with which it signed a deal in 2023, and partly from Corvalis.", True),
    ("it", "Norvik si rifornisce in parte dall'americana Kestrel, con cui ha firmato un accordo, e in parte da Corvalis.", True),
    ("de", "Norvik bezieht seine Wafer teils von Kestrel, teils vom Konkurrenten Corvalis.", True),
    ("fr", "Norvik s'approvisionne en partie auprès de Kestrel et en partie auprès du groupe Corvalis.", True),
    ("es", "Norvik se abastece en parte de Kestrel y en parte de Corvalis.", True),
    ("en", "Norvik supplies cells partly to Kestrel and partly to Corvalis.", False),
])
def test_partly_from_one_and_partly_from_another(language, text, supplier):
    got = _rels(text, language)
    for other in ("Kestrel", "Corvalis"):
        assert (("supplies", other, "Norvik") if supplier else ("supplies", "Norvik", other)) in got


def test_partly_then_another_verb():
    got = _rels("Norvik buys its wafers partly from Kestrel and partly makes them with Corvalis.", "en")
    assert ("supplies", "Kestrel", "Norvik") in got
    assert not any(s == "Corvalis" for _, s, _ in got)


@pytest.mark.parametrize("language,text,typ", [
    ("en", "Norvik sold 25% of Brixo to a consortium of Kestrel and Corvalis.", "invests_in"),
    ("es", "Norvik vendió un 25% de Brixo a un consorcio formado por Kestrel y Corvalis.", "invests_in"),
    ("it", "Norvik ha ceduto il 25% di Brixo a un consorzio formato da Kestrel e Corvalis.", "invests_in"),
    ("fr", "Norvik a cédé 25 % de Brixo à un consortium formé de Kestrel et Corvalis.", "invests_in"),
    ("de", "Norvik verkauft Brixo an ein Konsortium aus Kestrel und Corvalis.", "acquires"),
    ("en", "Brixo was acquired by a consortium of Kestrel and Corvalis.", "acquires"),
    ("de", "Brixo wurde von einem Konsortium um Kestrel und Corvalis übernommen.", "acquires"),
])
def test_the_members_of_a_consortium_are_the_buyers(language, text, typ):
    got = _rels(text, language)
    assert (typ, "Kestrel", "Brixo") in got
    assert (typ, "Corvalis", "Brixo") in got
    assert not any(s == "Brixo" for _, s, _ in got)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik owns 51% of Corvalis, while Kestrel holds the remaining 49%."),
    ("de", "Norvik hält 51 Prozent an Corvalis, während Kestrel die restlichen 49 Prozent besitzt."),
    ("it", "Norvik detiene il 51% di Corvalis, mentre Kestrel possiede il restante 49%."),
    ("fr", "Norvik détient 51 % de Corvalis, tandis que Kestrel possède les 49 % restants."),
    ("es", "Norvik controla el 51% de Corvalis, mientras que Kestrel posee el 49% restante."),
])
def test_the_remaining_stake_after_a_contrast(language, text):
    got = _rels(text, language)
    assert ("owns", "Norvik", "Corvalis") in got
    assert ("invests_in", "Kestrel", "Corvalis") in got


@pytest.mark.parametrize("language,text", [
    # a clause of its own between the stake and the contrast: the figure after it is another one's
    ("es", "Norvik, que posee el 20% de Corvalis, tiene una cuota del 15%, mientras que Kestrel un 12%."),
    ("en", "Norvik, which holds 20% of Corvalis, has a market share of 15%, while Kestrel has 12%."),
    ("es", "Norvik posee el 25% de Corvalis y el 30% de las ventas de Kestrel."),
])
def test_no_shared_object_across_a_clause_of_its_own(language, text):
    got = _rels(text, language)
    assert not any(s == "Kestrel" and t == "Corvalis" for _, s, t in got)
    assert not any(s == "Norvik" and t == "Kestrel" and typ != "owns" for typ, s, t in got)


@pytest.mark.parametrize("language,text,pairs", [
    ("en", "Norvik supplies Kestrel and, since 2021, also Corvalis.", [("Norvik", "Kestrel"), ("Norvik", "Corvalis")]),
    ("de", "Norvik liefert Zellen an Kestrel und seit 2021 auch an Corvalis.", [("Norvik", "Kestrel"), ("Norvik", "Corvalis")]),
    ("it", "Norvik fornisce celle a Kestrel e, dal 2021, anche a Corvalis.", [("Norvik", "Kestrel"), ("Norvik", "Corvalis")]),
    ("fr", "Norvik livre des cellules à Kestrel et, depuis 2021, à Corvalis.", [("Norvik", "Kestrel"), ("Norvik", "Corvalis")]),
    ("es", "Norvik suministra celdas a Kestrel y, desde 2021, también a Corvalis.", [("Norvik", "Kestrel"), ("Norvik", "Corvalis")]),
    ("de", "Norvik liefert Zellen an Kestrel und Module an Corvalis.", [("Norvik", "Kestrel"), ("Norvik", "Corvalis")]),
    ("en", "Kestrel buys cells from Norvik and modules from Corvalis.", [("Norvik", "Kestrel"), ("Corvalis", "Kestrel")]),
    ("de", "Kestrel bezieht Zellen von Norvik und Module von Corvalis.", [("Norvik", "Kestrel"), ("Corvalis", "Kestrel")]),
])
def test_a_second_object_of_the_same_supply_verb(language, text, pairs):
    got = _rels(text, language)
    for s, t in pairs:
        assert ("supplies", s, t) in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik acquired Corvalis in 2019 and Brixo in 2021."),
    ("it", "Norvik ha rilevato Corvalis nel 2019 e Brixo nel 2021."),
    ("de", "Norvik übernahm 2019 Corvalis und 2021 Brixo."),
    ("fr", "Norvik a racheté Corvalis en 2019 et Brixo en 2021."),
    ("es", "Norvik compró Corvalis en 2019 y Brixo en 2021."),
])
def test_a_second_object_of_the_same_purchase_verb(language, text):
    got = _rels(text, language)
    assert ("acquires", "Norvik", "Corvalis") in got
    assert ("acquires", "Norvik", "Brixo") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik supplies Kestrel in Europe, and Brixo said it would buy more."),
    ("en", "Norvik acquired Corvalis in 2019 and Brixo rose 5%."),
    ("it", "Norvik ha rilevato Corvalis nel 2019 e Brixo ha annunciato un nuovo impianto."),
    ("en", "Norvik buys cells from Kestrel in Europe and Brixo makes modules in Asia."),
    ("fr", "Norvik a racheté Corvalis en 2019 et Brixo a ouvert une usine en 2021."),
])
def test_a_second_name_with_a_verb_of_its_own(language, text):
    assert not any({s, t} & {"Norvik", "Kestrel"} and "Brixo" in (s, t) for _, s, t in _rels(text, language))


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik acquired Corvalis from Almara in 2019 and, three years later, bought Brixo."),
    ("it", "Norvik ha rilevato Corvalis da Almara nel 2019 e, tre anni dopo, ha acquistato Brixo."),
    ("es", "Norvik compró Corvalis a Almara en 2019 y, tres años después, adquirió Brixo."),
    ("fr", "Norvik a racheté Corvalis à Almara en 2019 et, trois ans plus tard, a acquis Brixo."),
])
def test_the_subject_of_a_second_verb_after_an_aside(language, text):
    got = _rels(text, language)
    assert ("acquires", "Norvik", "Corvalis") in got
    assert ("acquires", "Norvik", "Brixo") in got
    assert not any(s == "Corvalis" for _, s, _ in got)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik, the battery maker controlled by Almara, supplies Kestrel and, since March, Corvalis."),
    ("it", "Norvik fornisce Kestrel e, da marzo, anche Corvalis."),
])
def test_a_second_object_after_an_aside(language, text):
    got = _rels(text, language)
    assert ("supplies", "Norvik", "Kestrel") in got
    assert ("supplies", "Norvik", "Corvalis") in got


def test_an_aside_then_a_clause_of_its_own():
    assert ("supplies", "Norvik", "Corvalis") not in _rels("Norvik supplies Kestrel and, as a result, Corvalis rose 5%.", "en")


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis was bought in 2021 by the fund Norvik and the insurer Kestrel."),
    ("es", "Corvalis fue comprada por el fondo Norvik y la aseguradora Kestrel en 2021."),
    ("fr", "Corvalis a été rachetée par le fonds Norvik et l'assureur Kestrel."),
])
def test_described_buyers_after_a_passive(language, text):
    got = _rels(text, language)
    assert ("acquires", "Norvik", "Corvalis") in got
    assert ("acquires", "Kestrel", "Corvalis") in got


@pytest.mark.parametrize("language,text,pairs", [
    ("de", "Norvik liefert Zellen an Kestrel, Corvalis an Brixo.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
    ("it", "Norvik fornisce celle a Kestrel, Corvalis a Brixo.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
    ("it", "Norvik fornisce celle a Kestrel e Corvalis a Brixo.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
    ("en", "Norvik supplies cells to Kestrel, and Corvalis to Brixo.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
    ("es", "Norvik suministra celdas a Kestrel y Corvalis a Brixo.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
    ("fr", "Norvik livre des cellules à Kestrel, Corvalis à Brixo.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
    ("en", "Kestrel buys cells from Norvik, Brixo from Corvalis.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
    ("de", "Kestrel bezieht Zellen von Norvik, Brixo von Corvalis.", [("Norvik", "Kestrel"), ("Corvalis", "Brixo")]),
])
def test_a_second_subject_and_object_the_verb_left_out(language, text, pairs):
    got = _rels(text, language)
    for s, t in pairs:
        assert ("supplies", s, t) in got
    assert ("supplies", "Norvik", "Corvalis") not in got and ("supplies", "Corvalis", "Kestrel") not in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik supplies cells to Kestrel, Corvalis moved to Brixo."),
    ("en", "Norvik supplies cells to Kestrel and Corvalis."),
])
def test_no_second_pair_without_the_shape(language, text):
    assert ("supplies", "Corvalis", "Brixo") not in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik and Kestrel supply Corvalis and Brixo respectively."),
    ("it", "Norvik e Kestrel forniscono rispettivamente Corvalis e Brixo."),
    ("fr", "Norvik et Kestrel fournissent respectivement Corvalis et Brixo."),
    ("es", "Norvik y Kestrel suministran a Corvalis y Brixo, respectivamente."),
])
def test_respectively_pairs_the_lists_in_order(language, text):
    got = _rels(text, language)
    assert ("supplies", "Norvik", "Corvalis") in got and ("supplies", "Kestrel", "Brixo") in got
    assert ("supplies", "Norvik", "Brixo") not in got and ("supplies", "Kestrel", "Corvalis") not in got


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik hat 37 Prozent an Corvalis übernommen, Kestrel 20 Prozent."),
    ("de", "Norvik ist mit 37 Prozent an Corvalis beteiligt, Kestrel mit 20 Prozent."),
    ("en", "Norvik holds 37% of Corvalis, Kestrel with 20%."),
])
def test_the_second_subject_is_no_object_of_the_first_verb(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Kestrel", "Corvalis") in got
    assert not any(s == "Norvik" and t == "Kestrel" for _, s, t in got)


@pytest.mark.parametrize("text", [
    "Norvik hat 2019 Corvalis übernommen und 2021 Brixo gekauft.",
    "Norvik hat Corvalis übernommen und drei Jahre später Brixo gekauft.",
    "Norvik hat 2019 Corvalis von Almara übernommen und drei Jahre später Brixo gekauft.",
])
def test_de_a_second_final_verb_keeps_the_subject(text):
    got = _rels(text, "de")
    assert ("acquires", "Norvik", "Corvalis") in got
    assert ("acquires", "Norvik", "Brixo") in got
    assert not any(s == "Corvalis" for _, s, _ in got)


def test_de_a_second_clause_with_its_own_subject():
    got = _rels("Norvik hat Corvalis übernommen und Brixo hat Kestrel gekauft.", "de")
    assert ("acquires", "Brixo", "Kestrel") in got
    assert ("acquires", "Norvik", "Kestrel") not in got


@pytest.mark.parametrize("language,text", [
    ("de", "Brixo war 2020 als Gemeinschaftsunternehmen von Norvik und Kestrel gegründet worden, Corvalis stieg ein Jahr später als dritter Gesellschafter ein."),
    ("en", "Brixo was set up in 2020 as a joint venture of Norvik and Kestrel, and Corvalis joined a year later as a third partner."),
    ("fr", "Brixo a été créée en 2020 comme coentreprise de Norvik et Kestrel, et Corvalis l'a rejointe un an plus tard comme troisième actionnaire."),
    ("es", "Brixo nació en 2020 como empresa conjunta de Norvik y Kestrel, y Corvalis entró un año después como tercer socio."),
])
def test_a_third_partner_joins_the_venture(language, text):
    got = _rels(text, language)
    for a, b in (("Kestrel", "Norvik"), ("Corvalis", "Norvik"), ("Corvalis", "Kestrel")):
        assert ("joint_venture", a, b) in got


def test_a_name_after_the_venture_with_another_role():
    got = _rels("Brixo ist ein Gemeinschaftsunternehmen von Norvik und Kestrel, Corvalis ist Kunde.", "de")
    assert not any(t == "joint_venture" and "Corvalis" in (s, o) for t, s, o in got)
