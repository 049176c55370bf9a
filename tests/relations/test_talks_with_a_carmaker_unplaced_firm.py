"""Supply talks between a firm nothing places (no gazetteer sector, no trade on its page) and a company
that only makes vehicles (known_roles.unknown_to_maker): the unplaced firm would sell, in the talks frame
with goods named (talks_goods.talks_supply) and in an interviewee's first-person talks
(interview_talks.py). Not where the talks are about vehicles, nor between two unplaced firms. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline
from tierscope.relations.known_roles import unknown_to_maker

from .helpers import rels, triples

_C = ["Korvan", "Brenvo Guss", "Talmera"]
_S = {"Korvan": ["carmaker"]}


def _found(sentence, language):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language, sectors=_S))}


@pytest.mark.parametrize("sentence, language", [
    ("Brenvo Guss is in talks with Korvan about the supply of aluminium subframes.", "en"),
    ("Brenvo Guss è in trattativa con Korvan per la fornitura di traverse in alluminio.", "it"),
    ("Brenvo Guss est en discussions avec Korvan pour la fourniture de carters moteur.", "fr"),
    ("Brenvo Guss negocia con Korvan el suministro de bastidores de aluminio.", "es"),
    ("Brenvo Guss verhandelt mit Korvan über die Lieferung von Achsträgern.", "de"),
])
def test_the_unplaced_firm_sells_to_the_carmaker(sentence, language):
    got = _found(sentence, language)
    assert ("supplies", "Brenvo Guss", "Korvan", "in_talks") in got
    assert not any(t == "supplies" and s == "Korvan" for t, s, _d, _st in got)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan is in talks with Brenvo Guss about the supply of aluminium subframes.", "en"),
    ("Korvan è in trattativa con Brenvo Guss per la fornitura di traverse in alluminio.", "it"),
    ("Korvan verhandelt mit Brenvo Guss über die Lieferung von Achsträgern.", "de"),
])
def test_the_carmaker_as_subject_buys_from_the_unplaced_firm(sentence, language):
    assert ("supplies", "Brenvo Guss", "Korvan", "in_talks") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    # vehicles are what a carmaker sells: the unplaced firm is no seller of them
    ("Brenvo Guss is in talks with Korvan about the supply of 300 vans for its fleet.", "en"),
    ("Brenvo Guss è in trattativa con Korvan per la fornitura di 300 furgoni.", "it"),
    # two firms nothing places: no direction
    ("Brenvo Guss is in talks with Talmera about the supply of aluminium subframes.", "en"),
    ("Brenvo Guss negocia con Talmera el suministro de bastidores de aluminio.", "es"),
])
def test_no_supply_from_the_unplaced_firm(sentence, language):
    assert not any(t == "supplies" and s == "Brenvo Guss" for t, s, _d, _st in _found(sentence, language))


def test_the_rule_needs_one_unplaced_firm_and_one_vehicle_maker_only():
    assert unknown_to_maker([], ["carmaker"]) == "a"
    assert unknown_to_maker(["trucks"], []) == "b"
    assert unknown_to_maker([], []) is None
    assert unknown_to_maker([], ["carmaker", "battery_cells"]) is None  # a carmaker that also makes cells
    assert unknown_to_maker(["investor"], ["carmaker"]) is None  # a placed firm: the chain's readers decide


_PIPELINE = default_pipeline()


def _pipeline_rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


_HEAD = {
    "fr": ("ENTRETIEN\n\nClaire Vidal, directrice générale de Fonderies Morvelle : « Nous visons les utilitaires »\n\n"
           "Propos recueillis par Paul Martin\n\nAvec qui parlez-vous ?\n\n"),
    "it": ("INTERVISTA\n\nGiulia Ferri, amministratrice delegata di Fonderie Valtorbe: «Guardiamo ai furgoni»\n\n"
           "Con chi state parlando?\n\n"),
    "es": ("ENTREVISTA\n\nLucía Prado, consejera delegada de Fundiciones Arlanza: \"Queremos entrar en los furgones\"\n\n"
           "¿Con quién están hablando?\n\n"),
}
_FIRM = {"fr": "Fonderies Morvelle", "it": "Fonderie Valtorbe", "es": "Fundiciones Arlanza"}


@pytest.mark.parametrize("language, answer", [
    ("fr", "Nous négocions avec Renault depuis l'automne, rien n'est signé."),
    ("it", "Stiamo trattando con Stellantis da qualche mese."),
    ("es", "Negociamos con Renault desde el invierno."),
])
def test_an_unplaced_interviewee_talking_with_a_carmaker_would_sell(language, answer):
    got = _pipeline_rels(_HEAD[language] + answer + "\n", language)
    firm = _FIRM[language]
    assert any(t == "supplies" and s == firm and st == "in_talks" for t, s, _d, st in got), got


_BUYERS = ["Korvan", "Fleetwise Leasing", "Banca Orvieto", "Talmera", "Ferrando Noleggio"]


@pytest.mark.parametrize("sentence, language", [
    # a firm nothing places that talks of a fleet, dealers, financing or rentals buys from the carmaker or
    # serves its buyers: no supply to the carmaker by the rule
    ("Talmera is in talks with Korvan about the supply of batteries for its fleet.", "en"),
    ("Banca Orvieto è in trattativa con Korvan per la fornitura di finanziamenti ai concessionari.", "it"),
    ("Talmera est en discussions avec Korvan pour la fourniture de bornes à ses concessionnaires.", "fr"),
    ("Talmera negocia con Korvan el suministro de baterías para su flota de alquiler.", "es"),
    # the trade told by the unplaced firm's name alone
    ("Fleetwise Leasing is in talks with Korvan about the supply of charging cards.", "en"),
    ("Ferrando Noleggio è in trattativa con Korvan per la fornitura di pneumatici invernali.", "it"),
])
def test_an_unplaced_buyer_trade_is_no_seller_to_the_carmaker(sentence, language):
    got = {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _BUYERS, language=language, sectors=_S))}
    assert not any(t == "supplies" and d == "Korvan" for t, _s, d in got), got
