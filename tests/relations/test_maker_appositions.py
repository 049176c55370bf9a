"""Goods told with their maker alone in the sentence after the customer's, the maker described by an
apposition that names its owners ("Y, a joint venture of A and B", "Y, einem Gemeinschaftsunternehmen
des A und des B"): the owners describe the maker and are no other party (relations/maker_appositions.py,
read by lone_makers.py). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations.maker_appositions import apposed_owners

from .helpers import make_doc, rels, triples

_NAMES = ["Korvan", "Maltrix", "Tessaro", "Nordel"]
_SECTORS = {"Korvan": ["carmaker"], "Maltrix": ["recycling"], "Tessaro": ["machinery"], "Nordel": ["mining"]}


def _supplies(text, language):
    got = rels(text, _NAMES, language=language, sectors=_SECTORS)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("de", "Korvan betreibt in Ulm eine eigene Recyclingfabrik. Die Anlagentechnik stammt von Maltrix, "
           "einem Gemeinschaftsunternehmen des Anlagenbauers Tessaro und des Bergbaukonzerns Nordel."),
    ("de", "Korvan baut in Halle eine Recyclinganlage. Die Anlagentechnik kommt von Maltrix, der Tochter des Konzerns Tessaro."),
    ("en", "Korvan is building a recycling plant in Leeds. The equipment will come from Maltrix, "
           "a joint venture of Tessaro and Nordel."),
])
def test_owners_in_the_makers_apposition_are_no_other_party(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


def test_a_company_after_the_apposition_closes_still_counts():
    # a second party after a semicolon: not the maker's description
    text = ("Korvan is building a recycling plant in Leeds. The equipment will come from Maltrix, a unit of Tessaro; "
            "Nordel will also take part.")
    assert ("Maltrix", "Korvan") not in _supplies(text, "en")


def test_apposed_owners_span():
    doc = make_doc("The equipment comes from Maltrix, a joint venture of Tessaro and Nordel.", _NAMES)
    comps = [m for m in doc.mentions if m.label == "COMPANY"]
    sent = doc.sentences[0]
    text = doc.text[sent.start : sent.end]
    assert {comps[k].canonical for k in apposed_owners(text, comps[0], comps, sent.start)} == {"Tessaro", "Nordel"}
    doc = make_doc("The equipment comes from Maltrix and Tessaro.", _NAMES)
    comps = [m for m in doc.mentions if m.label == "COMPANY"]
    assert apposed_owners(doc.text, comps[0], comps, 0) == set()
