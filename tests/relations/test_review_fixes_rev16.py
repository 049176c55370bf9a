"""Review of the sixteenth round: small fixes that keep behaviour (names, word boundaries)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tierscope import relations
from tierscope.relations.extractor import _before_unit_noun

_RELATIONS = Path(relations.__file__).parent


@pytest.mark.parametrize("module", ["lone_customers", "lone_contracts"])
def test_lone_readers_use_public_helpers_of_their_siblings(module):
    tree = ast.parse((_RELATIONS / f"{module}.py").read_text(encoding="utf-8"))
    private = [(node.module, a.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               and node.module in ("lone_makers", "chain_supply") for a in node.names if a.name.startswith("_")]
    assert private == []


@pytest.mark.parametrize("text, noun", [
    ("ha completato la cessione a Z della controllata Korvan", "controllata"),
    ("completed the sale to Z of its unit Korvan", "unit"),
    ("den Verkauf der Konzerntochter Korvan", "tochter"),
])
def test_unit_noun_before_a_name(text, noun):
    assert _before_unit_noun(text, text.index("Korvan")) == text.index(noun)


@pytest.mark.parametrize("text", [
    "la cessione della società incontrollata Korvan",
    "the sale of the subdivision Korvan",
])
def test_the_tail_of_a_longer_word_is_no_unit_noun(text):
    assert _before_unit_noun(text, text.index("Korvan")) == text.index("Korvan")


def _relative(lang, text, trigger, party):
    from tierscope.relations.status import _fact_relative

    t0 = text.index(trigger)
    a = text.index(party)
    return _fact_relative(lang, text, t0, t0 + len(trigger), [(a, a + len(party))])


@pytest.mark.parametrize("lang, text, trigger", [
    # a noun that ends like a conditional, a name that ends like a future: the relative still tells a fact
    ("es", "Según la prensa, Korvan, que suministra la batería a Maltrix, venderá su planta.", "suministra"),
    ("es", "Según la prensa, Korvan, que abastece la refinería de Maltrix, busca socio.", "abastece"),
    ("fr", "Selon la presse, Korvan, qui fournit les moteurs de la Cupra de Maltrix, cherche un repreneur.", "fournit"),
])
def test_a_noun_or_a_name_is_no_conditional_or_future(lang, text, trigger):
    assert _relative(lang, text, trigger, "Maltrix") is not None


@pytest.mark.parametrize("lang, text, trigger", [
    ("es", "Según la prensa, Korvan, que suministraría la batería a Maltrix, busca socio.", "suministraría"),
    ("fr", "Selon la presse, Korvan, qui fournira les moteurs de Maltrix, cherche un repreneur.", "fournira"),
])
def test_a_conditional_or_future_relative_is_no_fact(lang, text, trigger):
    assert _relative(lang, text, trigger, "Maltrix") is None


@pytest.mark.parametrize("lang, local, gerund, runs", [
    ("en", "Korvan will introduce its trucks after the restructuring ", "using", False),
    ("en", "Korvan will introduce trucks despite the restrictions ", "using", False),
    ("en", "Korvan will keep building trucks ", "using", True),
    ("fr", "Korvan restera fidèle et lancera ses camions ", "utilisant", True),
    ("fr", "Korvan lancera ses camions après la restructuration ", "utilisant", False),
    ("it", "Korvan resterà il cliente e lancerà i camion ", "utilizzando", True),
])
def test_a_word_that_starts_like_rester_is_no_running_tie(lang, local, gerund, runs):
    from tierscope.relations.status import _future_governs

    text = local + gerund + " des piles de Maltrix."
    t0 = len(local)
    assert _future_governs(lang, text, t0, t0 + len(gerund), local) is (not runs)


@pytest.mark.parametrize("word, parent", [
    ("parent company", True), ("Konzernmutter", True), ("Finanzholding", True), ("casa madre", True),
    ("apparent", False), ("transparent", False),
])
def test_parent_noun_is_a_whole_word_but_in_german(word, parent):
    from tierscope.relations.frames.ownership import _PARENT_NOUN

    assert bool(_PARENT_NOUN.search(word)) is parent


@pytest.mark.parametrize("text, trial", [
    ("a test car fitted with Maltrix cells", True),
    ("das Testfahrzeug fährt mit Zellen von Maltrix", True),
    ("le prototype roule avec des cellules Maltrix", True),
    ("una berlina en pruebas", True),
    ("Korvan è in testa alla classifica dei clienti di Maltrix", False),
    ("il testo dell'accordo con Maltrix", False),
    ("según un testigo, Maltrix suministra a Korvan", False),
])
def test_trial_words_are_one_list_and_no_italian_head_or_text(text, trial):
    from tierscope.relations.trials import TRIAL

    assert bool(TRIAL.search(text)) is trial


@pytest.mark.parametrize("text, parents", [
    ("Korvan holds half of Maltrix", True),
    ("Korvan invested in Maltrix in the first half of 2025", False),
    ("Korvan detiene la metà di Maltrix", True),
    ("Korvan è entrata in Maltrix a metà 2025", False),
    ("Korvan détient la moitié du capital de Maltrix", True),
    ("Korvan est entré au capital de Maltrix dans la première moitié de l'année", False),
    ("Korvan hält die Hälfte an Maltrix", True),
    ("Korvan stieg in der ersten Hälfte bei Maltrix ein", False),
    ("Korvan posee la mitad de Maltrix", True),
    ("Korvan entró en Maltrix en la primera mitad del año", False),
])
def test_a_half_of_the_year_is_no_parents_stake(text, parents):
    from tierscope.relations.co_stakeholders import _PARENTS

    assert bool(_PARENTS.search(text)) is parents


@pytest.mark.parametrize("text", [
    "Korvan a décidé de faire équipe avec Maltrix pour les bornes de recharge.",
    "Korvan et Maltrix faisaient équipe sur les batteries depuis 2021.",
])
def test_fr_faire_equipe_is_no_supply_in_any_tense(text):
    from .helpers import rels

    found = rels(text, ["Korvan", "Maltrix"], language="fr")
    assert not [r for r in found if r.type == "supplies"]


@pytest.mark.parametrize("text, venture", [
    ("Korvan betreibt gemeinsam mit Maltrix ein Zellwerk in Sachsen.", True),
    ("Korvan betreibt gemeinsam mit Maltrix ein Netzwerk von Händlern.", False),
    ("Korvan betreibt gemeinsam mit Maltrix eine Plattform für Termine.", False),
])
def test_de_run_together_needs_a_plant_not_a_network(text, venture):
    from .helpers import rels

    found = rels(text, ["Korvan", "Maltrix"], language="de")
    assert any(r.type == "joint_venture" for r in found) is venture


@pytest.mark.parametrize("text, product", [
    ("Maltrix liefert die Ladesäulen für Korvan", "Ladesäulen"),
    ("Maltrix liefert die Schnellladesäulen für Korvan", "Schnellladesäulen"),
    ("Maltrix liefert die HPC-Ladesäulen für Korvan", "HPC-Ladesäulen"),
])
def test_charging_columns_are_read_by_one_alternative(text, product):
    from tierscope.relations.products import _PRODUCT_RX

    assert _PRODUCT_RX.search(text).group(0) == product


@pytest.mark.parametrize("lang, local, gerund, future", [
    ("fr", "Opel assemblait l'Ampera ", "utilisant", False),
    ("fr", "Opel assemblera la voiture ", "utilisant", True),
    ("es", "Korvan vendía camiones en Teherán ", "utilizando", False),
    ("es", "Korvan venderá camiones ", "utilizando", True),
])
def test_a_name_that_ends_like_a_future_is_none(lang, local, gerund, future):
    from tierscope.relations.status import _future_governs

    text = local + gerund + " des piles de Maltrix."
    t0 = len(local)
    assert _future_governs(lang, text, t0, t0 + len(gerund), local) is future


@pytest.mark.parametrize("before, stake", [
    ("Korvan hat 20 Prozent an der chinesischen ", True),
    ("Korvan hat eine Minderheitsbeteiligung an der ", True),
    ("Korvan erwarb Stimmrechtsanteile an der ", True),
    ("Korvan took a 20% stake in its ", True),
    ("Korvan signed a deal with its ", False),
])
def test_stake_before_a_parent_noun_reads_german_compounds(before, stake):
    from tierscope.relations.frames.ownership import _STAKE_BEFORE

    assert bool(_STAKE_BEFORE.search(before)) is stake


@pytest.mark.parametrize("text, supply", [
    ("Korvan ha firmato contratti di vendita di componenti marchigiani con Maltrix.", True),
    ("Korvan ha firmato contratti di vendita del marchio con Maltrix.", False),
])
def test_it_sales_contract_of_a_brand_but_not_of_any_word_so_begun(text, supply):
    from .helpers import rels

    found = rels(text, ["Korvan", "Maltrix"], language="it")
    assert any(r.type == "supplies" and r.source == "Korvan" for r in found) is supply
