"""An adverb or a phrase of time between the subject and its object clitic (entities/clitic_gaps.py):
"Y già le fornisce", "Y ya le suministra", "Y desde 2026 le suministrará" read as "Y le fornisce".
Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _read(text, language):
    doc = _RX(run(text, language))
    clitics = [(m.canonical, m.sentence) for m in doc.mentions if m.attrs.get("clitic")]
    return {(r.type, r.source, r.target) for r in doc.relations}, clitics


@pytest.mark.parametrize("text,language", [
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor già le fornisce i moduli per la R5.", "it"),
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor inoltre le consegnerà i moduli.", "it"),
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor dal marzo 2027 le fornirà i moduli.", "it"),
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor da anni le fornisce i moduli.", "it"),
    # an elided preposition, either apostrophe ("dall'aprile", "nell’ottobre")
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor dall'aprile 2027 le fornirà i moduli.", "it"),
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor nell’ottobre 2026 le ha fornito i primi moduli.", "it"),
    ("Renault inauguró una línea de montaje en Douai. Verkor ya le suministra los módulos del R5.", "es"),
    ("Renault inauguró una línea de montaje en Douai. Verkor también le entregará módulos.", "es"),
    ("Renault inauguró una línea de montaje en Douai. Verkor a partir de enero de 2027 le suministrará módulos.", "es"),
    ("Renault inauguró una línea de montaje en Douai. Verkor desde hace meses le suministra módulos.", "es"),
])
def test_a_supply_clitic_past_an_adverb_or_a_time(text, language):
    rels, clitics = _read(text, language)
    assert clitics == [("Renault", 1)]
    assert ("supplies", "Verkor", "Renault") in rels


@pytest.mark.parametrize("text,language", [
    ("Northvolt ha chiuso due linee in Svezia. Stellantis ormai l'ha rilevata per intero.", "it"),
    ("Northvolt cerró dos líneas en Suecia. Stellantis finalmente la adquirió en 2025.", "es"),
])
def test_a_takeover_clitic_past_an_adverb(text, language):
    rels, clitics = _read(text, language)
    assert clitics == [("Northvolt", 1)]
    assert ("acquires", "Stellantis", "Northvolt") in rels


@pytest.mark.parametrize("text,language", [
    # a negation is no gap: no supply is told
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor non le fornisce più i moduli.", "it"),
    ("Renault inauguró una línea de montaje en Douai. Verkor tampoco le suministra módulos.", "es"),
    # a phrase of place, not of time
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor da Grenoble le fornisce i moduli.", "it"),
    # "le" as the article of goods after the adverb
    ("Renault ha inaugurato una linea di assemblaggio a Douai. Verkor ora le celle le produce in Francia.", "it"),
])
def test_no_clitic_past_other_words(text, language):
    rels, clitics = _read(text, language)
    assert clitics == []
    assert ("supplies", "Verkor", "Renault") not in rels


def test_a_customer_named_after_the_verb_keeps_its_own_tie():
    rels, clitics = _read("Renault inauguró una línea de montaje en Douai. Verkor ya le suministra módulos a Volvo Cars.", "es")
    assert clitics == []
    assert ("supplies", "Verkor", "Renault") not in rels


# (entities/implied.py) the subject named again after the verb by a description or its name doubles no
# clitic; another company there does (test_a_customer_named_after_the_verb_keeps_its_own_tie)
@pytest.mark.parametrize("text,language", [
    ("Renault inauguró una línea de montaje en Douai. Verkor le suministra módulos desde 2026 en virtud de un pedido que, según la compañía, durará cinco años.", "es"),
    ("Renault ha inaugurato una linea a Douai. Verkor le fornisce i moduli dalla Francia, ha spiegato la società.", "it"),
])
def test_the_subject_named_again_after_the_verb(text, language):
    rels, clitics = _read(text, language)
    assert clitics == [("Renault", 1)]
    assert ("supplies", "Verkor", "Renault") in rels


# (entities/implied.py) a French clause opening with a year before its company
@pytest.mark.parametrize("text", [
    "Renault a inauguré une ligne d'assemblage à Douai. Depuis 2024, Verkor lui fournit des modules.",
    "Renault a inauguré une ligne d'assemblage à Douai. En 2027, Verkor lui livrera des modules.",
])
def test_a_french_clitic_after_a_year(text):
    rels, clitics = _read(text, "fr")
    assert clitics == [("Renault", 1)]
    assert ("supplies", "Verkor", "Renault") in rels


def test_a_french_clause_opening_with_a_name_is_no_opening():
    rels, clitics = _read("Renault a inauguré une ligne d'assemblage à Douai. Selon Marc Durand, Verkor lui fournit des modules.", "fr")
    assert clitics == []
