"""A supplier named alone as the subject of a verb of supplying goods, the customer the company of the
sentence before or the story's topic (lone_suppliers.py): "Maltrix will provide the cells", "Maltrix
liefert die Zellen", "Maltrix fornirà le celle". Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import make_doc, rels, triples

_NAMES = ("Korvan", "Maltrix", "Tessaro", "Brixo")
_SECTORS = {"Korvan": ["carmaker"], "Maltrix": ["battery"], "Tessaro": ["battery"], "Brixo": ["carmaker"]}


#: a headline before the story (a customer named only in the headline is not read: see below)
_HEADLINE = {"en": "Battery supply news.", "de": "Nachrichten zur Batterie.", "fr": "Nouvelles des batteries.",
             "it": "Notizie sulle batterie.", "es": "Noticias de baterías."}


def _supplies(text, language, sectors=None, headline=True):
    if headline:
        text = _HEADLINE[language] + " " + text
    got = rels(text, list(_NAMES), language=language, sectors=_SECTORS if sectors is None else sectors)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("en", "Korvan has chosen a second source of batteries for its delivery van. Maltrix will provide the battery cells from 2028."),
    ("en", "Korvan signed a framework contract with Maltrix in March. Under the contract, Maltrix will ship the cathode material in 2029."),
    ("en", "Korvan is short of cells for its vans. Maltrix, the Korean group, already supplies the battery modules."),
    ("de", "Korvan hat für seinen Lieferwagen eine zweite Batteriequelle gewählt. Maltrix liefert die Batteriezellen aus Polen."),
    ("de", "Korvan hat im März einen Rahmenvertrag mit Maltrix geschlossen. Maltrix soll ab 2028 die Batteriezellen liefern."),
    ("fr", "Korvan a retenu une seconde source de batteries pour sa fourgonnette. Le coréen Maltrix livrera les cellules dès 2028."),
    ("it", "Korvan ha scelto una seconda fonte di batterie per il furgone. Maltrix fornirà le celle dal 2028."),
    ("es", "Korvan ha elegido una segunda fuente de baterías para su furgoneta. Maltrix ya suministra las celdas desde Polonia."),
])
def test_a_lone_supplier_supplies_the_company_before(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # the goods go to others the sentence names by their trade: the supplier's trade, no tie told
    ("en", "Korvan has chosen a second source of batteries for its van. Maltrix supplies battery cells to a number of Asian truck makers."),
    ("fr", "Korvan a retenu une seconde source de batteries. Maltrix livre des cellules aux constructeurs européens."),
    ("it", "Korvan ha scelto una seconda fonte di batterie. Maltrix fornisce celle ai costruttori europei."),
    ("es", "Korvan ha elegido una segunda fuente de baterías. Maltrix suministra celdas a distintos fabricantes asiáticos."),
    ("de", "Korvan hat eine zweite Batteriequelle gewählt. Maltrix liefert Batteriezellen an mehrere Autobauer."),
    # a question in an interview
    ("en", "Korvan has chosen a second source of batteries for its van. Will Maltrix supply the battery cells?"),
    # the speaker is the customer
    ("en", "Korvan has chosen a second source of batteries for its van. Maltrix will supply us with battery cells."),
    # a peer of the supplier's tier before: a second supplier of a list, not a customer
    ("en", "Tessaro will make the separators for the plant. Maltrix will provide the battery cells."),
    # no goods: the verb's object is something else
    ("en", "Korvan has chosen a second source of batteries for its van. Maltrix will provide an update in May."),
])
def test_no_supply_from_a_lone_supplier(language, text):
    assert ("Maltrix", "Korvan") not in _supplies(text, language)
    assert ("Maltrix", "Tessaro") not in _supplies(text, language)


def test_a_carmaker_or_a_company_of_unknown_kind_is_no_lone_supplier():
    text = "Korvan has chosen a second source of batteries for its van. Brixo will provide the battery cells."
    assert ("Brixo", "Korvan") not in _supplies(text, "en")
    assert ("Brixo", "Korvan") not in _supplies(text, "en", sectors={"Korvan": ["carmaker"]})


def test_a_new_story_is_no_customer():
    doc = make_doc(["Korvan has chosen a second source of batteries for its van.", "Maltrix will provide the battery cells from 2028."],
                   list(_NAMES), language="en", sectors=_SECTORS)
    from tierscope.relations import RelationExtractor
    got = RelationExtractor()(doc).relations
    assert not any(r.type == "supplies" and r.source == "Maltrix" for r in got)


def test_a_paragraph_break_before_the_customer_who_is_not_the_topic():
    text = ("Brixo has opened a test track near Tarrow. Brixo tests its vans there every week.\n"
            "Korvan has chosen a second source of batteries for its van.\n"
            "Maltrix will provide the battery cells from 2028.")
    # (Korvan is not the story's topic: the paragraph break leaves it unread)
    assert ("Maltrix", "Korvan") not in _supplies(text, "en")


def test_a_customer_named_only_in_the_headline_is_not_read():
    text = "Korvan unveils its small electric van. Maltrix will provide the battery cells."
    assert ("Maltrix", "Korvan") not in _supplies(text, "en", headline=False)
    assert ("Maltrix", "Korvan") in _supplies(text, "en")


def test_a_german_past_verb_is_the_trigger_whole():
    """"lieferten" is read as itself, not as its prefix "liefert" (the verb's span is the evidence's
    trigger and bounds where the goods are looked for)."""
    from tierscope.relations.extractor import sentence_index
    from tierscope.relations.lone_suppliers import lone_suppliers

    text = ("Nachrichten zur Batterie. Korvan suchte im Winter einen zweiten Batteriepartner. "
            "Maltrix lieferten zuletzt die Zellen aus Ungarn.")
    doc = make_doc(text, list(_NAMES), language="de", sectors=_SECTORS)
    got = lone_suppliers(doc, sentence_index(doc), "de")
    assert got, "no lone supplier read"
    (i, _origin, found), = got
    sent = doc.sentences[i]
    t0, t1 = found.trigger
    assert doc.text[sent.start + t0 : sent.start + t1] == "lieferten"


@pytest.mark.parametrize("text", [
    # a word after the verb that begins with "a" is no recipient ("anche", "anodi")
    "Korvan ha scelto un secondo fornitore. Maltrix fornirà anche le celle dal 2028.",
    "Korvan cerca un secondo fornitore per il furgone. Maltrix consegnerà anodi e celle entro l'estate.",
])
def test_an_italian_word_starting_with_a_is_no_recipient(text):
    assert ("Maltrix", "Korvan") in _supplies(text, "it")


def test_an_italian_recipient_is_still_one():
    text = "Korvan ha scelto un secondo fornitore. Maltrix fornirà le celle ad altri costruttori dal 2028."
    assert ("Maltrix", "Korvan") not in _supplies(text, "it")


@pytest.mark.parametrize("language, text", [
    # a year or a phrase of time after "to", "al", "a", "à" is no recipient
    ("en", "Korvan has chosen a second source of batteries for its van. Maltrix will provide the battery cells from 2028 to 2032."),
    ("it", "Korvan ha scelto un secondo fornitore per il furgone. Maltrix fornirà le celle dal 2028 al 2032."),
    ("it", "Korvan ha scelto un secondo fornitore per il furgone. Maltrix fornirà le celle a fine 2028."),
    ("es", "Korvan eligió un segundo proveedor para su furgoneta. Maltrix suministrará las celdas a finales de 2028."),
    ("fr", "Korvan a retenu une seconde source de batteries. Maltrix livrera les cellules à terme depuis la Pologne."),
])
def test_a_time_is_no_recipient(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)
