"""Italian, Spanish and French: a party named by a description ("il costruttore cinese", "au
constructeur") or by a name repeated in a second clause, and an adverb between a supply verb and
its customer. Sentences written for the test (invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex"]


def got(text, language, coref=None):
    return {(r.type, r.source, r.target) for r in rels(text, CO, language=language, coref=coref)}


# -- an adverb ending like a conjunction ("anche", "inoltre", "pure") before the customer ----------

@pytest.mark.parametrize("text", [
    "Brelix fornirà anche Tovan a partire dal 2026.",
    "Brelix fornisce inoltre Tovan dal 2021.",
    "Brelix rifornisce pure Tovan con i suoi moduli.",
])
def test_it_adverb_before_the_customer(text):
    assert ("supplies", "Brelix", "Tovan") in got(text, "it")


def test_it_description_as_supplier_with_an_adverb():
    text = "Brelix ha chiuso il trimestre in crescita. L'azienda fornirà anche Tovan dal 2026."
    assert ("supplies", "Brelix", "Tovan") in got(text, "it", coref={"L'azienda": "Brelix"})


@pytest.mark.parametrize("text,language", [
    ("Tovan firma, Kornex ya entrega y Brelix, en el aire.", "es"),
    ("Tovan signe, Kornex livre déjà et Brelix attend encore.", "fr"),
])
def test_the_next_member_of_a_list_is_still_no_customer(text, language):
    assert ("supplies", "Kornex", "Brelix") not in got(text, language)


# -- a name repeated after a comma and a conjunction opens a new clause ------------------------------

@pytest.mark.parametrize("text,language,coref", [
    ("Kornex détient environ 20 % de Brelix, et Brelix doit livrer des cellules au constructeur dès 2027.",
     "fr", {"au constructeur": "Kornex"}),
    ("Kornex possiede il 20% di Brelix, e Brelix fornirà le celle al costruttore dal 2027.",
     "it", {"al costruttore": "Kornex"}),
    ("Kornex posee el 20 % de Brelix, y Brelix suministrará celdas al fabricante desde 2027.",
     "es", {"al fabricante": "Kornex"}),
])
def test_repeated_name_is_the_subject_of_the_second_clause(text, language, coref):
    out = got(text, language, coref)
    assert ("supplies", "Brelix", "Kornex") in out
    assert ("invests_in", "Kornex", "Brelix") in out


@pytest.mark.parametrize("text,language", [
    ("Kornex possiede il 20% di Brelix, e Brelix ha chiuso il bilancio in utile.", "it"),
    ("Kornex détient 20 % de Brelix, et Brelix a publié des résultats en hausse.", "fr"),
])
def test_repeated_name_with_no_supply_verb_gives_no_supply(text, language):
    assert not any(t == "supplies" for t, _, _ in got(text, language))


def test_a_plain_list_still_joins():
    out = got("Kornex fornirà le celle a Brelix e a Tovan dal 2026.", "it")
    assert {("supplies", "Kornex", "Brelix"), ("supplies", "Kornex", "Tovan")} <= out


# -- Italian stake: "salire al 25% nel capitale di" ---------------------------------------------------

@pytest.mark.parametrize("text,coref", [
    ("Brelix salirà al 25% nel capitale di Tovan entro giugno.", None),
    ("Brelix è salita al 30 per cento nel capitale della Tovan.", None),
    ("Tovan ha venduto 300 mila auto. Brelix salirà al 25% nel capitale del costruttore cinese.",
     {"del costruttore cinese": "Tovan"}),
])
def test_it_stake_raised_in_the_capital(text, coref):
    assert ("invests_in", "Brelix", "Tovan") in got(text, "it", coref)


@pytest.mark.parametrize("text", [
    "La quota di mercato di Brelix è salita al 25% nel primo trimestre, davanti a Tovan.",
    "Le vendite di Brelix sono salite al 25% nel mercato di Tovan.",
])
def test_it_market_share_is_no_stake(text):
    assert not any(t == "invests_in" for t, _, _ in got(text, "it"))


# -- French and Spanish: a description keeps its fused preposition ("au constructeur", "al fabricante") -

@pytest.mark.parametrize("text,language,coref", [
    ("Kornex a présenté ses comptes. Brelix livrera des cellules au constructeur dès 2027.", "fr",
     {"au constructeur": "Kornex"}),
    ("Kornex presentó sus cuentas. Brelix suministrará celdas al fabricante desde 2027.", "es",
     {"al fabricante": "Kornex"}),
])
def test_fused_preposition_of_a_description_is_its_marker(text, language, coref):
    assert ("supplies", "Brelix", "Kornex") in got(text, language, coref)


def test_a_name_that_begins_like_a_fused_preposition_is_no_recipient():
    found = {(r.type, r.source, r.target) for r in rels(
        "Al Rayan Motors suministrará celdas a Kornex desde 2027.", ["Al Rayan Motors", "Kornex"], language="es")}
    assert ("supplies", "Al Rayan Motors", "Kornex") in found


# -- a reflexive "se"/"s'" before the verb is a word of its own, not the end of "entreprise" ----------

@pytest.mark.parametrize("text,language,coref", [
    ("Kornex a présenté ses comptes. L'entreprise livrera des cellules à Brelix dès 2027.", "fr", {"L'entreprise": "Kornex"}),
    ("Kornex a présenté ses comptes. La coentreprise livrera des cellules à Brelix dès 2027.", "fr", {"La coentreprise": "Kornex"}),
    ("Kornex a présenté ses comptes. La société chinoise fournit déjà Brelix.", "fr", {"La société chinoise": "Kornex"}),
    ("Kornex presentó sus cuentas. La empresa francesa suministrará celdas a Brelix.", "es", {"La empresa francesa": "Kornex"}),
])
def test_description_ending_in_se_before_a_supply_verb(text, language, coref):
    assert ("supplies", "Kornex", "Brelix") in got(text, language, coref)


@pytest.mark.parametrize("text,language", [
    ("Kornex se livre à une bataille des prix avec Brelix.", "fr"),
    ("Kornex se suministra de energía solar, como Brelix.", "es"),
])
def test_reflexive_verb_is_still_no_supply(text, language):
    assert ("supplies", "Kornex", "Brelix") not in got(text, language)


# -- "(?<!la )commande" is the article "la", not the end of a name ("Tesla commande") ----------------

CARS = ["Tesla", "Skoda", "Kornex", "Brelix"]


@pytest.mark.parametrize("text,rel", [
    ("Tesla commande des cellules à Kornex.", ("supplies", "Kornex", "Tesla")),
    ("Tesla contrôle désormais Brelix.", ("owns", "Tesla", "Brelix")),
])
def test_fr_name_ending_like_an_article_before_the_verb(text, rel):
    assert rel in {(r.type, r.source, r.target) for r in rels(text, CARS, language="fr")}


@pytest.mark.parametrize("text", [
    # (the noun with its supplier after "auprès de" names an order, Kornex -> Tesla: frames/orders.py and
    # tests/relations/test_frit_contracts_orders_bids.py; here the noun names no supplier)
    "La commande de Tesla est importante, selon Kornex.",
    "Le contrôle de Brelix par Tesla est acquis.",
])
def test_fr_article_before_the_noun_is_no_verb(text):
    found = {(r.type, r.source, r.target) for r in rels(text, CARS, language="fr")}
    assert ("supplies", "Kornex", "Tesla") not in found and ("owns", "Tesla", "Brelix") not in found
