"""Talks with a partner whose purpose names the deal (``frames/talks.py``): the talks word before the
partner's preposition, the purpose in its compound or in the clause after the partner; a denial or a
report word sets the status; talks about nothing named, or with no company, yield nothing."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_COMPANIES = ["Norvik", "Corvalis", "Tessaro", "Almara"]


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, _COMPANIES, language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text,expected", [
    # a takeover, a merger: the subject buys the partner
    ("en", "Norvik is in takeover talks with Corvalis.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("en", "Norvik has opened negotiations with Corvalis over a possible acquisition.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("it", "Norvik è in trattativa con Corvalis per rilevarne il controllo.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("it", "Norvik ha avviato negoziati con Corvalis per l'acquisizione del gruppo.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("de", "Norvik führt Übernahmegespräche mit Corvalis.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("de", "Norvik verhandelt mit Corvalis über eine Übernahme.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("fr", "Norvik est en négociations avec Corvalis pour un rachat.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    ("es", "Norvik negocia con Corvalis una posible fusión.", ("acquires", "Norvik", "Corvalis", "in_talks")),
    # a stake: the subject invests in the partner
    ("en", "Norvik is negotiating with Corvalis to take a minority stake.", ("invests_in", "Norvik", "Corvalis", "in_talks")),
    ("it", "Norvik tratta con Corvalis per una quota del 15%.", ("invests_in", "Norvik", "Corvalis", "in_talks")),
    ("de", "Norvik verhandelt mit Corvalis über eine Beteiligung von zehn Prozent.", ("invests_in", "Norvik", "Corvalis", "in_talks")),
    ("fr", "Norvik mène des discussions avec Corvalis sur une prise de participation.", ("invests_in", "Norvik", "Corvalis", "in_talks")),
    ("es", "Norvik mantiene conversaciones con Corvalis para tomar una participación minoritaria.", ("invests_in", "Norvik", "Corvalis", "in_talks")),
    # a sale of a named company: the partner buys it
    ("en", "Norvik is in talks with Corvalis about the sale of Tessaro.", ("acquires", "Corvalis", "Tessaro", "in_talks")),
    ("it", "Norvik tratta con Corvalis la cessione di Tessaro.", ("acquires", "Corvalis", "Tessaro", "in_talks")),
    ("de", "Norvik verhandelt mit Corvalis über den Verkauf von Tessaro.", ("acquires", "Corvalis", "Tessaro", "in_talks")),
    ("fr", "Norvik négocie avec Corvalis la vente de Tessaro.", ("acquires", "Corvalis", "Tessaro", "in_talks")),
    ("es", "Norvik negocia con Corvalis la venta de Tessaro.", ("acquires", "Corvalis", "Tessaro", "in_talks")),
    # talks whose compound says the subject is for sale
    ("de", "Norvik führt Verkaufsgespräche mit Corvalis.", ("acquires", "Corvalis", "Norvik", "in_talks")),
    # joint ventures and partnerships
    ("en", "Norvik is in discussions with Corvalis about a joint venture.", ("joint_venture", "Norvik", "Corvalis", "in_talks")),
    ("it", "Norvik è in trattativa con Corvalis per una joint venture.", ("joint_venture", "Norvik", "Corvalis", "in_talks")),
    ("de", "Norvik führt Gespräche mit Corvalis über ein Gemeinschaftsunternehmen.", ("joint_venture", "Norvik", "Corvalis", "in_talks")),
    ("fr", "Norvik est en pourparlers avec Corvalis pour créer une coentreprise.", ("joint_venture", "Norvik", "Corvalis", "in_talks")),
    ("es", "Norvik mantiene negociaciones con Corvalis para una alianza industrial.", ("partners_with", "Norvik", "Corvalis", "in_talks")),
    # denials
    ("en", "Norvik denied holding merger talks with Corvalis.", ("acquires", "Norvik", "Corvalis", "denied")),
    ("it", "Norvik smentisce trattative con Corvalis per rilevare una quota.", ("invests_in", "Norvik", "Corvalis", "denied")),
    ("it", "Norvik: nessuna trattativa con Corvalis per l'acquisizione.", ("acquires", "Norvik", "Corvalis", "denied")),
    ("de", "Norvik dementiert Gespräche mit Corvalis über eine Übernahme.", ("acquires", "Norvik", "Corvalis", "denied")),
    ("fr", "Norvik dément toute négociation avec Corvalis sur une prise de participation.", ("invests_in", "Norvik", "Corvalis", "denied")),
    ("es", "Norvik niega que haya negociaciones con Corvalis para comprar la compañía.", ("acquires", "Norvik", "Corvalis", "denied")),
    # reported talks
    ("en", "According to people familiar with the matter, Norvik is in talks with Corvalis about a takeover.", ("acquires", "Norvik", "Corvalis", "rumoured")),
    ("it", "Secondo indiscrezioni, Norvik è in trattativa con Corvalis per una quota di minoranza.", ("invests_in", "Norvik", "Corvalis", "rumoured")),
    ("de", "Insidern zufolge verhandelt Norvik mit Corvalis über eine Übernahme.", ("acquires", "Norvik", "Corvalis", "rumoured")),
    ("fr", "Selon des sources proches du dossier, Norvik est en discussions avec Corvalis pour racheter Tessaro.", ("acquires", "Norvik", "Tessaro", "rumoured")),
    ("es", "Según fuentes del sector, Norvik negocia con Corvalis la compra de Tessaro.", ("acquires", "Norvik", "Tessaro", "rumoured")),
])
def test_talks_purpose_names_the_relation(language, text, expected):
    got = _rels(text, language)
    typ, src, tgt, status = expected
    if typ in ("joint_venture", "partners_with"):
        assert expected in got or (typ, tgt, src, status) in got  # (a symmetric pair, either order)
    else:
        assert expected in got


@pytest.mark.parametrize("language,text", [
    # talks about nothing named
    ("en", "Norvik is holding talks with Corvalis."),
    ("it", "Norvik tratta con Corvalis da mesi."),
    ("de", "Norvik führt Gespräche mit Corvalis."),
    ("fr", "Norvik est en discussions avec Corvalis depuis l'été."),
    ("es", "Norvik mantiene conversaciones con Corvalis desde enero."),
    # talks with no company
    ("en", "Norvik is in talks with the unions about a takeover of the night shift."),
    ("en", "Norvik is negotiating with the government over a stake in the plant."),
    ("it", "Norvik è in trattativa con i sindacati sulla cessione del ramo logistico."),
    ("de", "Norvik verhandelt mit der Regierung über eine Beteiligung des Staates."),
    ("fr", "Norvik négocie avec les syndicats sur la reprise des salariés."),
    ("es", "Norvik negocia con el Gobierno la compra de terrenos."),
    # no comment, not in talks
    ("en", "Norvik declined to comment on reports of talks with Corvalis."),
    ("en", "Norvik said it is not in talks with Corvalis about a takeover."),
    # the unit of the partner, unnamed: not the partner itself
    ("fr", "Norvik est en discussions avec Corvalis pour racheter sa filiale."),
    ("es", "Norvik negocia con Corvalis la compra de su negocio de frenos."),
    # what is sold is a holding, not named
    ("it", "Norvik tratta con Corvalis la cessione della maggioranza."),
    ("de", "Norvik hat lange mit Corvalis verhandelt, ohne Ergebnis."),
    ("de", "Norvik verhandelt mit Corvalis über Zellen für ein künftiges Einstiegsmodell."),
    # "si tratta con": no talks word
    ("it", "Per Norvik si tratta con Corvalis di una semplice fornitura."),
])
def test_talks_yield_no_deal(language, text):
    got = _rels(text, language)
    assert not {r for r in got if r[0] in ("acquires", "invests_in", "joint_venture", "partners_with")}


def test_talks_to_buy_goods_are_supply_talks():
    got = _rels("Norvik is in talks with Corvalis to buy battery cells.", "en")
    assert ("supplies", "Corvalis", "Norvik", "in_talks") in got
    assert not {r for r in got if r[0] == "acquires"}


def test_sale_of_a_stake_in_a_named_company():
    got = _rels("Norvik a démenti avoir engagé des négociations avec Corvalis en vue de lui céder sa participation majoritaire dans le fabricant Tessaro.", "fr")
    assert ("acquires", "Corvalis", "Tessaro", "denied") in got


@pytest.mark.parametrize("language,text", [
    ("it", "Norvik tratta con Corvalis per aumentare la quota di mercato delle sue celle."),
    ("it", "Norvik è in trattativa con Corvalis sulle quote di emissione."),
    ("de", "Norvik verhandelt mit Corvalis unter Beteiligung der Landesregierung über Fördergelder."),
    ("fr", "Norvik négocie avec Corvalis sa participation au salon de Genève."),
    ("en", "Norvik, which bought Tessaro last year, is in talks with Corvalis about software."),
])
def test_talks_purpose_words_in_other_senses(language, text):
    got = _rels(text, language)
    assert not {r for r in got if r[0] in ("acquires", "invests_in") and "Corvalis" in r[1:3]}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik is in talks with KKR about a minority stake."),
    ("it", "Norvik tratta con il fondo KKR per una quota del 30%."),
    ("de", "Norvik verhandelt mit dem Finanzinvestor KKR über eine Beteiligung."),
])
def test_a_fund_in_stake_talks_buys_in(language, text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "KKR"], language=language, sectors={"KKR": ["investor"]}))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("invests_in", "KKR", "Norvik") in got and ("invests_in", "Norvik", "KKR") not in got


def test_a_partner_described_as_a_fund_buys_in():
    got = _rels("Norvik negocia con el fondo Tessaro la entrada de una participación del 25%.", "es")
    assert ("invests_in", "Tessaro", "Norvik", "in_talks") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik is in talks with Corvalis about its stake in Tessaro."),
    ("it", "Norvik tratta con Corvalis sulla sua partecipazione in Tessaro."),
    ("de", "Norvik verhandelt mit Corvalis über seine Beteiligung an Tessaro."),
    ("fr", "Norvik négocie avec Corvalis sur sa participation dans Tessaro."),
    ("es", "Norvik negocia con Corvalis su participación en Tessaro."),
])
def test_talks_about_the_subjects_own_stake_sell_it(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Corvalis", "Tessaro", "in_talks") in got
    assert not {r for r in got if r[1] == "Norvik" and r[0] in ("acquires", "invests_in") and r[2] != "Tessaro"}


@pytest.mark.parametrize("language,text,expected", [
    # a partner named among several
    ("en", "Norvik is in talks with several European carmakers, including Corvalis, to supply cathode material.", ("supplies", "Norvik", "Corvalis")),
    ("fr", "Norvik est en discussions avec plusieurs constructeurs, dont Corvalis, pour leur fournir des cellules.", ("supplies", "Norvik", "Corvalis")),
    ("it", "Norvik è in trattativa con alcuni costruttori, tra cui Corvalis, per fornire celle.", ("supplies", "Norvik", "Corvalis")),
    # becoming a supplier
    ("es", "Norvik mantiene conversaciones con Corvalis para convertirse en proveedor de frenos.", ("supplies", "Norvik", "Corvalis")),
    ("en", "Norvik is negotiating with Corvalis to become its main seat supplier.", ("supplies", "Norvik", "Corvalis")),
    ("de", "Norvik verhandelt mit Corvalis, um dort als Lieferant zum Zug zu kommen.", None),
    # the partner's entry into the capital
    ("es", "Norvik mantiene conversaciones con Corvalis para darle entrada con un 30% en Tessaro.", ("invests_in", "Corvalis", "Tessaro")),
    ("it", "Norvik tratta con Corvalis per farla entrare nel capitale con il 10%.", ("invests_in", "Corvalis", "Norvik")),
    ("fr", "Norvik négocie avec Corvalis son entrée au capital.", ("invests_in", "Corvalis", "Norvik")),
    ("de", "Norvik verhandelt mit Corvalis über dessen Einstieg.", ("invests_in", "Corvalis", "Norvik")),
    ("en", "Norvik is in talks with Corvalis about its entry into the capital of Tessaro.", ("invests_in", "Corvalis", "Tessaro")),
])
def test_talks_partner_in_a_list_supplier_and_entry(language, text, expected):
    got = {(t, s, g) for t, s, g, _ in _rels(text, language)}
    if expected is None:
        assert not {r for r in got if r[0] in ("acquires", "invests_in")}
    else:
        assert expected in got


@pytest.mark.parametrize("language,text", [
    ("it", "Norvik è in trattativa con Corvalis per l'ingresso nel mercato americano."),
    ("de", "Norvik verhandelt mit Corvalis über den Einstieg in die Produktion von Zellen."),
    ("en", "Norvik is in talks with several carmakers, including Corvalis, about nothing in particular."),
])
def test_talks_entry_and_lists_in_other_senses(language, text):
    got = _rels(text, language)
    assert not {r for r in got if r[0] in ("acquires", "invests_in", "supplies")}


# the partner described between commas, the purpose after the description
@pytest.mark.parametrize("language,text", [
    ("es", "Norvik confirma además conversaciones con Corvalis, el fabricante barcelonés de retrovisores controlado por la japonesa Tessaro, para suministrarle chips de potencia."),
    ("en", "Norvik confirmed talks with Corvalis, the Spanish mirror maker controlled by Tessaro, to supply it with power chips."),
    ("fr", "Norvik confirme des discussions avec Corvalis, l'équipementier espagnol contrôlé par Tessaro, pour lui fournir des puces."),
])
def test_talks_purpose_after_partner_description(language, text):
    got = _rels(text, language)
    assert ("supplies", "Norvik", "Corvalis", "in_talks") in got, got
    assert not any(t == "supplies" and s == "Tessaro" for t, s, _x, _y in got), got
