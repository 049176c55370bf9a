"""Same-sentence ties the stage used to miss (sameS round): goods of the chain the product gate did not
know (spodumene concentrate, black mass); a with-phrase of its own naming a holder by
its role ("Y, controlled by Z and with X as a minority shareholder": X holds a stake in Y, not in Z),
the role after "as" and an article ("X as a minority shareholder", "X como su principal accionista"),
a German "bekommt ... von" as "erhält ... von", a stake told as a fraction ("a stake of around a fifth
in Y"), a German fraction "am" a described company, and the English "bought into". Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Lumora", "Vantex", "Orsen Capital", "Kestrel", "Brixo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Lumora, controlled by Vantex and with Orsen Capital as a minority shareholder, will open a plant.", "en"),
    ("Lumora, controllata da Vantex e con Orsen Capital come azionista di minoranza, aprirà un impianto.", "it"),
    ("Lumora, contrôlée par Vantex et avec Orsen Capital comme actionnaire minoritaire, ouvrira une usine.", "fr"),
    ("Lumora, controlada por Vantex y con Orsen Capital como accionista minoritario, abrirá una planta.", "es"),
    ("Lumora, eine Tochter von Vantex, mit Orsen Capital als Minderheitsaktionär, eröffnet ein Werk.", "de"),
])
def test_a_with_phrase_tells_of_the_clause_subject(sentence, language):
    found = _found(sentence, language)
    assert ("invests_in", "Orsen Capital", "Lumora") in found
    assert ("invests_in", "Orsen Capital", "Vantex") not in found
    assert ("owns", "Vantex", "Lumora") in found


@pytest.mark.parametrize("sentence, language", [
    ("Brixo signed with Kestrel as its cell supplier.", "en"),
    ("Brixo ha firmato con Kestrel come fornitore di celle.", "it"),
])
def test_with_as_right_after_the_subject_is_unchanged(sentence, language):
    # no comma and no "and" before "with": the subject chose the supplier, as before
    assert ("supplies", "Kestrel", "Brixo") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Lumora counts on Vantex, with Orsen Capital as a minority shareholder of its own.", "en"),
])
def test_the_anchor_is_the_first_name_of_the_clause(sentence, language):
    assert ("invests_in", "Orsen Capital", "Vantex") not in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Brixo gets its cells from Kestrel.", "en"),
    ("Brixo bekommt seine Zellen von Kestrel.", "de"),
    ("Die Zellen bekommt Brixo seit 2023 von Kestrel.", "de"),
    ("Brixo riceve le celle da Kestrel.", "it"),
    ("Brixo reçoit ses cellules de Kestrel.", "fr"),
    ("Brixo recibe sus celdas de Kestrel.", "es"),
])
def test_goods_received_from_a_supplier(sentence, language):
    assert ("supplies", "Kestrel", "Brixo") in _found(sentence, language)


def test_german_bekommt_reads_no_supply_without_goods():
    # the verb needs goods named, as "erhält" does: a prize or a new boss is no supply
    assert not _found("Brixo bekommt mit Kestrel einen neuen Partner für die Forschung.", "de") >= {("supplies", "Kestrel", "Brixo")}


@pytest.mark.parametrize("sentence, language", [
    ("Vantex holds a stake of around a fifth in Lumora.", "en"),
    ("Vantex, which still holds a stake of about a third in Lumora, said so.", "en"),
    ("Vantex holds a stake of 20% in Lumora.", "en"),
    ("Vantex hält rund ein Viertel der Anteile am Zellhersteller Lumora.", "de"),
    ("Vantex hält knapp ein Drittel der Aktien am Batteriehersteller Lumora.", "de"),
    ("Vantex detiene circa un quinto di Lumora.", "it"),
    ("Vantex détient environ un cinquième de Lumora.", "fr"),
    ("Vantex posee cerca de una quinta parte de Lumora.", "es"),
])
def test_a_stake_told_as_a_fraction(sentence, language):
    assert ("invests_in", "Vantex", "Lumora") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Orsen Capital bought into Lumora in 2022.", "en"),
    ("Orsen Capital è entrata nel capitale di Lumora nel 2022.", "it"),
    ("Orsen Capital est entré au capital de Lumora en 2022.", "fr"),
    ("Orsen Capital entró en el capital de Lumora en 2022.", "es"),
    ("Orsen Capital ist 2022 bei Lumora eingestiegen.", "de"),
])
def test_buying_into_a_company_is_a_stake(sentence, language):
    assert ("invests_in", "Orsen Capital", "Lumora") in _found(sentence, language)


def test_bought_into_an_idea_is_no_stake():
    # "bought into" needs a company after it: an idea or a plan names none
    assert _found("Lumora bought into the idea of solid-state cells, Vantex said.", "en") == set()


@pytest.mark.parametrize("sentence", [
    "Lumora, dont Vantex détenait alors un cinquième des parts, a été mise en liquidation en mars.",
    "Vantex, qui détenait un quart de Lumora depuis 2017, a apporté ses titres à l'offre.",
])
def test_french_imperfect_fraction_is_a_stake_given_up(sentence):
    # as "dont X détenait 20 % du capital": the imperfect holding, told as a fraction
    got = {(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language="fr"))}
    assert ("invests_in", "Vantex", "Lumora", "ended") in got


@pytest.mark.parametrize("sentence, language", [
    ("Kestrel sells its spodumene concentrate to Brixo.", "en"),
    ("Kestrel vende il suo concentrato di spodumene a Brixo.", "it"),
    ("Kestrel vend son concentré de spodumène à Brixo.", "fr"),
    ("Kestrel vende su concentrado de espodumeno a Brixo.", "es"),
    ("Kestrel verkauft sein Spodumenkonzentrat an Brixo.", "de"),
    ("Kestrel sells the black mass from its shredders to Brixo.", "en"),
    ("Kestrel vende la massa nera dei suoi impianti a Brixo.", "it"),
    ("Kestrel vend la masse noire de ses usines à Brixo.", "fr"),
    ("Kestrel vende la masa negra de sus plantas a Brixo.", "es"),
    ("Kestrel verkauft die Schwarzmasse aus seinen Anlagen an Brixo.", "de"),
])
def test_goods_of_the_chain_the_product_gate_knows(sentence, language):
    # "sells ... to" needs goods named: spodumene concentrate and black mass are goods of the chain
    assert ("supplies", "Kestrel", "Brixo") in _found(sentence, language)


def test_a_sale_of_the_company_is_no_supply():
    # a sale with no goods named stays a sale ("sells" needs a product: none here)
    assert ("supplies", "Kestrel", "Brixo") not in _found("Kestrel sells its stake to Brixo.", "en")
