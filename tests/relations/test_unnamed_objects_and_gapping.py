"""Constructions of wire and business-press copy (invented sentences):

* a company bought is described, not named ("buys a supplier of Y", "se hace con un proveedor de Y",
  "met la main sur le plasturgiste, fournisseur de Y"): Y is neither bought nor supplied by the buyer;
* one supply verb with several goods, each with its customer ("supplies hubs to X, axles to Y and
  brakes to Z"): every customer is supplied.
"""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_COMPANIES = ["Norvik", "Corvalis", "Tessaro", "Almara", "Brixo"]


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, _COMPANIES, language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik agreed to buy a supplier to Corvalis and Tessaro."),
    ("en", "Norvik will acquire the Ohio-based plastics firm, a supplier to Corvalis, for $50m."),
    ("es", "Norvik refuerza su negocio y se hace con un proveedor de Corvalis y Tessaro."),
    ("es", "Norvik compra un proveedor de Corvalis."),
    ("fr", "Norvik met la main sur le plasturgiste jurassien, fournisseur de Corvalis et de Tessaro, et lance un chantier."),
    ("fr", "Norvik rachète un fournisseur de Corvalis."),
])
def test_company_bought_is_described(language, text):
    got = _rels(text, language)
    assert not any(src == "Norvik" for _t, src, _tgt in got), got


@pytest.mark.parametrize("language,text,expected", [
    # the noun's referent is a name: it still supplies
    ("en", "Norvik bought Tessaro, a supplier to Corvalis.", {("acquires", "Norvik", "Tessaro"), ("supplies", "Tessaro", "Corvalis")}),
    ("es", "Norvik compró Tessaro, proveedor de Corvalis.", {("acquires", "Norvik", "Tessaro"), ("supplies", "Tessaro", "Corvalis")}),
])
def test_named_supplier_still_read(language, text, expected):
    assert expected <= _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik supplies hubs to Corvalis, transmission parts to Tessaro and axles to Almara."),
    ("es", "Norvik suministra manguetas a Corvalis para la planta de Vigo, piezas de transmisión a Tessaro para sus fábricas de Valladolid y Palencia, y ejes a Almara."),
    ("fr", "Norvik livre des jantes à Corvalis, des essieux à Tessaro et des câbles à Almara."),
])
def test_gapped_supply_list(language, text):
    got = _rels(text, language)
    assert {("supplies", "Norvik", c) for c in ("Corvalis", "Tessaro", "Almara")} <= got, got


@pytest.mark.parametrize("language,text,absent", [
    ("en", "Norvik supplies cells to Corvalis, and shares its know-how with Tessaro.", ("supplies", "Norvik", "Tessaro")),
    ("en", "Norvik supplies cells to Corvalis, while Tessaro buys from Almara.", ("supplies", "Norvik", "Almara")),
    ("es", "Norvik suministra celdas a Corvalis, mientras que Tessaro compra a Almara.", ("supplies", "Norvik", "Almara")),
])
def test_gapped_list_stops_at_a_clause(language, text, absent):
    assert absent not in _rels(text, language)


# A pronoun subject in a later clause ("..., and it supplies W") is not the name listed before it: it
# is the name that opens the sentence, or nobody.
@pytest.mark.parametrize("language,text,expected,absent", [
    ("en", "Norvik counts Corvalis, Tessaro and Almara among its rivals, and in May it signed a deal under which it supplies wafers to Brixo.",
     ("supplies", "Norvik", "Brixo"), ("supplies", "Almara", "Brixo")),
    ("en", "Norvik sells motors to Corvalis and Tessaro, and it also supplies cells to Almara.",
     ("supplies", "Norvik", "Almara"), ("supplies", "Tessaro", "Almara")),
    ("en", "Tessaro and Almara buy cells from Norvik, and it supplies wafers to Corvalis.",
     None, ("supplies", "Almara", "Corvalis")),
])
def test_pronoun_subject_in_later_clause(language, text, expected, absent):
    got = _rels(text, language)
    assert absent not in got, got
    if expected:
        assert expected in got, got


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Norvik said it supplies cells to Corvalis.", ("supplies", "Norvik", "Corvalis")),
    ("en", "At home, Norvik has been growing fast: it supplies cells to Corvalis.", ("supplies", "Norvik", "Corvalis")),
])
def test_pronoun_of_the_same_clause_keeps_its_name(language, text, expected):
    assert expected in _rels(text, language)


# "their own / respective joint ventures": one venture each, none between the names listed
@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis and Tessaro, which both kept their own cell joint ventures, have been cutting targets."),
    ("fr", "Corvalis et Tessaro gardent leurs propres coentreprises."),
    ("es", "Corvalis y Tessaro mantienen sus respectivas empresas conjuntas."),
    ("de", "Corvalis und Tessaro behalten ihre eigenen Gemeinschaftsunternehmen."),
])
def test_each_their_own_venture(language, text):
    assert ("joint_venture", "Corvalis", "Tessaro") not in _rels(text, language)


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Corvalis and Tessaro each have their own joint ventures with Almara.", ("joint_venture", "Almara", "Corvalis")),
    ("en", "Corvalis's separate joint venture with Tessaro is not affected.", ("joint_venture", "Corvalis", "Tessaro")),
    ("en", "Corvalis and Tessaro set up a joint venture.", ("joint_venture", "Corvalis", "Tessaro")),
])
def test_shared_venture_still_read(language, text, expected):
    assert expected in _rels(text, language)


# "orders" after a determiner or an adjective is the noun, not "X orders cells from Y"
@pytest.mark.parametrize("text,expected", [
    ("Analysts said a Corvalis contract would help Norvik offset slowing orders from European carmakers.", None),
    ("Norvik said new orders from Corvalis were weak.", None),
    ("Norvik orders cells from Corvalis.", ("supplies", "Corvalis", "Norvik")),
    ("Norvik also orders cells from Corvalis.", ("supplies", "Corvalis", "Norvik")),
])
def test_orders_noun_or_verb(text, expected):
    got = _rels(text, "en")
    if expected is None:
        assert not any(t == "supplies" for t, _s, _t in got), got
    else:
        assert expected in got, got


# A unit whose parent is described after its noun ("la filial comercial de la marca alemana"): the
# clause subject next to it is not its parent
@pytest.mark.parametrize("language,text,coref", [
    ("es", "El fabricante valenciano de equipos Norvik y Corvalis Iberia, la filial comercial de la marca alemana en el país, han firmado un acuerdo de colaboración.",
     {"El fabricante valenciano": "Norvik"}),
    ("en", "The Spanish equipment maker Norvik and Corvalis Iberia, the local sales arm of the German carmaker, signed a deal.",
     {"The Spanish equipment maker": "Norvik"}),
])
def test_described_parent_is_not_the_subject(language, text, coref):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis Iberia"], language=language, coref=coref))
    assert not any(r.type == "owns" for r in doc.relations), doc.relations


@pytest.mark.parametrize("language,text", [
    ("es", "Norvik reorganiza Corvalis, la filial brasileña."),
    ("it", "Norvik ha riorganizzato Corvalis, la controllata attiva nelle rinnovabili."),
])
def test_apposed_unit_of_the_subject(language, text):
    assert ("owns", "Norvik", "Corvalis") in _rels(text, language)


# A second verb joined by "and" keeps the first verb's subject, not its object
@pytest.mark.parametrize("language,text,expected,absent", [
    ("fr", "Norvik avait racheté en 2022 Tessaro, une jeune société, et a cédé en 2024 Almara à Corvalis.",
     ("acquires", "Corvalis", "Almara"), ("owns", "Tessaro", "Almara")),
    ("en", "Norvik bought Tessaro in 2022 and sold Almara to Corvalis in 2024.",
     ("owns", "Norvik", "Almara"), ("owns", "Tessaro", "Almara")),
    ("es", "Norvik compró Tessaro en 2022 y vendió Almara a Corvalis.",
     ("acquires", "Norvik", "Tessaro"), ("owns", "Tessaro", "Almara")),
    ("en", "Norvik supplies Tessaro and Almara and also sells cells to Corvalis.",
     ("supplies", "Norvik", "Corvalis"), ("supplies", "Almara", "Corvalis")),
])
def test_coordinated_verb_keeps_subject(language, text, expected, absent):
    got = _rels(text, language)
    assert expected in got and absent not in got, got


def test_coordinated_verb_of_a_subject_name():
    # the name is the sentence's first: it stays the subject of the second verb
    got = _rels("Oggi Norvik produce celle a Lione e fornisce i moduli a Corvalis.", "it")
    assert ("supplies", "Norvik", "Corvalis") in got, got


# a bid or an offer for a named company is an acquisition (its status from the usual cues)
@pytest.mark.parametrize("text,expected", [
    ("Almara made a bid for Tessaro.", ("acquires", "Almara", "Tessaro", "announced")),
    ("Almara is weighing a bid for Tessaro, according to people familiar with the matter.", ("acquires", "Almara", "Tessaro", "rumoured")),
    ("Almara is considering an offer for Tessaro.", ("acquires", "Almara", "Tessaro", "in_talks")),
])
def test_bid_for_company(text, expected):
    doc = RelationExtractor()(make_doc(text, _COMPANIES, language="en"))
    assert expected in {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Almara won a bid for Tessaro's tender.",
    "Norvik said it had received an offer for Tessaro from Almara.",
])
def test_bid_not_an_acquisition(text):
    assert not any(t == "acquires" and s in ("Almara", "Norvik") for t, s, _x in _rels(text, "en"))


# "X counts A and B among the carmakers that buy its chips": A and B buy from X
@pytest.mark.parametrize("language,text", [
    ("en", "Norvik counts Corvalis and Tessaro among the carmakers and suppliers that buy its silicon carbide devices today."),
    ("fr", "Norvik compte Corvalis et Tessaro parmi les constructeurs qui achètent ses puces."),
    ("es", "Norvik cuenta a Corvalis y Tessaro entre los fabricantes que compran sus chips."),
])
def test_counted_among_buyers(language, text):
    got = _rels(text, language)
    assert {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")} <= got, got
    assert ("supplies", "Corvalis", "Norvik") not in got, got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik counts Corvalis and Tessaro among the carmakers that buy batteries from China."),
    ("en", "Norvik counts Corvalis among its rivals."),
])
def test_counted_among_not_buyers(language, text):
    assert not any(t == "supplies" and s == "Norvik" for t, s, _x in _rels(text, language))


# "supply it with": the object pronoun is the company the sentence opens with
@pytest.mark.parametrize("text,expected,absent", [
    ("Norvik took a 10% stake in Corvalis and signed an offtake agreement under which Corvalis is set to supply it with spodumene from 2028.",
     ("supplies", "Corvalis", "Norvik"), None),
    ("Norvik said Corvalis would supply it with cells.", ("supplies", "Corvalis", "Norvik"), None),
    ("Tessaro and Almara buy cells from Norvik, which supplies them from Poland.", ("supplies", "Norvik", "Tessaro"), ("supplies", "Norvik", "Norvik")),
])
def test_supply_it_with(text, expected, absent):
    got = _rels(text, "en")
    assert expected in got and (absent is None or absent not in got), got
