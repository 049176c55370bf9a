"""Orders, contracts, equipment and power told in ways the frames missed (ord16): an order handed on to
another supplier by a pronoun ("cancelled the order with Z and gave it to Y"), a choice of supplier
with an elided article before the goods ("a retenu Y pour l'onduleur"), a German order won with the
giver and the goods between noun and participle, a power supply contract named by its goods or its
megawatts, sales contracts with customers, and a charging network equipped like a plant. Invented
companies (Almara, Brixo, Corvalis, Dentra)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Almara", "Brixo", "Corvalis", "Dentra"]


def _rels(text, lang, sectors=None):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=lang, sectors=sectors))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Almara cancelled its cell order with Corvalis last year and gave it to Brixo instead."),
    ("de", "Almara stornierte im Frühjahr den Zellauftrag bei Corvalis und vergab ihn stattdessen an Brixo."),
    ("fr", "Almara a résilié son contrat de cellules avec Corvalis et a confié ces volumes à Brixo."),
    ("it", "Almara ha disdetto l'ordine di celle con Corvalis e ha affidato quei volumi a Brixo."),
    ("it", "Almara aveva annullato nel 2023 il contratto per i moduli con Corvalis, affidandoli poi a Brixo."),
    ("es", "Almara canceló el pedido de celdas a Corvalis y lo adjudicó a Brixo."),
])
def test_an_order_handed_on_goes_to_the_new_supplier_which_supplies_now(lang, text):
    got = _rels(text, lang)
    assert got.get(("supplies", "Brixo", "Almara")) == "active"
    assert ("supplies", "Almara", "Brixo") not in got


def test_an_order_handed_on_with_a_later_start_is_announced():
    got = _rels("Almara ended its order with Corvalis and will give it to Brixo from 2028.", "en")
    assert got.get(("supplies", "Brixo", "Almara")) == "announced"


@pytest.mark.parametrize("lang,text", [
    ("en", "Almara gave it to Brixo."),
    ("fr", "Almara a vendu l'usine et la confie désormais à la mairie."),
    ("it", "Almara ha rilevato la fabbrica per affidarla a un fondo."),
])
def test_a_pronoun_handed_to_no_company_or_a_bare_gift_reads_no_order(lang, text):
    # "gave it to" with no order told is read as before; a thing handed to no company gives nothing
    got = _rels(text, lang)
    assert not any(t == "supplies" and s == "Almara" for (t, s, _), _st in got.items())


@pytest.mark.parametrize("lang,text", [
    ("fr", "Almara a retenu Brixo pour l'onduleur de sa prochaine plateforme."),
    ("it", "Almara ha scelto Brixo per l'inverter della nuova piattaforma."),
])
def test_a_supplier_chosen_for_goods_after_an_elided_article(lang, text):
    assert ("supplies", "Brixo", "Almara") in _rels(text, lang)


def test_a_german_order_won_with_giver_and_goods_before_the_participle():
    got = _rels("Brixo hat im Sommer einen Großauftrag der Almara über 120 Gelenkbusse erhalten.", "de")
    assert ("supplies", "Brixo", "Almara") in got


_POWER = {"Brixo": ["energy"], "Almara": ["battery_materials"]}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Almara a signé avec Brixo un contrat d'approvisionnement de 80 mégawatts pour son usine."),
    ("fr", "Almara a conclu avec Brixo un contrat de fourniture d'électricité sur dix ans."),
    ("it", "Almara ha firmato con Brixo un contratto di acquisto di elettricità da fonti solari."),
    ("it", "Brixo ha siglato con Almara un accordo decennale per l'acquisto di energia rinnovabile."),
    ("es", "Almara ha cerrado con Brixo un contrato de suministro eléctrico a quince años."),
    ("en", "Brixo has signed a power supply agreement with Almara for its cathode plant."),
])
def test_a_power_supply_contract_is_sold_by_the_energy_company_whichever_side_is_the_subject(lang, text):
    got = _rels(text, lang, sectors=_POWER)
    assert ("supplies", "Brixo", "Almara") in got
    assert ("supplies", "Almara", "Brixo") not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo equips the charging network of Almara."),
    ("fr", "Brixo équipe déjà le réseau d'Almara."),
    ("it", "Brixo equipaggia già la rete di Almara."),
    ("es", "Brixo equipa la red de Almara con sus cargadores."),
    ("de", "Brixo stattet das Ladenetz von Almara aus."),
])
def test_equipping_a_charging_network_supplies_its_owner(lang, text):
    assert ("supplies", "Brixo", "Almara") in _rels(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo has already signed sales contracts with Almara and Dentra for its hydroxide."),
    ("it", "Brixo ha già firmato contratti di vendita con Almara e Dentra per il suo idrossido."),
    ("fr", "Brixo a déjà signé des contrats de vente avec Almara et Dentra pour son hydroxyde."),
    ("es", "Brixo termina su refinería, con contratos de venta ya firmados con Almara y Dentra."),
    ("de", "Brixo hat bereits Absatzverträge mit Almara und Dentra geschlossen."),
])
def test_sales_contracts_with_customers_make_the_subject_their_supplier(lang, text):
    got = _rels(text, lang)
    assert ("supplies", "Brixo", "Almara") in got and ("supplies", "Brixo", "Dentra") in got


@pytest.mark.parametrize("lang,text", [
    ("it", "Brixo ha firmato con Almara il contratto di vendita della quota in Dentra."),
    ("fr", "Brixo a signé avec Almara le contrat de vente de sa filiale Dentra."),
    ("es", "Brixo firmó con Almara el contrato de venta de su filial Dentra."),
])
def test_a_contract_selling_a_stake_or_a_unit_is_no_supply(lang, text):
    assert not any(t == "supplies" for t, _s, _t in _rels(text, lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo provides logistics services to Almara at its Ohio site."),
    ("en", "Brixo already runs the depot and handles inbound freight for Almara."),
    ("es", "Brixo, que ya presta servicios de logística interna a Almara en Zaragoza, ampliará su nave."),
    ("es", "Brixo gestiona la logística de la planta de Almara."),
    ("it", "Brixo gestisce la logistica dello stabilimento di Almara a Melfi."),
    ("fr", "Brixo assure la logistique de l'usine d'Almara à Douai."),
    ("de", "Brixo übernimmt die Werkslogistik für Almara in Zwickau."),
])
def test_a_service_done_for_a_customer_is_supply(lang, text):
    got = _rels(text, lang)
    assert ("supplies", "Brixo", "Almara") in got and ("supplies", "Almara", "Brixo") not in got


def test_a_service_is_not_turned_round_by_the_chain_of_goods():
    # the gazetteer puts a mobility firm (Ryder) above a cell maker (Northvolt) in the chain of goods,
    # which would turn a supply of goods round; a service runs the way the sentence tells it
    from tierscope.relations.known_roles import known_direction

    assert known_direction("supplies", "Ryder", "Northvolt") == ("Northvolt", "Ryder")  # goods: turned round
    doc = RelationExtractor()(make_doc("Ryder handles inbound freight for Northvolt in Sweden.", ["Ryder", "Northvolt"],
                                       language="en"))
    assert [(r.source, r.target, r.product) for r in doc.relations] == [("Ryder", "Northvolt", "services")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Almara relies on Brixo for its fast chargers."),
    ("fr", "Les bornes d'Almara seront fournies par Brixo dès l'an prochain."),
    ("es", "Los cargadores de Almara serán suministrados por Brixo a partir del año que viene."),
    ("de", "Almara setzt beim Ausbau auf Schnellladesäulen von Brixo."),
])
def test_chargers_named_on_their_own_are_goods(lang, text):
    assert ("supplies", "Brixo", "Almara") in _rels(text, lang)


def test_french_bornes_after_de_name_what_a_cooperation_is_for_not_goods():
    from tierscope.relations.products import products_in

    assert [n for _, n in products_in("les bornes du réseau")] == ["charging stations"]
    assert products_in("équiper les dépôts de bornes") == []


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Almara cancelled a 2 billion euro order placed with Brixo.", "ended"),
    ("fr", "Almara a confirmé une commande de 300 millions d'euros passée à Brixo.", "announced"),
    ("es", "Almara canceló un pedido de 2.000 millones hecho a Brixo.", "ended"),
    ("it", "Nel 2023 Almara annullò un ordine di celle con Brixo per i ritardi.", "ended"),
    ("de", "Den Auftrag über eine Milliarde Euro, den Almara 2021 an Brixo vergeben hatte, zog Almara im Mai zurück.", "ended"),
])
def test_an_order_placed_with_a_supplier_and_its_end(lang, text, status):
    assert _rels(text, lang).get(("supplies", "Brixo", "Almara")) == status


@pytest.mark.parametrize("lang,text", [
    ("en", "Almara splits its cell orders between Brixo and Dentra."),
    ("it", "Almara divide gli ordini di celle tra Brixo e Dentra."),
    ("fr", "Almara répartit ses commandes de cellules entre Brixo et Dentra."),
    ("de", "Almara verteilt seine Zellaufträge auf Brixo und Dentra."),
    ("es", "Almara reparte sus pedidos de celdas entre Brixo y Dentra."),
])
def test_orders_split_between_suppliers_make_each_a_supplier(lang, text):
    got = _rels(text, lang)
    assert got.get(("supplies", "Brixo", "Almara")) == "active" and got.get(("supplies", "Dentra", "Almara")) == "active"


@pytest.mark.parametrize("text", [
    "Almara a annulé en juin une commande de 2 milliards d'euros passée à Brixo.",
    "Brixo livrait des cellules à Almara, mais le contrat a été annulé en mars.",
])
def test_a_french_order_or_contract_cancelled_has_ended(text):
    assert _rels(text, "fr").get(("supplies", "Brixo", "Almara")) == "ended"
