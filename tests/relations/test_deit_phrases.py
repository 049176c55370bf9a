"""German and Italian press phrasing. Sentences written for these tests with made-up companies
(rows that must link and near misses that must not)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, lang):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=lang))]


C2 = ["Corvalis", "Brixo"]


# --- "Mutter"/"Tochter"/"casa madre" followed by a name: the capital test must see case -----------

@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis, die Muttergesellschaft von Brixo, wächst.", "de"),
    ("Corvalis ist die Muttergesellschaft von Brixo.", "de"),
    ("Corvalis, der Mutterkonzern der Brixo, wächst.", "de"),
    ("Brixo und ihre Mutter Corvalis wachsen.", "de"),
    ("Corvalis gründete die Tochtergesellschaft Brixo.", "de"),
    ("Brixo, eine Tochter von Corvalis, wächst.", "de"),
    ("Corvalis, la casa madre di Brixo, cresce.", "it"),
    ("Corvalis è la casa madre della controllata Brixo.", "it"),
    ("Brixo e la sua casa madre Corvalis crescono.", "it"),
])
def test_parent_words_read_the_right_way(sentence, lang):
    assert _t(sentence, C2, lang) == [("owns", "Corvalis", "Brixo", "active")]


# --- a past verb of supplying or holding with "until <year>": the tie is over ---------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis lieferte bis 2022 Batterien an Brixo.", "de", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis belieferte Brixo bis Ende 2022 mit Zellen.", "de", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Bis 2021 belieferte Corvalis den Hersteller Brixo mit Zellen.", "de", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis ha fornito batterie a Brixo fino al 2022.", "it", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis forniva celle a Brixo fino al 2021.", "it", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis suministró baterías a Brixo hasta 2022.", "es", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis a fourni des batteries à Brixo jusqu'en 2022.", "fr", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis supplied batteries to Brixo until 2022.", "en", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis held a stake in Brixo until 2021.", "en", ("invests_in", "Corvalis", "Brixo", "ended")),
])
def test_past_tie_until_a_year_is_ended(sentence, lang, expected):
    assert expected in _t(sentence, C2, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis liefert bis 2027 Batterien an Brixo.", "de"),
    ("Die Zellen sollen bis 2027 von Corvalis an Brixo geliefert werden.", "de"),
    ("Corvalis fornirà celle a Brixo fino al 2030.", "it"),
    ("Corvalis fornisce celle a Brixo fino al 2030.", "it"),
    ("Corvalis suministrará baterías a Brixo hasta 2030.", "es"),
    ("Corvalis fournira des batteries à Brixo jusqu'en 2030.", "fr"),
    ("Corvalis will supply batteries to Brixo until 2030.", "en"),
    ("Corvalis supplied batteries to Brixo, which plans to grow until 2030.", "en"),
])
def test_until_a_year_with_a_present_or_future_verb_is_no_end(sentence, lang):
    got = _t(sentence, C2, lang)
    assert got and all(st != "ended" for _, _, _, st in got)


# --- a stake and a partnership of one pair in one sentence: both are told -------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis hält eine Minderheitsbeteiligung an Brixo; zudem kooperiert Corvalis mit Brixo bei Festkörperzellen.", "de", "active"),
    ("Corvalis detiene una quota di minoranza in Brixo e Corvalis collabora con Brixo sulle celle.", "it", "active"),  # present "collabora": a running tie
    ("Corvalis amplía su participación minoritaria en Brixo, con la que colabora desde 2021 en celdas sólidas.", "es", "active"),
    ("Corvalis détient une participation minoritaire dans Brixo, avec laquelle elle coopère depuis 2021.", "fr", "active"),
    ("Corvalis holds a minority stake in Brixo, and Corvalis has partnered with Brixo since 2021.", "en", "active"),  # "since 2021" after the trigger: a running tie
])
def test_stake_and_partnership_both_kept(sentence, lang, expected):
    assert _t(sentence, C2, lang) == [("invests_in", "Corvalis", "Brixo", "active"), ("partners_with", "Brixo", "Corvalis", expected)]


def test_venture_still_covers_the_partnership():
    assert _t("Corvalis und Brixo gründen ein Gemeinschaftsunternehmen und kooperieren bei Batterien.", C2, "de") == [
        ("joint_venture", "Brixo", "Corvalis", "announced")]


# --- "der Brixo-Zulieferer Kestrel": a supplier noun glued to its customer's name -------------------

C3 = ["Corvalis", "Brixo", "Kestrel"]


@pytest.mark.parametrize("sentence", [
    "Der Brixo-Zulieferer Kestrel baut ein neues Werk.",
    "Brixo-Zulieferer Kestrel meldet Rekordumsatz.",
    "Der langjährige Brixo-Lieferant Kestrel baut ein neues Werk.",
])
def test_supplier_compound_names_the_customer(sentence):
    assert _t(sentence, C3, "de") == [("supplies", "Kestrel", "Brixo", "active")]


@pytest.mark.parametrize("sentence, expected", [
    ("Brixo übernimmt den Corvalis-Zulieferer Kestrel.", ("acquires", "Brixo", "Kestrel", "announced")),
    ("Brixo beliefert den Corvalis-Zulieferer Kestrel mit Stahl.", ("supplies", "Brixo", "Kestrel", "active")),
    ("Brixo liefert Stahl an den Corvalis-Zulieferer Kestrel.", ("supplies", "Brixo", "Kestrel", "active")),
    ("Brixo kooperiert mit dem Corvalis-Zulieferer Kestrel.", ("partners_with", "Brixo", "Kestrel", "active")),
])
def test_supplier_compound_in_an_object(sentence, expected):
    # the verb's object is the name after the compound; the glued name is only its customer
    assert sorted(_t(sentence, C3, "de")) == sorted([expected, ("supplies", "Kestrel", "Corvalis", "active")])


@pytest.mark.parametrize("sentence", [
    "Die Brixo-Zulieferer bauen Stellen ab, Kestrel auch.",
    "Kestrel, ein Brixo-Zulieferer, baut ein neues Werk.",
])
def test_supplier_compound_without_a_name_after_it_links_nothing(sentence):
    assert _t(sentence, C3, "de") == []


# --- "zu den Kunden des Zulieferers Kestrel zählen ...": a described name after a relation noun -----

@pytest.mark.parametrize("sentence, expected", [
    ("Zu den Kunden des Zulieferers Kestrel zählen Brixo und Corvalis.",
     [("supplies", "Kestrel", "Brixo", "active"), ("supplies", "Kestrel", "Corvalis", "active")]),
    ("Zu den Abnehmern des schwedischen Zulieferers Kestrel gehören Brixo und Corvalis.",
     [("supplies", "Kestrel", "Brixo", "active"), ("supplies", "Kestrel", "Corvalis", "active")]),
    ("Zu den Aktionären des Zulieferers Kestrel zählt Brixo.", [("invests_in", "Brixo", "Kestrel", "active")]),
    # not after any noun: the spokesman's company is the news's subject
    ("Ein Sprecher des Zulieferers Kestrel bestätigte den Auftrag von Brixo.", [("supplies", "Kestrel", "Brixo", "announced")]),
])
def test_relation_noun_with_a_described_name(sentence, expected):
    assert _t(sentence, C3, "de") == expected


# --- "Kestrel erhielt den Brixo-Auftrag": an order glued to the name of the one who gives it --------

@pytest.mark.parametrize("sentence", [
    "Kestrel erhielt den Brixo-Auftrag über 200 Millionen Euro.",
    "Kestrel erhält einen Brixo-Großauftrag für Sitze.",
    "Kestrel sicherte sich den Brixo-Zuschlag.",
    "Kestrel hat den Brixo-Auftrag gewonnen.",
    "Kestrel hat den lukrativen Brixo-Großauftrag erhalten.",
])
def test_order_compound_names_the_customer(sentence):
    assert _t(sentence, C3, "de") == [("supplies", "Kestrel", "Brixo", "announced")]


@pytest.mark.parametrize("sentence", [
    "Mit dem Brixo-Auftrag wächst Kestrel weiter.",
    "Den Brixo-Auftrag hat niemand erhalten.",
])
def test_order_compound_without_a_winner_links_nothing(sentence):
    assert _t(sentence, C3, "de") == []


# --- a former supplier named in the sentence, and the tie it has now ---------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Der frühere Brixo-Zulieferer Corvalis beliefert jetzt Kestrel.", "de"),
    ("Corvalis, ehemaliger Zulieferer von Brixo, beliefert nun Kestrel.", "de"),
    ("Der ehemalige Zulieferer von Brixo, Corvalis, beliefert nun Kestrel.", "de"),
    ("Corvalis, ex fornitore di Brixo, ora fornisce Kestrel.", "it"),
    ("Corvalis, ex fornitore di Brixo, fornisce ora celle a Kestrel.", "it"),
    ("Corvalis, a former supplier of Brixo, now supplies Kestrel.", "en"),
])
def test_former_supplier_now_supplies_another(sentence, lang):
    assert _t(sentence, C3, lang) == [("supplies", "Corvalis", "Brixo", "ended"), ("supplies", "Corvalis", "Kestrel", "active")]


def test_former_supplier_compound_alone_is_ended():
    assert _t("Der ehemalige Brixo-Lieferant Kestrel baut ein Werk.", C3, "de") == [("supplies", "Kestrel", "Brixo", "ended")]


# --- the name before a subject relative wins the order, whatever preposition governs it -----------

@pytest.mark.parametrize("sentence, lang", [
    ("I pezzi saranno forniti da Kestrel, che ha vinto la commessa di Brixo.", "it"),
    ("Die Teile kommen von Kestrel, das im Dezember den Auftrag von Brixo erhielt.", "de"),
    ("The parts will come from Kestrel, which won the order from Brixo in December.", "en"),
    ("Las piezas vendrán de Kestrel, que ganó el contrato de Brixo en diciembre.", "es"),
    ("Les pièces viendront de Kestrel, qui a remporté la commande de Brixo.", "fr"),
])
def test_order_won_in_a_subject_relative(sentence, lang):
    assert ("supplies", "Kestrel", "Brixo", "announced") in _t(sentence, C3, lang)
