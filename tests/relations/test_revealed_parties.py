"""A deal told with one party, the other named in the next sentence by a role noun and a copula, by
"it is" after the role, or by the deal noun and where it comes from, whom it went to or with whom it was
signed (relations/revealed_parties.py). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_NAMES = ["Korvan", "Maltrix", "Tessaro"]


def _ties(text, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _NAMES, language=language))}


@pytest.mark.parametrize("language, text, tie", [
    # a role noun with its article and a copula
    ("en", "Korvan has won a large order for seat frames. The customer is Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("it", "Korvan ha ottenuto un ordine per cablaggi. Il committente è la Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("de", "Korvan hat einen Großauftrag für Achsen erhalten. Abnehmer ist der Lkw-Bauer Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("fr", "Korvan a décroché une commande de faisceaux. Le donneur d'ordre est Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("es", "Korvan ha conseguido un pedido de llantas. El cliente es Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("es", "Maltrix ha elegido al proveedor de los asientos de su nuevo SUV. El proveedor es Korvan.", ("supplies", "Korvan", "Maltrix")),
    ("de", "Maltrix hat die Dichtungen für die neue Baureihe vergeben. Lieferant ist Korvan.", ("supplies", "Korvan", "Maltrix")),
    # the role first, its name after "it is"
    ("fr", "Korvan fournira des capteurs pour une nouvelle plateforme. Le client n'a pas été nommé ; "
           "selon nos informations, il s'agit de Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("de", "Korvan liefert Radarsensoren für eine neue Plattform. Der Name des Kunden wurde nicht genannt; "
           "es handelt sich um Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("it", "Korvan fornirà paraurti per un nuovo modello. Il cliente non è stato reso noto, ma si tratta di Maltrix.",
     ("supplies", "Korvan", "Maltrix")),
    # the deal noun: where it comes from, whom it went to, with whom it was signed
    ("en", "Korvan has received its biggest order to date. The order comes from Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("de", "Korvan liefert künftig Gehäuse aus Aluminium. Der Auftrag stammt von Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("fr", "Korvan a reçu une commande de 40 millions d'euros. La commande émane de Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("es", "Korvan ha recibido un encargo de piezas. El pedido procede de Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("it", "Korvan ha ricevuto una commessa importante. L'ordine arriva da Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("en", "Maltrix has picked a supplier for the inverters of its next van. The contract went to Korvan.",
     ("supplies", "Korvan", "Maltrix")),
    ("it", "Korvan fornirà basamenti per cinque anni. Il contratto, firmato con Maltrix, vale 80 milioni.",
     ("supplies", "Korvan", "Maltrix")),
    ("fr", "Korvan livrera des carters pendant sept ans. Le contrat a été signé avec Maltrix.", ("supplies", "Korvan", "Maltrix")),
    ("de", "Korvan wird sechs Jahre lang Achsen liefern. Der Vertrag wurde mit Maltrix geschlossen.", ("supplies", "Korvan", "Maltrix")),
    # a stake or a round, then its buyer or investor
    ("it", "Il 30% della Korvan è stato ceduto. L'acquirente è la Maltrix.", ("invests_in", "Maltrix", "Korvan")),
    ("es", "El 25% de Korvan ha sido vendido. El comprador es Maltrix.", ("invests_in", "Maltrix", "Korvan")),
    ("en", "A 60% stake in Korvan has been sold. The buyer is Maltrix.", ("acquires", "Maltrix", "Korvan")),
    ("fr", "Korvan a levé 25 millions d'euros. Le principal investisseur est Maltrix.", ("invests_in", "Maltrix", "Korvan")),
])
def test_the_party_named_after_its_deal(language, text, tie):
    assert tie in _ties(text, language)


@pytest.mark.parametrize("language, text", [
    # no deal before, or no name right after the copula
    ("en", "Korvan reported record sales. The customer is Maltrix, its chief said."),
    ("en", "Korvan has won an order for gears. The customer is always right, said Maltrix."),
    # a negation
    ("en", "Korvan has received a large order. The order does not come from Maltrix."),
    # who sells? two companies open the sentence before after a long opening
    ("en", "Late last year, after long talks, Korvan and Tessaro signed a supply contract. The customer is Maltrix."),
    # "signed with" after a deal that does not say who sells
    ("it", "Korvan ha firmato un accordo pluriennale per le lamiere. Il contratto è stato siglato con Maltrix."),
    # a supplier noun after the seller's sentence
    ("en", "Korvan will supply seat frames from 2026. The supplier is Maltrix."),
    # the deal noun after a sentence that tells no supply (a round of funding)
    ("de", "Korvan sammelt 50 Millionen Euro ein. Der Vertrag wurde von Maltrix gezeichnet."),
    ("en", "Korvan has raised 50 million euros. The agreement was signed with Maltrix."),
    # another story
    ("en", ["Korvan has won a large order for seat frames.", "The customer is Maltrix."]),
])
def test_no_supply_without_a_strict_link(language, text):
    assert not {t for t in _ties(text, language) if t[0] == "supplies" and {t[1], t[2]} == {"Korvan", "Maltrix"}}


def test_a_sale_of_a_business_names_no_customer():
    # "Zulieferer" is no deal, and a business sold has a buyer, not a customer
    text = "Der Zulieferer Korvan verkauft sein Geschäft mit Batteriesystemen. Käufer ist der Finanzinvestor Maltrix."
    assert ("supplies", "Korvan", "Maltrix") not in _ties(text, "de")


def test_a_company_named_with_the_role_is_its_own_sentence_s():
    # "Käufer der Tessaro ist Maltrix": the buyer of a company named with the role, not of the deal before
    text = "Korvan liefert Achsen aus Ulm. Käufer der Tessaro ist Maltrix."
    assert ("supplies", "Korvan", "Maltrix") not in _ties(text, "de")
