"""Names a sentence gives in passing tie no supply: a plant's former owner, the two ends of a range
(``relations/passing_names.py``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Import duties went up in spring, and several carmakers from BYD to Chery now weigh building vans in the region."),
    ("fr", "Les droits ont augmenté, et des constructeurs de BYD à Chery prévoient désormais d'assembler des voitures en Europe."),
])
def test_the_ends_of_a_range_are_no_pair(lang, sentence):
    # (real carmakers: the gazetteer's chain would read a supply between them)
    assert supplies(sentence, ["BYD", "Chery"], lang) == []


def test_goods_shipped_from_one_to_the_other_stay():
    assert supplies("Kestrel ships cells from Kestrel to Nordia.", ["Kestrel", "Nordia"], "en") == [("Kestrel", "Nordia")]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel supplies cells to the former Nordia plant in Leeds."),
    ("it", "Kestrel fornisce celle all'ex fabbrica Nordia di Bari."),
    ("fr", "Kestrel fournit des cellules à l'ancienne usine Nordia de Douai."),
    ("es", "Kestrel suministra celdas a la antigua fábrica de Nordia en Vigo."),
    ("de", "Kestrel liefert Zellen an das ehemalige Nordia-Werk in Bremen."),
])
def test_a_former_plant_owner_is_no_customer(lang, sentence):
    assert ("Kestrel", "Nordia") not in supplies(sentence, ["Kestrel", "Nordia"], lang)


def test_a_plant_of_its_present_owner_keeps_the_customer():
    assert supplies("Kestrel supplies cells to the Nordia plant in Leeds.", ["Kestrel", "Nordia"], "en") == [("Kestrel", "Nordia")]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel supplies cells to the Leeds works, a factory that Nordia closed in 2021."),
    ("fr", "Kestrel fournit des cellules au site de Douai, une usine que Nordia a fermée en 2021."),
    ("it", "Kestrel fornisce celle al sito di Bari, una fabbrica che Nordia ha chiuso nel 2021."),
    ("es", "Kestrel suministra celdas al complejo de Vigo, una fábrica que Nordia cerró en 2021."),
    ("de", "Kestrel liefert Zellen an den Standort Bremen, ein Werk, das Nordia 2021 geschlossen hat."),
])
def test_the_owner_who_closed_a_plant_is_no_customer(lang, sentence):
    assert ("Kestrel", "Nordia") not in supplies(sentence, ["Kestrel", "Nordia"], lang)


def test_a_plant_its_owner_still_runs_keeps_the_customer():
    sentence = "Kestrel supplies cells to Nordia, whose factory in Leeds opened in 2021."
    assert ("Kestrel", "Nordia") in supplies(sentence, ["Kestrel", "Nordia"], "en")



def _kept(sentence, lang, source, target):
    from tierscope.doc import Evidence, Relation
    from tierscope.relations.passing_names import drop_passing_names
    from .helpers import make_doc
    doc = make_doc(sentence, ["Kestrel", "Nordia"], language=lang)
    s = doc.sentences[0]
    r = Relation(type="supplies", source=source, target=target, status="active",
                 evidence=Evidence(text=doc.text[s.start:s.end], start=s.start, end=s.end))
    return drop_passing_names([r], doc) == [r]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel plans an assembly plant in the Nordia region to supply markets across the Pacific."),
    ("es", "Kestrel estudia una planta en la Región de Nordia para abastecer a los mercados del Pacífico."),
    ("fr", "Kestrel étudie une usine dans la région de Nordia pour approvisionner les marchés du Pacifique."),
    ("it", "Kestrel valuta uno stabilimento nella regione di Nordia per rifornire i mercati del Pacifico."),
    ("de", "Kestrel prüft ein Werk in der Region Nordia, um die Märkte am Pazifik zu beliefern."),
])
def test_a_region_is_no_party(lang, sentence):
    # (a company the gazetteer names after its home region: the recognizer takes the region for it)
    assert not _kept(sentence, lang, "Nordia", "Kestrel")


def test_a_company_beside_a_region_keeps_its_supply():
    sentence = "Kestrel supplies cells to Nordia, whose plant in the Atacama region opened in 2021."
    assert _kept(sentence, "en", "Kestrel", "Nordia")
