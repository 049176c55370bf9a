"""A reported deal denied by a party the story names by its description ("The carmaker denied the
report"), from the second sentence after the report on, or denied in a headline before the report
("Brixo denies any turn to Kestrel"), is denied; not a denial turned round ("did not deny"), nor one that
names another company, nor a headline clause of another matter. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

REPORT_EN = ("A trade paper reported last week that Brixo was in talks to buy cells from Kestrel. "
             "The paper put the value at 2 billion euros. The volumes would cover two models. ")


def _status(stories, language, names=("Brixo", "Kestrel"), coref=None, key=None):
    doc = RelationExtractor()(make_doc(stories, list(names), language=language, coref=coref))
    got = {(r.type, r.source, r.target): r.status for r in doc.relations}
    return got.get(key) if key else got


@pytest.mark.parametrize("language,text,coref,key", [
    ("en", REPORT_EN + "The carmaker denied the report on Tuesday.", {"The carmaker": "Brixo"},
     ("supplies", "Kestrel", "Brixo")),
    ("es", "Brixo estaría negociando la compra de Kestrel, según fuentes financieras. El precio rondaría los 300 "
           "millones. La operación incluiría la planta. La compañía desmintió el martes cualquier negociación.",
     {"La compañía": "Kestrel"}, ("acquires", "Brixo", "Kestrel")),
])
def test_a_party_told_by_its_description_denies_the_report(language, text, coref, key):
    assert _status(text, language, coref=coref, key=key) == "denied"


@pytest.mark.parametrize("tail,names", [
    ("The carmaker did not deny the report.", ("Brixo", "Kestrel")),
    ("The carmaker denied any talks with Tamsin.", ("Brixo", "Kestrel", "Tamsin")),
])
def test_a_denial_turned_round_or_of_another_deal_leaves_the_report(tail, names):
    got = _status(REPORT_EN + tail, "en", names=names, coref={"The carmaker": "Brixo"}, key=("supplies", "Kestrel", "Brixo"))
    assert got == "rumoured"


@pytest.mark.parametrize("headline", [
    "Brixo dément tout virage vers Kestrel",
    "Tamsin accélère à Lille, Brixo dément tout virage vers Kestrel",
])
def test_a_headline_denies_the_report_its_body_tells(headline):
    body = "Selon un quotidien, Kestrel fournirait des cellules à Brixo pour ses petites voitures."
    got = _status([headline, body], "fr", names=("Brixo", "Kestrel", "Tamsin"), key=("supplies", "Kestrel", "Brixo"))
    assert got == "denied"


def test_a_headline_clause_that_denies_another_matter_leaves_the_report():
    headline = "Tamsin dément une usine à Lille, Brixo accélère avec Kestrel"
    body = "Selon un quotidien, Kestrel fournirait des cellules à Brixo pour ses petites voitures."
    got = _status([headline, body], "fr", names=("Brixo", "Kestrel", "Tamsin"), key=("supplies", "Kestrel", "Brixo"))
    assert got == "rumoured"


def test_a_headline_name_that_is_no_subject_of_the_denial_leaves_the_report():
    headline = "The Brixo rumour and the denial of a new plant"
    body = "A trade paper reported that Kestrel could supply cells to Brixo for its small cars."
    got = _status([headline, body], "en", names=("Brixo", "Kestrel", "Tamsin"), key=("supplies", "Kestrel", "Brixo"))
    assert got == "rumoured"
