"""Partnership shapes the frames missed (made-up companies, sentences written for these tests):

* a venture or alliance noun followed by a verb that brings its members together ("the joint venture
  bringing together A, B and C", "la coentreprise réunissant", "la joint venture che riunisce", "la
  empresa conjunta que reúne a", "das Gemeinschaftsunternehmen, das A und B vereint"): its members,
  pairwise, as after "between";
* a cooperation verb in the perfect tense or with an adverb of manner before its "with" ("ha collaborato
  con", "a travaillé étroitement avec", "ha colaborado estrechamente con", "eng mit Y zusammengearbeitet");
* a partnership of a pair whose joint venture the page tells with the same status is that venture told
  again ("Korvan y Maltrix se alían" over "crean una empresa conjunta"): the venture alone.
"""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.venture_alliances import drop_venture_alliances

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Sarnet"]


def _ties(text, language):
    return {(t, frozenset((s, d))) for t, s, d, _st, _p in triples(rels(text, _C, language=language))}


_TRIO = {("joint_venture", frozenset(p)) for p in (("Korvan", "Maltrix"), ("Korvan", "Delvo"), ("Maltrix", "Delvo"))}


@pytest.mark.parametrize("sentence, language", [
    ("The joint venture bringing together Korvan, Maltrix and Delvo opened its second line in May.", "en"),
    ("La coentreprise réunissant Korvan, Maltrix et Delvo a ouvert sa deuxième ligne en mai.", "fr"),
    ("La joint venture che riunisce Korvan, Maltrix e Delvo ha aperto la seconda linea a maggio.", "it"),
    ("La empresa conjunta que reúne a Korvan, Maltrix y Delvo abrió su segunda línea en mayo.", "es"),
])
def test_a_venture_bringing_its_parents_together(sentence, language):
    assert _ties(sentence, language) == _TRIO


def test_a_german_venture_that_unites_two_parents():
    text = "Das Gemeinschaftsunternehmen, das Korvan und Maltrix vereint, hat im Mai die zweite Linie eröffnet."
    assert _ties(text, "de") == {("joint_venture", frozenset(("Korvan", "Maltrix")))}


@pytest.mark.parametrize("sentence, language", [
    ("The alliance uniting Korvan and Maltrix has opened a test lab in Turin.", "en"),
    ("L'alliance regroupant Korvan et Maltrix a ouvert un laboratoire d'essais à Turin.", "fr"),
    ("L'alleanza che unisce Korvan e Maltrix ha aperto un laboratorio di prova a Torino.", "it"),
    ("La alianza que une a Korvan y Maltrix ha abierto un laboratorio de pruebas en Turín.", "es"),
])
def test_an_alliance_uniting_two_partners(sentence, language):
    assert _ties(sentence, language) == {("partners_with", frozenset(("Korvan", "Maltrix")))}


def test_a_plant_bringing_companies_together_is_no_venture_noun():
    assert _ties("Korvan construit une usine réunissant Maltrix et Delvo.", "fr") == set()


@pytest.mark.parametrize("sentence, language", [
    ("Korvan ha collaborato con Maltrix allo sviluppo del nuovo modulo.", "it"),
    ("Korvan ha lavorato a stretto contatto con Maltrix sulla nuova linea.", "it"),
    ("Korvan collabora strettamente con Maltrix sul nuovo modulo.", "it"),
    ("Korvan a collaboré avec Maltrix au développement du nouveau module.", "fr"),
    ("Pour le démarrage de la ligne, Korvan a travaillé étroitement avec Maltrix.", "fr"),
    ("Korvan ha colaborado con Maltrix en el desarrollo del nuevo módulo.", "es"),
    ("Para el arranque de la línea, Korvan ha trabajado estrechamente con Maltrix.", "es"),
    ("Korvan colabora estrechamente con Maltrix en el nuevo módulo.", "es"),
    ("Beim Anlauf der Linie hat Korvan eng mit Maltrix zusammengearbeitet.", "de"),
    ("Korvan und Maltrix haben beim neuen Modul eng zusammengearbeitet.", "de"),
    ("Korvan has worked closely with Maltrix on the new module.", "en"),
])
def test_cooperation_told_in_the_perfect_or_with_an_adverb(sentence, language):
    found = [r for r in rels(sentence, _C, language=language) if r.type == "partners_with"]
    assert {frozenset((r.source, r.target)) for r in found} == {frozenset(("Korvan", "Maltrix"))}
    assert {r.status for r in found} == {"active"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan ha lavorato con i sindacati per mesi.", "it"),
    ("Korvan a travaillé avec les syndicats pendant des mois.", "fr"),
    ("Korvan ha trabajado con los sindicatos durante meses.", "es"),
])
def test_working_with_no_company_is_no_partnership(sentence, language):
    assert _ties(sentence, language) == set()


def _rel(typ, a, b, status, conf=0.8, start=0):
    return Relation(type=typ, source=a, target=b, status=status, evidence=Evidence(text="x", start=start, end=start + 1),
                    product=None, confidence=conf, component="test")


def test_a_partnership_with_the_ventures_status_is_the_venture():
    out = drop_venture_alliances([_rel("partners_with", "Korvan", "Maltrix", "announced", 0.7),
                                  _rel("joint_venture", "Korvan", "Maltrix", "announced", 0.85, 50)])
    assert [(r.type, r.status) for r in out] == [("joint_venture", "announced")]


def test_a_partnership_with_its_own_status_stays_beside_the_venture():
    # a signed cooperation beside a venture only reported: two facts
    out = drop_venture_alliances([_rel("partners_with", "Korvan", "Maltrix", "announced", 0.7),
                                  _rel("joint_venture", "Korvan", "Maltrix", "rumoured", 0.85, 50)])
    assert sorted(r.type for r in out) == ["joint_venture", "partners_with"]


def test_a_partnership_of_another_pair_stays():
    out = drop_venture_alliances([_rel("partners_with", "Korvan", "Delvo", "announced"),
                                  _rel("joint_venture", "Korvan", "Maltrix", "announced", start=50)])
    assert sorted(r.type for r in out) == ["joint_venture", "partners_with"]


@pytest.mark.parametrize("text, language", [
    ("Korvan y Maltrix se alían para reciclar baterías. Korvan y Maltrix han firmado un acuerdo para crear una empresa conjunta al 50%.", "es"),
    ("Korvan et Maltrix s'allient dans le recyclage. Korvan et Maltrix créent une coentreprise à parts égales.", "fr"),
])
def test_a_headline_alliance_over_the_bodys_venture(text, language):
    assert _ties(text, language) == {("joint_venture", frozenset(("Korvan", "Maltrix")))}
