"""Holders told the way filings and market reports tell them, the company held left unnamed
(``capital_holders.py``, ``topic.py``): a threshold crossed, a share of "the company", a whole stake
sold, holders one after the other, and the story's own company when no sentence before names one."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Norvik", "Corvalis", "Tessaro", "Velquor"]
# a story about Norvik, with sentences that name no company between its start and the holders
_OPEN = {
    "en": "Norvik shares rose 12% on Monday after Norvik won an order. Analysts praised Norvik. The stock closed at a record. Trading was heavy. ",
    "fr": "Le titre Norvik a bondi de 12 % lundi après une commande. Norvik publie ses comptes. Les analystes saluent Norvik. La séance a été animée. Les volumes ont doublé. ",
    "it": "Il titolo Norvik è salito del 12% dopo una commessa. Norvik pubblica i conti. Gli analisti promuovono Norvik. La seduta è stata vivace. Gli scambi sono raddoppiati. ",
    "es": "Las acciones de Norvik subieron un 12 % tras un pedido. Norvik presenta resultados. Los analistas elogian a Norvik. La sesión fue animada. El volumen se duplicó. ",
    "de": "Die Aktie von Norvik stieg nach einem Auftrag um 12 Prozent. Norvik legt Zahlen vor. Analysten loben Norvik. Der Handel war lebhaft. Die Umsätze verdoppelten sich. ",
}


def _rels(text, language, companies=_NAMES):
    doc = RelationExtractor()(make_doc(text, companies, language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,holder", [
    ("en", "Corvalis has crossed the 5% threshold, with 5.3% of the shares."),
    ("en", "Corvalis, acting for funds it manages, crossed the 5% disclosure threshold in March."),
    ("en", "Corvalis, a mining fund, disclosed a stake of 6.2%."),
    ("en", "Corvalis holds 7% of the company."),
    ("fr", "Corvalis, agissant pour le compte de ses fonds, a déclaré avoir franchi à la hausse le seuil de 5 % du capital."),
    ("fr", "Corvalis a franchi la barre des 10 % le 3 mars."),
    ("fr", "Corvalis, qui avait accompagné la société à ses débuts, détient toujours 4,1 % des titres."),
    ("it", "Corvalis ha superato a novembre la soglia del 5% del capitale, salendo al 5,2%."),
    ("it", "Corvalis, che detiene il 20,5% della società attraverso i propri fondi, aderirà all'offerta."),
    ("it", "Corvalis resta il primo azionista con circa il 15% del capitale."),
    ("es", "Corvalis ha superado este mes el umbral del 5 % de los derechos de voto."),
    ("es", "Corvalis, el segundo mayor inversor con cerca del 19%, ha reconocido la pérdida."),
    ("es", "Corvalis mantiene en torno al 22% de las acciones."),
    ("de", "Corvalis hat Anfang März die Meldeschwelle von 3 Prozent überschritten."),
    ("de", "Corvalis hält seit Jahren rund zehn Prozent."),
    ("de", "Corvalis ist seit 2021 mit 8 Prozent beteiligt."),
])
def test_a_holder_of_the_story_company(language, holder):
    got = _rels(_OPEN[language] + holder, language)
    assert ("invests_in", "Corvalis", "Norvik", "active") in got, got


@pytest.mark.parametrize("language,holder", [
    ("en", "A third investor, Corvalis, said it had sold its remaining shares in the company."),
    ("fr", "À l'inverse, Corvalis a indiqué avoir cédé, dans le cadre d'un placement accéléré, l'intégralité de sa participation."),
    ("it", "Corvalis, che deteneva circa il 27% della società, ha venduto la propria quota aderendo all'offerta."),
    ("es", "Corvalis ha vendido en bloque la totalidad de su participación."),
    ("de", "Corvalis hat im Februar seinen gesamten Anteil an der Börse verkauft."),
])
def test_a_whole_stake_sold_ends_it(language, holder):
    got = _rels(_OPEN[language] + holder, language)
    assert ("invests_in", "Corvalis", "Norvik", "ended") in got, got
    assert ("invests_in", "Corvalis", "Norvik", "active") not in got


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis has crossed the 5% threshold. Tessaro disclosed a stake of 3.2%."),
    ("fr", "Corvalis a franchi le seuil de 5 % du capital. Tessaro a cédé l'intégralité de sa participation."),
    ("it", "Corvalis ha superato la soglia del 5% del capitale. Tessaro ha venduto l'intera partecipazione."),
    ("es", "Corvalis ha superado el umbral del 5 %. Tessaro ha vendido la totalidad de su participación."),
    ("de", "Corvalis hat die Schwelle von 5 Prozent überschritten. Tessaro hat seinen gesamten Anteil verkauft."),
])
def test_holders_one_after_the_other_hold_the_same_company(language, text):
    got = _rels(_OPEN[language] + text, language)
    assert {(s, g) for t, s, g, _ in got if t == "invests_in"} >= {("Corvalis", "Norvik"), ("Tessaro", "Norvik")}, got
    assert not any(g in ("Corvalis", "Tessaro") for _t, _s, g, _st in got), got


@pytest.mark.parametrize("language,text", [
    # no company the story is about: named once or twice only
    ("en", "Markets were calm. Norvik was flat. Prices held. Bonds fell. Oil rose. Corvalis has crossed the 5% threshold."),
    # another company in the sentence may be the one held
    ("en", _OPEN["en"] + "Corvalis has crossed the 5% threshold at Velquor."),
    # a market share, no stake
    ("fr", _OPEN["fr"] + "Corvalis détient 20 % du marché."),
    # the threshold of another matter
    ("it", _OPEN["it"] + "Corvalis ha superato la soglia dei 100 milioni di ricavi."),
    # not the subject of the crossing
    ("de", _OPEN["de"] + "Laut Velquor hat Corvalis die Schwelle von 5 Prozent überschritten."),
])
def test_no_holder_without_the_story_company(language, text):
    got = _rels(text, language)
    assert not any(t == "invests_in" and s == "Corvalis" and g == "Norvik" for t, s, g, _ in got), got


def test_a_fund_is_the_bidder_not_the_company_held():
    # Amundi (a fund in the gazetteer) bids for Norvik: the holder's share of "the company" is Norvik's
    text = ("Amundi a lancé une offre sur Norvik. La prime est de 30 %. "
            "Corvalis, qui détient 20 % de la société, apportera ses titres.")
    got = _rels(text, "fr", ["Norvik", "Amundi", "Corvalis"])
    assert ("invests_in", "Corvalis", "Norvik", "active") in got, got
    assert not any(s == "Corvalis" and g == "Amundi" for _t, s, g, _st in got)


def test_the_other_company_beside_a_fund():
    text = ("Amundi said its holding in Norvik had risen to 5.6% from 3.1%. "
            "A third investor, Corvalis, said it had sold its entire stake.")
    got = _rels(text, "en", ["Norvik", "Amundi", "Corvalis"])
    assert ("invests_in", "Corvalis", "Norvik", "ended") in got, got


def test_a_headline_set_apart_names_the_story_company():
    stories = ["Norvik: Velquor bids, Corvalis sells",
               "Velquor made an offer on Monday. Velquor offered 5 euros a share. The board will meet. Norvik makes cells. "
               "Norvik employs 900 people. Profit fell. Corvalis has crossed the 5% threshold."]
    doc = RelationExtractor()(make_doc(stories, _NAMES, language="en"))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("invests_in", "Corvalis", "Norvik") in got, got


@pytest.mark.parametrize("language,holder", [
    ("en", "Corvalis still holds 20% of the shares, alongside Tessaro and Velquor."),
    ("fr", "Au capital, rien ne change : le fonds Corvalis détient toujours un peu plus de 20 % des titres, aux côtés de Tessaro et de Velquor."),
    ("it", "Corvalis detiene ancora il 20% del capitale, accanto a Tessaro e Velquor."),
    ("es", "Corvalis posee todavía el 20% del capital, junto a Tessaro y Velquor."),
    ("de", "Corvalis hält noch 20 Prozent der Anteile, neben Tessaro und Velquor."),
])
def test_companions_in_the_capital_hold_it_too(language, holder):
    got = _rels(_OPEN[language] + holder, language)
    assert {(t, s, g, st) for t, s, g, st in got if g == "Norvik"} >= {
        ("invests_in", "Corvalis", "Norvik", "active"), ("invests_in", "Tessaro", "Norvik", "active"),
        ("invests_in", "Velquor", "Norvik", "active")}, got


@pytest.mark.parametrize("language,text,status", [
    ("en", "Norvik said Corvalis had sold its entire stake.", "ended"),
    ("en", "Norvik said on Monday that Corvalis has crossed the 5% threshold.", "active"),
    ("fr", "Norvik a indiqué que Corvalis a franchi le seuil de 10 % du capital.", "active"),
    ("it", "Norvik ha comunicato che Corvalis ha superato la soglia del 5%.", "active"),
    ("es", "Norvik informó de que Corvalis ha vendido en bloque la totalidad de su 3,2 %.", "ended"),
])
def test_the_company_reporting_a_holder_is_the_company_held(language, text, status):
    got = _rels("Markets were calm. " + text, language)
    assert ("invests_in", "Corvalis", "Norvik", status) in got, got


def test_two_reporters_leave_the_company_held_open():
    got = _rels("Markets were calm. Norvik and Velquor said Corvalis had sold its entire stake.", "en")
    assert not any(s == "Corvalis" for _t, s, _g, _st in got), got


@pytest.mark.parametrize("language,text,status", [
    ("it", "Corvalis è nel capitale di Norvik dal 2021.", "active"),
    ("it", "Corvalis, che è nel capitale di Norvik dal 2021 con una quota di minoranza, non seguirà l'aumento.", None),
    ("fr", "Corvalis est au capital de Norvik depuis 2021.", "active"),
    ("es", "Corvalis está en el capital de Norvik desde 2021.", "active"),
    ("es", "Corvalis ya no está en el capital de Norvik.", "ended"),
])
def test_a_holder_in_the_capital_of_a_company(language, text, status):
    got = _rels(text, language)
    assert any(t == "invests_in" and s == "Corvalis" and g == "Norvik" and (status is None or st == status)
               for t, s, g, st in got), got


@pytest.mark.parametrize("text", [
    "Le fonds Corvalis détient un peu plus de 20 % du capital de Norvik.",
    "Corvalis détient plus de 10 % de Norvik.",
])
def test_fr_more_than_a_figure_is_no_end(text):
    got = _rels(text, "fr")
    assert ("invests_in", "Corvalis", "Norvik", "active") in got, got


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis has crossed the 5% threshold in Norvik."),
    ("fr", "Corvalis a franchi le seuil de 5 % du capital de Norvik."),
    ("it", "Corvalis ha superato la soglia del 5% del capitale di Norvik."),
    ("es", "Corvalis ha superado el umbral del 5% del capital de Norvik."),
    ("de", "Corvalis hat die Schwelle von 5 Prozent der Stimmrechte an Norvik überschritten."),
])
def test_a_threshold_crossed_in_a_company_named(language, text):
    got = _rels("Markets were calm. " + text, language)
    assert ("invests_in", "Corvalis", "Norvik", "active") in got, got


def test_a_company_named_elsewhere_in_the_sentence_is_not_the_one_crossed():
    got = _rels("Markets were calm. Corvalis has crossed the 5% threshold, Velquor said of Norvik.", "en")
    assert not any(s == "Corvalis" and g == "Norvik" for _t, s, g, _st in got), got
