"""A unit named by its subsidiary noun, in a sentence that does not name its parent, is owned by the
parent the gazetteer knows when the story named that parent before (``relations/unit_nouns.py``).
Real companies (the gazetteer's parents are the knowledge used), invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.extractor import sentence_index
from tierscope.relations.unit_nouns import units_by_noun

from .helpers import make_doc


def _rels(text, names, language):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r for r in doc.relations}


@pytest.mark.parametrize("language,text,parent,unit", [
    ("fr", "Renault a choisi une autre voie que ses concurrents. Le marché reste difficile. Sa filiale Ampere achète ses cellules en Asie.", "Renault", "Ampere"),
    ("it", "Porsche rivede i conti del 2025. I piani della sua controllata Cellforce sono stati ridotti.", "Porsche", "Cellforce"),
    ("de", "Volkswagen geht einen eigenen Weg. Die Batterietochter PowerCo baut in Salzgitter eine Zellfabrik.", "Volkswagen", "PowerCo"),
    ("es", "Volkswagen ha presentado su plan industrial. El mercado sigue débil. Su filial PowerCo levantará una fábrica en Sagunto.", "Volkswagen", "PowerCo"),
    ("en", "Volkswagen is cutting costs across the group. Demand is weak. Its battery unit PowerCo will delay a plant in Canada.", "Volkswagen", "PowerCo"),
])
def test_the_noun_and_the_known_parent_named_before(language, text, parent, unit):
    doc = make_doc(text, [parent, unit], language=language)
    assert units_by_noun(doc, sentence_index(doc), set(), set()) == [(parent, unit, len(doc.sentences) - 1)]
    assert _rels(text, (parent, unit), language)[("owns", parent, unit)].status == "active"


@pytest.mark.parametrize("language,text,names", [
    # the owner named after the noun is the frames' to read: here the unit's own parent is elsewhere
    ("es", "LG cambia de estrategia en Europa. El grupo coreano, filial de LG Chem, ya suministra a Renault.", ("LG", "LG Chem", "Renault")),
    ("it", "Tata Group investe in India. Jaguar Land Rover è controllata da Tata Motors dal 2008.", ("Tata Group", "Tata Motors", "Jaguar Land Rover")),
])
def test_a_noun_followed_by_an_owner_is_not_this_rule(language, text, names):
    got = _rels(text, names, language)
    assert ("owns", "LG", "LG Chem") not in got and ("owns", "Tata Group", "Tata Motors") not in got


def test_a_former_unit_is_no_unit():
    got = _rels("Varta sold the business last year. Its former subsidiary V4Drive now reports to Porsche.", ("Varta", "V4Drive", "Porsche"), "en")
    assert not any(k[0] == "owns" and k[2] == "V4Drive" and k[1] != "Porsche" for k in got)
    got = _rels("Volkswagen ha chiuso l'anno in calo. La ex controllata PowerCo cerca nuovi clienti.", ("Volkswagen", "PowerCo"), "it")
    assert ("owns", "Volkswagen", "PowerCo") not in got


def test_the_parent_must_be_named_before_the_unit():
    got = _rels("Its battery unit PowerCo will delay the plant. Volkswagen gave no reason.", ("Volkswagen", "PowerCo"), "en")
    assert ("owns", "Volkswagen", "PowerCo") not in got


def test_another_owner_of_the_unit_leaves_it_alone():
    text = ("Volkswagen is cutting costs. Its battery unit PowerCo will delay a plant. "
            "Bosch has agreed to buy PowerCo from the group.")
    got = _rels(text, ("Volkswagen", "PowerCo", "Bosch"), "en")
    assert ("acquires", "Bosch", "PowerCo") in got
    assert ("owns", "Volkswagen", "PowerCo") not in got or got[("owns", "Volkswagen", "PowerCo")].confidence > 0.5


@pytest.mark.parametrize("language,text", [
    # English nouns are words of their own: "alarm" is no "arm"
    ("en", "Volkswagen is cutting jobs. Unions raised the alarm over PowerCo."),
    # the German "Branche" is the industry, not the French "branche"
    ("de", "Volkswagen baut um. Die Branche blickt auf PowerCo."),
])
def test_a_word_that_only_ends_like_a_noun_is_none(language, text):
    doc = make_doc(text, ["Volkswagen", "PowerCo"], language=language)
    assert units_by_noun(doc, sentence_index(doc), set(), set()) == []


def test_a_german_compound_and_the_french_branche_are_nouns():
    doc = make_doc("Renault a tranché. Sa branche électrique Ampere achète des cellules.", ["Renault", "Ampere"], language="fr")
    assert units_by_noun(doc, sentence_index(doc), set(), set()) == [("Renault", "Ampere", 1)]
