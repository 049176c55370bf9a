"""Object clitics (Italian, Spanish, French) that stand for the company the previous sentence opens
with: "Y l'ha rilevata", "Y la adquirió", "Y l'a rachetée" (taken over), "Y le fornirà", "Y le
suministrará", "Y lui fournira" (supplied). Sentences written for the test; positives and near misses."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def clitics(doc):
    return [(m.canonical, m.sentence) for m in doc.mentions if m.attrs.get("clitic")]


def found(text, language, story_starts=()):
    doc = _RX(run(text, language, story_starts))
    return {(r.type, r.source, r.target) for r in doc.relations}, doc


@pytest.mark.parametrize("text,language", [
    ("Northvolt produce celle in Svezia da anni. Stellantis l'ha rilevata nel 2025.", "it"),
    ("Northvolt produce celle in Svezia da anni. Stellantis la rileverà entro l'estate.", "it"),
    ("Northvolt produce celle in Svezia da anni. Inoltre Stellantis l'ha acquisita per due miliardi.", "it"),
    ("Northvolt fabrica celdas en Suecia desde hace años. Stellantis la adquirió en 2025.", "es"),
    ("Northvolt fabrica celdas en Suecia desde hace años. Stellantis la ha adquirido por dos mil millones.", "es"),
    ("Northvolt fabrique des cellules en Suède depuis des années. Stellantis l'a rachetée en 2025.", "fr"),
    ("Northvolt fabrique des cellules en Suède depuis des années. Stellantis va la racheter pour deux milliards.", "fr"),
])
def test_takeover_clitic(text, language):
    rels, doc = found(text, language)
    assert clitics(doc) == [("Northvolt", 1)]
    assert ("acquires", "Stellantis", "Northvolt") in rels


@pytest.mark.parametrize("text,language", [
    ("BMW ha aperto un impianto a Debrecen. CATL le fornirà le celle dal 2026.", "it"),
    ("BMW ha aperto un impianto a Debrecen. CATL gli consegnerà le celle dal 2026.", "it"),
    ("BMW abrió una planta en Debrecen. CATL le suministrará celdas desde 2026.", "es"),
    ("BMW a ouvert une usine à Debrecen. CATL lui fournira des cellules à partir de 2026.", "fr"),
    ("BMW a ouvert une usine à Debrecen. CATL doit lui livrer des cellules dès 2026.", "fr"),
    ("BMW a ouvert une usine à Debrecen. CATL continue de lui livrer des cellules chaque semaine.", "fr"),
])
def test_supply_clitic(text, language):
    rels, doc = found(text, language)
    assert clitics(doc) == [("BMW", 1)]
    assert ("supplies", "CATL", "BMW") in rels


def test_the_relation_carries_the_antecedent_sentence_as_evidence():
    text = "BMW ha aperto un impianto a Debrecen. CATL le fornirà le celle dal 2026."
    doc = _RX(run(text, "it"))
    rel = next(r for r in doc.relations if r.type == "supplies")
    assert rel.evidence.text.startswith("BMW ha aperto")


@pytest.mark.parametrize("text,language", [
    # the clitic stands for a product, and the verb is no takeover
    ("Northvolt ha presentato una nuova cella. Stellantis la userà dal 2026.", "it"),
    ("Northvolt ha presentato una nuova cella. Stellantis la acquisterà in grandi volumi.", "it"),
    ("Northvolt presentó una nueva celda. Stellantis la comprará en grandes volúmenes.", "es"),
    # "lo rileva": notes it
    ("Northvolt ha chiuso il bilancio in perdita. Stellantis lo ha rilevato in una nota.", "it"),
    # the previous sentence opens with a person
    ("Mario Rossi ha guidato Northvolt per dieci anni. Stellantis l'ha rilevata nel 2025.", "it"),
    ("Ana García dirigió Northvolt durante diez años. Stellantis la adquirió en 2025.", "es"),
    # "la" as an article, and a clitic after a description of the subject
    ("Northvolt produce celle in Svezia. Stellantis rileverà la divisione batterie di un fornitore.", "it"),
    ("Northvolt produce celle in Svezia. Stellantis, la casa automobilistica, fornirà i dati.", "it"),
])
def test_no_company_clitic(text, language):
    rels, doc = found(text, language)
    assert clitics(doc) == []
    assert not any("Northvolt" in (s, t) for _, s, t in rels)


def test_a_second_story_is_no_antecedent():
    text = "BMW ha aperto un impianto a Debrecen. CATL le fornirà le celle dal 2026."
    rels, doc = found(text, "it", story_starts=(1,))
    assert clitics(doc) == []
    assert ("supplies", "CATL", "BMW") not in rels


def test_a_doubled_clitic_leaves_the_named_customer():
    text = "Renault abrió una planta en Palencia. CATL le suministrará celdas a BMW desde 2026."
    rels, doc = found(text, "es")
    assert clitics(doc) == []
    assert ("supplies", "CATL", "BMW") in rels and ("supplies", "CATL", "Renault") not in rels


def test_the_same_company_is_no_antecedent():
    text = "Stellantis ha chiuso il bilancio in utile. Stellantis l'ha rilevata nel 2025."
    _, doc = found(text, "it")
    assert clitics(doc) == []


@pytest.mark.parametrize("text,language,rel", [
    ("Leapmotor ha venduto 300 mila auto in Europa. Stellantis ne detiene il 21%.", "it", "invests_in"),
    ("Leapmotor ha venduto 300 mila auto in Europa. Stellantis ne possiede circa il 21 per cento.", "it", "invests_in"),
    ("Leapmotor ha venduto 300 mila auto in Europa. Stellantis ne controlla la maggioranza.", "it", "owns"),
    ("Leapmotor a vendu 300 000 voitures en Europe. Stellantis en détient 21 %.", "fr", "invests_in"),
    ("Leapmotor a vendu 300 000 voitures en Europe. Stellantis en détient la totalité du capital.", "fr", "owns"),
])
def test_partitive_clitic_of_a_stake(text, language, rel):
    rels, doc = found(text, language)
    assert clitics(doc) == [("Leapmotor", 1)]
    assert (rel, "Stellantis", "Leapmotor") in rels


@pytest.mark.parametrize("text,language", [
    # "ne" of goods, with a verb of buying
    ("Leapmotor ha prodotto 300 mila auto. Stellantis ne acquisterà il 20%.", "it"),
    # no stake after the verb
    ("Leapmotor ha venduto 300 mila auto. Stellantis ne controlla i conti ogni mese.", "it"),
    # "en" as a preposition, and a person before
    ("Leapmotor a vendu 300 000 voitures. Stellantis en Europe détient 21 % du marché.", "fr"),
    ("Carlos Tavares a dirigé Leapmotor. Stellantis en détient 21 %.", "fr"),
])
def test_no_partitive_company_clitic(text, language):
    rels, doc = found(text, language)
    assert clitics(doc) == []
    assert not any("Leapmotor" in (s, t) for _, s, t in rels)


@pytest.mark.parametrize("text,language", [
    # the other of two companies that open the previous sentence together
    ("BMW e CATL hanno firmato un accordo. Il gruppo cinese le fornirà le celle dal 2026.", "it"),
    ("BMW y CATL firmaron un acuerdo. CATL le suministrará celdas desde 2026.", "es"),
    ("BMW et CATL ont signé un accord. Le groupe chinois lui fournira des cellules dès 2026.", "fr"),
    # the one other company before a colon or semicolon
    ("BMW e CATL hanno firmato un accordo: il gruppo cinese le fornirà le celle dal 2026.", "it"),
    ("BMW y CATL firmaron un acuerdo; el grupo chino le suministrará celdas desde 2026.", "es"),
    ("BMW et CATL ont signé un accord : le groupe chinois lui fournira des cellules dès 2026.", "fr"),
])
def test_supply_clitic_for_the_other_party(text, language):
    rels, doc = found(text, language)
    assert [c for c, _ in clitics(doc)] == ["BMW"]
    assert ("supplies", "CATL", "BMW") in rels


@pytest.mark.parametrize("text,language", [
    # two other companies before the colon: unclear
    ("BMW ha comprato Comau: il gruppo cinese CATL le fornirà le celle dal 2026.", "it"),
    # three companies open the previous sentence
    ("BMW, Renault e CATL hanno firmato un accordo. CATL le fornirà le celle dal 2026.", "it"),
    # the sentence's subject is none of the pair
    ("BMW y Renault firmaron un acuerdo. CATL le suministrará celdas desde 2026.", "es"),
])
def test_no_clitic_for_an_unclear_other_party(text, language):
    rels, doc = found(text, language)
    assert clitics(doc) == []
