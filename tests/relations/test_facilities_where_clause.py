"""Plants: a place, then a relative "where" whose clause holds the plant noun ("... from Kestrup,
in Denmark, where Kornex runs its largest cell plant", "en Villabrava (Navarra), donde X opera su
complejo de baterías", "à Sorbiers, où X exploite son usine", "a Cortona, dove X gestisce lo
stabilimento", "aus Kolkwitz, wo X sein Werk betreibt"): the plant is in that place, however long the
clause before the noun. A town of the long list counts there even after a word that is no locative
preposition ("llega hasta Jaén, ..., donde"). Also two plant words: "complejo de baterías" (es) and
"Großanlage" (de).

Every sentence here is written for the test (invented companies, and places where the rule does not
need the place lists); none comes from the dev or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


def _where(fs):
    return [(f.owner, f.location) for f in fs]


@pytest.mark.parametrize("lang, text", [
    ("en", "The cells will come from Kestrup, in Denmark, where Velora has been running its largest battery plant since 2019."),
    ("es", "El pedido se fabricará en Kestrup (Dinamarca), donde Velora opera desde 2018 su mayor complejo europeo de baterías."),
    ("fr", "Les cellules viendront de Kestrup, où le groupe Velora exploite depuis l'an dernier son usine la plus moderne."),
    ("it", "Le celle arriveranno da Kestrup, in Danimarca, dove il gruppo Velora gestisce da anni il suo stabilimento più grande."),
    ("de", "Die Zellen kommen aus Kestrup, wo der Zulieferer Velora seit 2020 sein größtes europäisches Werk betreibt."),
])
def test_the_place_before_where_is_the_plants(lang, text):
    fs = facs(text, ["Velora"], lang, places=["Kestrup", "Denmark", "Dinamarca", "Danimarca"])
    assert _where(fs) == [("Velora", "Kestrup")]


def test_a_province_word_before_the_country_and_where():
    text = "Velora is expanding its operation in Kestrup province, Argentina, where contractors are building a carbonate plant."
    fs = facs(text, ["Velora"], places=["Kestrup", "Argentina"])
    assert _where(fs) == [("Velora", "Kestrup")]


def test_a_long_list_town_after_a_plain_word():
    # "hasta" is no locative word; Jaén is a town of the long list only
    text = "El mineral llega en camiones hasta Jaén, en el valle del Guadalquivir, donde Velora tiene su planta de hidróxido."
    assert _where(facs(text, ["Velora"], "es")) == [("Velora", "Jaén")]


def test_an_unknown_name_before_where_is_no_place():
    text = "El mineral se vende a Brentamar, donde Velora tiene su planta de hidróxido."
    assert _where(facs(text, ["Velora"], "es")) != [("Velora", "Brentamar")]


def test_a_where_clause_without_the_plant_noun_changes_nothing():
    # the noun comes before the place: the place after the noun is attached as before
    text = "Velora runs a cell plant in Kestrup, where it also has its head office."
    assert _where(facs(text, ["Velora"], places=["Kestrup"])) == [("Velora", "Kestrup")]


def test_a_place_far_before_a_where_clause_of_another_place():
    text = "Velora, founded in Kestrup, is hiring in Marlow, where it is building a cell plant."
    assert _where(facs(text, ["Velora"], places=["Kestrup", "Marlow"])) == [("Velora", "Marlow")]


def test_de_grossanlage_in_a_chempark():
    text = "Die Großanlage von Kornex soll im Chempark Kolkwitz entstehen."
    assert _where(facs(text, ["Kornex"], "de")) == [("Kornex", "Kolkwitz")]
