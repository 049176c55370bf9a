"""Members of a consortium, research alliance or joint project are partners pair by pair; a member that
left is ended with each current one, a candidate in talks is in talks with each (relations/consortia.py).
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Norvessa", "Tecnalba", "Lumetra", "Quarzo", "Brivella"]


def rels(text, language, coref=None):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=language, coref=coref))
    return {(r.type, *sorted((r.source, r.target)), r.status) for r in doc.relations}


def pairs(text, language, coref=None):
    return {(a, b) for t, a, b, _s in rels(text, language, coref) if t == "partners_with"}


ABC = {("Lumetra", "Norvessa"), ("Lumetra", "Tecnalba"), ("Norvessa", "Tecnalba")}


@pytest.mark.parametrize("text,language", [
    ("The state is funding Helios, a research consortium which brings together Norvessa, Tecnalba and Lumetra.", "en"),
    ("The programme is made up of Norvessa, Tecnalba and Lumetra, and runs until 2029.", "en"),
    ("L'État finance le consortium Helios, qui réunit Norvessa, Tecnalba et Lumetra.", "fr"),
    ("Le projet, composé de Norvessa, Tecnalba et Lumetra, vise une cellule sans cobalt.", "fr"),
    ("Il ministero finanzia il consorzio Helios, che riunisce Norvessa, Tecnalba e Lumetra.", "it"),
    ("Del progetto fanno parte Norvessa, Tecnalba e Lumetra.", "it"),
    ("El ministerio financia el consorcio Helios, que agrupa a Norvessa, Tecnalba y Lumetra.", "es"),
    ("En el proyecto participan Norvessa, Tecnalba y Lumetra.", "es"),
    ("Das Konsortium besteht aus Norvessa, Tecnalba und Lumetra.", "de"),
    ("Dem Forschungskonsortium gehören Norvessa, Tecnalba sowie der Zellspezialist Lumetra an.", "de"),
    # the members right after the noun, or before a verb of forming it
    ("A consortium of Norvessa, Tecnalba and Lumetra will build the pilot line.", "en"),
    ("Norvessa, Tecnalba and Lumetra have formed a consortium to develop sodium cells.", "en"),
    ("The consortium's members are Norvessa, Tecnalba and Lumetra.", "en"),
    ("Norvessa, Tecnalba and Lumetra are members of the consortium.", "en"),
    ("Norvessa, Tecnalba et Lumetra font partie du consortium.", "fr"),
    ("Un consorzio formato da Norvessa, Tecnalba e Lumetra costruirà la linea pilota.", "it"),
    ("Norvessa, Tecnalba e Lumetra hanno costituito un consorzio per le celle al sodio.", "it"),
    ("Ein Konsortium aus Norvessa, Tecnalba und Lumetra baut die Pilotlinie.", "de"),
    ("Die Allianz aus Norvessa, Tecnalba und Lumetra baut Ladesäulen.", "de"),
    ("Norvessa, Tecnalba und Lumetra haben sich zu einem Konsortium zusammengeschlossen.", "de"),
    ("Zum Konsortium gehören Norvessa, Tecnalba und Lumetra.", "de"),
    ("Mitglieder des Konsortiums sind Norvessa, Tecnalba und Lumetra.", "de"),
    ("Un consorcio formado por Norvessa, Tecnalba y Lumetra construirá la línea piloto.", "es"),
    ("Norvessa, Tecnalba y Lumetra han constituido un consorcio para las celdas de sodio.", "es"),
    # taking part, the list before or after the verb
    ("Norvessa, Tecnalba and Lumetra are taking part in the research project.", "en"),
    ("Norvessa, Tecnalba et Lumetra participent au projet de recherche.", "fr"),
    ("Au consortium participent Norvessa, Tecnalba et Lumetra.", "fr"),
    ("Norvessa, Tecnalba e Lumetra partecipano al progetto di ricerca.", "it"),
    ("Norvessa, Tecnalba y Lumetra participan en el proyecto de investigación.", "es"),
    ("Am Forschungsprojekt sind Norvessa, Tecnalba und Lumetra beteiligt.", "de"),
    ("Norvessa, Tecnalba und Lumetra sind am Forschungsprojekt beteiligt.", "de"),
])
def test_a_list_of_members_pairs_every_two(text, language):
    assert ABC <= pairs(text, language)


@pytest.mark.parametrize("text,language", [
    # the members named in the sentences after the one naming the consortium
    ("The government backs a new battery consortium. It is led by Norvessa. Besides Norvessa and Tecnalba, "
     "Lumetra has belonged to it from the start.", "en"),
    ("Der Bund fördert ein neues Batteriekonsortium. Koordiniert wird es von Norvessa. Neben Norvessa und "
     "Tecnalba gehört ihm von Beginn an auch Lumetra an.", "de"),
    ("A government-backed project has a new plan. The work is led by Norvessa. That leaves Norvessa, "
     "Tecnalba and Lumetra, a small cell maker, as the industrial partners.", "en"),
])
def test_members_named_after_the_consortium(text, language):
    assert ABC <= pairs(text, language)


@pytest.mark.parametrize("text,language", [
    ("Nuovo consorzio per le celle al sodio. Norvessa capofila, con Tecnalba, Lumetra e Quarzo.", "it"),
    ("The new solid-state project got its grant. Norvessa leads the project, with Tecnalba, Lumetra and Quarzo.", "en"),
    ("El consorcio recibe 80 millones. En el consorcio participan, junto a Norvessa, Tecnalba, Lumetra y Quarzo.", "es"),
])
def test_a_lead_partner_with_the_others(text, language):
    got = pairs(text, language)
    assert {("Norvessa", "Tecnalba"), ("Lumetra", "Norvessa"), ("Norvessa", "Quarzo")} <= got
    # named beside the lead partner, the others' ties among themselves are not stated
    assert ("Lumetra", "Tecnalba") not in got


@pytest.mark.parametrize("text,language", [
    ("The consortium brings together Norvessa, Tecnalba and Lumetra. Brivella left the consortium in March.", "en"),
    ("Le consortium réunit Norvessa, Tecnalba et Lumetra. Brivella, qui avait signé avec Norvessa, a quitté le consortium.", "fr"),
    ("Il consorzio riunisce Norvessa, Tecnalba e Lumetra. Brivella ha lasciato il progetto a settembre.", "it"),
    ("El consorcio agrupa a Norvessa, Tecnalba y Lumetra. Brivella ha comunicado su salida del proyecto.", "es"),
    ("Das Konsortium besteht aus Norvessa, Tecnalba und Lumetra. Brivella hat das Projekt im Mai verlassen.", "de"),
])
def test_a_member_that_left_is_ended_with_each(text, language):
    got = rels(text, language)
    for other in ("Norvessa", "Tecnalba", "Lumetra"):
        assert ("partners_with", *sorted(("Brivella", other)), "ended") in got
    assert ("partners_with", "Norvessa", "Tecnalba", "active") in got


@pytest.mark.parametrize("text,language,status", [
    ("The consortium brings together Norvessa, Tecnalba and Lumetra. Quarzo is in talks to join the consortium.", "en", "in_talks"),
    ("Das Konsortium besteht aus Norvessa, Tecnalba und Lumetra. Quarzo verhandelt über einen Beitritt zum Konsortium.", "de", "in_talks"),
    ("El consorcio agrupa a Norvessa, Tecnalba y Lumetra. Quarzo negocia su entrada en el consorcio.", "es", "in_talks"),
    ("The consortium brings together Norvessa, Tecnalba and Lumetra. Quarzo could join the project next year.", "en", "rumoured"),
])
def test_a_candidate_is_in_talks_with_each(text, language, status):
    got = rels(text, language)
    for other in ("Norvessa", "Tecnalba", "Lumetra"):
        assert ("partners_with", *sorted(("Quarzo", other)), status) in got


@pytest.mark.parametrize("text,language", [
    # a market or share prices: no consortium
    ("Shares of Norvessa, Tecnalba and Lumetra fell on Monday after the project was delayed.", "en"),
    ("Norvessa, Tecnalba et Lumetra ont perdu 5 % en Bourse.", "fr"),
    # customers of one supplier are not partners of each other
    ("Norvessa supplies cells to Tecnalba and Lumetra for the project.", "en"),
    # a consortium of buyers takes a stake: co-investors, not partners
    ("Norvessa vendió un 25 % de su filial a un consorcio formado por Tecnalba y Lumetra.", "es"),
    ("Norvessa sold a 30% stake to a consortium made up of Tecnalba and Lumetra.", "en"),
    ("Brivella was bought by a consortium led by Tecnalba, with Lumetra.", "en"),
    # a funding round led by one investor with others: co-investors
    ("Brivella is building a pilot project in Ohio. The round was led by Tecnalba, with Lumetra and Quarzo.", "en"),
    # a list with no consortium word near it
    ("The index brings together Norvessa, Tecnalba and Lumetra.", "en"),
    # a verb of bringing together with the consortium only in a sentence before
    ("The research project starts in May. The new supplier park brings together Norvessa, Tecnalba and Lumetra.", "en"),
    # a consortium of lenders with members named further on
    ("A consortium of banks, among them Norvessa and Tecnalba, lent 2 billion to Lumetra.", "en"),
    # a customer list after a sentence about a company's project
    ("Le projet de Norvessa à Lyon avance. Ses clients sont Tecnalba et Lumetra.", "fr"),
])
def test_no_consortium_no_pairs(text, language):
    assert not {("Lumetra", "Tecnalba")} & pairs(text, language)


def test_the_consortium_own_name_is_no_member():
    got = pairs("Le gouvernement soutient le consortium Brivella, qui réunit Norvessa, Tecnalba et Lumetra.", "fr")
    assert ABC <= got
    assert not any("Brivella" in p for p in got)


def test_a_unit_described_after_a_member_is_no_member():
    got = pairs("Il consorzio riunisce Norvessa, Tecnalba e Lumetra, la controllata di Quarzo.", "it")
    assert ABC <= got
    assert not any("Quarzo" in p for p in got)


@pytest.mark.parametrize("text,language", [
    # one company joins others: its ties are stated, not theirs among themselves
    ("Norvessa s'associe à Tecnalba et Lumetra dans un projet de recherche.", "fr"),
    ("Norvessa si allea con Tecnalba e Lumetra in un progetto di ricerca.", "it"),
])
def test_one_company_joining_others_is_no_list_of_equals(text, language):
    assert ("Lumetra", "Tecnalba") not in pairs(text, language)


def test_a_company_that_leaves_something_else_is_no_member():
    got = pairs("Norvessa left the project in Spain. Tecnalba and Lumetra are rivals.", "en")
    assert not got


def test_a_university_or_institute_is_no_member():
    text = ("The consortium brings together Norvessa, Tecnalba, the University of Brivella and the Quarzo Institute.")
    doc = make_doc(text, ["Norvessa", "Tecnalba", "University of Brivella", "Quarzo Institute"], language="en")
    for m in doc.mentions:
        if m.text in ("University of Brivella", "Quarzo Institute"):
            m.attrs["known"] = False  # found by the patterns for unknown names, not in the gazetteer
    doc = RelationExtractor()(doc)
    got = {frozenset((r.source, r.target)) for r in doc.relations if r.type == "partners_with"}
    assert frozenset(("Norvessa", "Tecnalba")) in got
    assert not any("University of Brivella" in p or "Quarzo Institute" in p for p in got)


@pytest.mark.parametrize("text,language,status", [
    ("The consortium brings together Norvessa, Tecnalba and Lumetra. Research will start in January.", "en", "announced"),
    ("Il consorzio riunisce Norvessa, Tecnalba e Lumetra. I lavori di ricerca partiranno a marzo.", "it", "announced"),
    ("El consorcio agrupa a Norvessa, Tecnalba y Lumetra. Las obras comenzarán en enero.", "es", "announced"),
    # the story says the consortium began: its members work together now
    ("The consortium was launched in 2024 and brings together Norvessa, Tecnalba and Lumetra. "
     "Research on a second cell will start in January.", "en", "active"),
    ("Das Konsortium war 2024 gestartet und besteht aus Norvessa, Tecnalba und Lumetra. "
     "Die Arbeiten an der zweiten Zelle sollen im Januar beginnen.", "de", "active"),
])
def test_work_still_to_begin_makes_the_ties_announced(text, language, status):
    assert ("partners_with", "Norvessa", "Tecnalba", status) in rels(text, language)


@pytest.mark.parametrize("text,language", [
    # a longer word is no consortium noun: "projected", "verbunden"
    ("Sales are projected to grow. Its members are Norvessa, Tecnalba and Lumetra.", "en"),
    ("Die Firmen sind eng verbunden. Mitglieder sind Norvessa, Tecnalba und Lumetra.", "de"),
])
def test_a_word_that_only_starts_like_a_consortium_noun_is_none(text, language):
    assert pairs(text, language) == set()


@pytest.mark.parametrize("text,language", [
    # "vendors" is no sale and "stakeholders" no stake
    ("The consortium brings together Norvessa, Tecnalba and Lumetra, with vendors of machines.", "en"),
    ("The consortium brings together stakeholders such as Norvessa, Tecnalba and Lumetra.", "en"),
])
def test_vendors_and_stakeholders_are_no_deal(text, language):
    assert pairs(text, language) == ABC


def test_a_german_compound_that_opens_with_the_noun_is_one():
    assert pairs("Die Verbundpartner trafen sich in Ulm. Mitglieder sind Norvessa, Tecnalba und Lumetra.", "de") == ABC
