"""Customers and shareholders named in a later sentence than their company: a possessive list whose
owner sits two sentences back across a sentence that names no company ("Founded in 2021, it employs
300 people. Its shareholders are ..."), a colon after the role words, members with a description
("il fondo X, il gruppo Y e Z"), and customers in an agentless passive of supplying ("Aus dem Werk
werden X und Y beliefert") (members.py, passive_customers.py)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

C = ["Norvik", "Corvalis", "Tessaro", "Velquor"]


def _rels(text, language, companies=C, sectors=None):
    doc = make_doc(text, companies, language=language, sectors=sectors)
    return {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Norvik produce materiali per anodi. Fondata nel 2021, ha sede a Oslo. I suoi azionisti sono il fondo "
           "Corvalis e il gruppo Tessaro."),
    ("fr", "Norvik fabrique des cellules. Créée en 2020, elle emploie 300 personnes. Ses actionnaires sont Corvalis "
           "et Tessaro."),
    ("en", "Norvik makes anode material. Founded in 2021, it employs 300 people. Its shareholders are the fund "
           "Corvalis and the chemicals group Tessaro."),
    ("es", "Norvik fabrica ánodos. Fundada en 2021, emplea a 300 personas. Entre sus accionistas figuran Corvalis y Tessaro."),
])
def test_shareholders_two_sentences_after_their_company(language, text):
    assert _rels(text, language) >= {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}


@pytest.mark.parametrize("language,text", [
    ("es", "Norvik inauguró su fábrica en Valencia. La planta tendrá 40 GWh. Sus clientes ya están decididos: "
           "Corvalis y Tessaro."),
    ("en", "Norvik opened its plant in Ohio. Its customers are already settled: Corvalis and Tessaro."),
    ("fr", "Norvik a ouvert son usine. Ses clients sont déjà connus : Corvalis et Tessaro."),
])
def test_customers_after_a_colon(language, text):
    assert _rels(text, language) >= {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}


@pytest.mark.parametrize("language,text", [
    ("it", "Norvik produce anodi. I suoi azionisti sono il fondo Corvalis, il gruppo Tessaro e Velquor."),
    ("en", "Norvik makes anodes. Its shareholders are Corvalis, the venture fund Tessaro and Velquor."),
])
def test_list_members_with_a_description(language, text):
    got = _rels(text, language)
    assert {("invests_in", x, "Norvik") for x in ("Corvalis", "Tessaro", "Velquor")} <= got


@pytest.mark.parametrize("language,text", [
    # two sentences without a company: too far to tell whose list it is
    ("en", "Norvik makes cells. The market is growing. Prices fell. Its customers include Corvalis."),
    # two companies open the sentence before: whose?
    ("en", "Norvik and Velquor make cells. The market is growing. Its customers include Corvalis."),
    # a capitalised word before the colon: the list is the first company, not what follows
    ("en", "Norvik opened its plant in Ohio. Its customers include Corvalis: Tessaro said so."),
    # a source after a comma is no member
    ("en", "Norvik makes anodes. Its shareholders are Corvalis, according to Tessaro."),
])
def test_lists_not_read(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Tessaro", "Norvik") not in got and ("supplies", "Norvik", "Tessaro") not in got
    if "Prices fell" in text or "and Velquor" in text:
        assert ("supplies", "Norvik", "Corvalis") not in got


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik fertigt die Zellen im polnischen Werk bei Breslau. Aus den Hallen dort werden Corvalis, "
           "Tessaro und Velquor mit Zellen beliefert."),
    ("de", "Norvik baut sein Werk aus. Corvalis wird bereits seit 2024 mit Modulgehäusen beliefert."),
    ("en", "Norvik makes the cells at its plant near Wroclaw. Corvalis and Tessaro are supplied from there."),
    ("fr", "Norvik produit les cellules dans son usine de Wroclaw. Corvalis et Tessaro y sont approvisionnés en cellules."),
    ("it", "Norvik produce le celle nello stabilimento di Breslavia. Corvalis e Tessaro vengono riforniti da lì."),
    ("es", "Norvik fabrica las celdas en su planta de Breslavia. Corvalis y Tessaro son abastecidos desde allí."),
])
def test_passive_customers_of_the_company_before(language, text):
    got = _rels(text, language)
    assert ("supplies", "Norvik", "Corvalis") in got
    if "Tessaro" in text:
        assert ("supplies", "Norvik", "Tessaro") in got


def test_passive_customers_present_tense_is_active():
    doc = make_doc("Norvik fertigt Zellen in Polen. Von dort werden Corvalis und Tessaro beliefert.", C, language="de")
    statuses = {r.status for r in RelationExtractor()(doc).relations if r.type == "supplies"}
    assert statuses == {"active"}


@pytest.mark.parametrize("language,text,sectors", [
    # the supplier is named in the sentence itself
    ("de", "Norvik baut sein Werk aus. Corvalis wird von Velquor mit Zellen beliefert.", None),
    ("en", "Norvik opened a plant. Corvalis is supplied by Velquor.", None),
    # the company before is a peer of the customer: not its supplier
    ("de", "Norvik ist nicht der erste Autobauer. Corvalis wird seit 2024 beliefert.",
     {"Norvik": ["carmaker"], "Corvalis": ["carmaker"]}),
    # no passive of supplying
    ("en", "Norvik makes the cells near Wroclaw. Corvalis and Tessaro are pleased with the plant.", None),
    # another story
    ("en", "Norvik makes the cells near Wroclaw.\n\nCorvalis and Tessaro are supplied from there.", None),
])
def test_passive_customers_not_read(language, text, sectors):
    stories = text.split("\n\n")
    doc = make_doc(stories if len(stories) > 1 else text, C, language=language, sectors=sectors)
    got = {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}
    assert ("supplies", "Norvik", "Corvalis") not in got


@pytest.mark.parametrize("language,text,status", [
    ("it", "Per ora le celle di Norvik finiscono negli attrezzi elettrici. Il primo cliente industriale è stato "
           "Corvalis, che monta le celle nei gruppi di continuità.", "active"),
    ("fr", "Norvik produit des cellules au sodium. Le premier client sera Corvalis, à partir de 2027.", "announced"),
    ("es", "Norvik fabrica celdas. El principal cliente es Corvalis, que recibe material en Polonia.", "active"),
    ("en", "Norvik makes sodium cells. The first customer was Corvalis, which uses them in backup power units.", "active"),
])
def test_first_or_main_customer_of_the_company_before(language, text, status):
    doc = make_doc(text, C, language=language)
    got = {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(doc).relations}
    assert ("supplies", "Norvik", "Corvalis", status) in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik makes sodium cells. The customer was Corvalis."),  # no rank: any customer of anyone
    ("en", "Norvik makes sodium cells. The first customer of Velquor was Corvalis."),  # its owner is named
    ("it", "Norvik produce celle. Il primo cliente di Velquor è Corvalis."),
])
def test_ranked_customer_not_of_the_company_before(language, text):
    assert ("supplies", "Norvik", "Corvalis") not in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik sold its defence arm to Velquor. It keeps Corvalis, the subsidiary that makes engines."),
    ("it", "Norvik ha ceduto la divisione difesa. Resta invece nel perimetro Corvalis, la controllata che produce motori."),
    ("fr", "Norvik a cédé sa branche défense. Corvalis, la filiale qui produit les moteurs, reste dans le groupe."),
    ("es", "Norvik vendió su división de defensa. Corvalis, la filial que fabrica motores, sigue en el grupo."),
    ("de", "Norvik hat die Sparte verkauft. Im Konzern bleibt Corvalis, die Tochter, die Motoren baut."),
])
def test_bare_unit_apposition_belongs_to_the_company_before(language, text):
    assert ("owns", "Norvik", "Corvalis") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("it", "Norvik ha ceduto la divisione difesa. Resta Corvalis, la controllata di Velquor."),  # parent named
    ("fr", "Norvik a cédé sa branche défense. Corvalis, la filiale de Velquor, reste."),
    ("en", "Norvik sold its defence arm. Velquor bought Corvalis, the subsidiary that makes engines."),  # another company
    ("en", "Norvik sold its defence arm. Corvalis, the supplier that makes engines, stays."),  # no unit noun
])
def test_bare_unit_apposition_not_read(language, text):
    assert ("owns", "Norvik", "Corvalis") not in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik has found its buyers. Corvalis and Tessaro have signed long-term offtake agreements."),
    ("de", "Abnehmer hat Norvik bereits gefunden. Der Batteriehersteller Corvalis und der belgische Materialkonzern "
           "Tessaro haben langfristige Abnahmeverträge unterzeichnet, die Lieferungen beginnen mit dem Produktionsstart."),
    ("fr", "Norvik a trouvé ses clients. Corvalis et Tessaro ont signé des contrats d'achat à long terme."),
    ("it", "Norvik ha già trovato i clienti. Corvalis e Tessaro hanno firmato contratti di acquisto pluriennali."),
    ("es", "Norvik ya tiene compradores. Corvalis y Tessaro han firmado contratos de compra a largo plazo."),
])
def test_offtakers_buy_from_the_company_before(language, text):
    assert _rels(text, language) >= {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik has found its buyers. Corvalis and Tessaro have signed offtake agreements with Velquor."),  # named
    ("en", "Norvik has found its buyers. Corvalis and Tessaro have signed supply agreements."),  # direction open
    ("de", "Norvik baut ein Werk. Corvalis hat mit Velquor Abnahmeverträge unterzeichnet."),  # not a list before
])
def test_offtakers_not_of_the_company_before(language, text):
    got = _rels(text, language)
    assert ("supplies", "Norvik", "Corvalis") not in got and ("supplies", "Norvik", "Tessaro") not in got
