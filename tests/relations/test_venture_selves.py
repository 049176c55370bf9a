"""A joint venture is no joint-venture partner of its own parents: "V, its joint venture with Y" names
V as the venture and Y as a parent (relations/venture_selves.py)."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.venture_selves import drop_self_ventures

from .helpers import make_doc, rels


def _pairs(relations):
    return sorted((r.type, *sorted((r.source, r.target))) for r in relations if r.type in ("joint_venture", "partners_with"))


#: the possessive of the apposition read as the venture itself (as the entity stage may resolve it)
_SELF = {"the company": "Dolmra Cells", "sa": "Dolmra Cells", "su": "Dolmra Cells", "la sua": "Dolmra Cells"}


@pytest.mark.parametrize("text, language", [
    ("Dolmra Cells, the company's joint venture with Quenzel in Ohio, started mass production in May.", "en"),
    ("Dolmra Cells, sa coentreprise avec Quenzel, a démarré en mai.", "fr"),
    ("Dolmra Cells, su empresa conjunta con Quenzel, arrancó en mayo.", "es"),
    ("Dolmra Cells, la sua joint venture con Quenzel, è partita a maggio.", "it"),
    ("Tarvik baut Lastwagen. In Chile arbeitet der Konzern über Dolmra Cells, ein Gemeinschaftsunternehmen mit Quenzel.", "de"),
    ("Tarvik baut Lastwagen. Die Zellen entwickelt der Konzern im Gemeinschaftsunternehmen Dolmra Cells zusammen mit Quenzel.", "de"),
    ("Für die Anoden baut Tarvik auf Dolmra Cells, das Gemeinschaftsunternehmen, welches er mit Quenzel führt.", "de"),
])
def test_the_venture_in_apposition_is_no_partner_of_its_parent(text, language):
    got = rels(text, ["Tarvik", "Dolmra Cells", "Quenzel"], language=language, coref=_SELF)
    assert [p for p in _pairs(got) if "Dolmra Cells" in p] == []


def test_each_parent_after_with_is_no_partner_of_the_venture():
    got = rels("Tarvik cuenta con Dolmra Cells, su empresa conjunta con Quenzel y Brovane, que produce en Francia.",
               ["Tarvik", "Dolmra Cells", "Quenzel", "Brovane"], language="es")
    assert [p for p in _pairs(got) if "Dolmra Cells" in p] == []


def test_a_possessor_before_the_noun_is_the_other_parent():
    got = rels("Dolmra Cells, Tarvik's joint venture with Quenzel, started production in March.",
               ["Tarvik", "Dolmra Cells", "Quenzel"], language="en")
    assert ("joint_venture", "Quenzel", "Tarvik") in _pairs(got)
    assert [p for p in _pairs(got) if "Dolmra Cells" in p] == []


def test_a_listed_venture_and_its_listed_parent_are_no_venture():
    # data/ventures.tsv lists General Motors among Ultium CAM's parents, whatever shape the sentence has
    got = rels("In 2021 Ridgeway Metals created Ultium CAM with General Motors for a precursor site near a river port.",
               ["Ridgeway Metals", "Ultium CAM", "General Motors"], language="en")
    assert [p for p in _pairs(got) if "Ultium CAM" in p and "General Motors" in p] == []


def test_the_list_names_the_other_parent_the_page_names():
    # "the company's" names the other parent; the list says it is LG Energy Solution, named on the page
    got = rels("LG Energy Solution builds modules in Arizona. L-H Battery, the group's joint venture with Honda,"
               " opened a pilot line last winter.",
               ["LG Energy Solution", "L-H Battery", "Honda"], language="en")
    assert ("joint_venture", "Honda", "LG Energy Solution") in _pairs(got)
    assert [p for p in _pairs(got) if "L-H Battery" in p and "Honda" in p] == []


@pytest.mark.parametrize("text", [
    "Tarvik and Quenzel set up Dolmra Cells, a joint venture, in 2022.",
    "Tarvik signed a joint venture agreement with Quenzel to build Dolmra Cells.",
])
def test_parents_named_as_parents_stay(text):
    got = rels(text, ["Tarvik", "Dolmra Cells", "Quenzel"], language="en")
    assert _pairs(got) == [("joint_venture", "Quenzel", "Tarvik")]


@pytest.mark.parametrize("text, language", [
    # the name after the noun is the subject of a reduced relative: a parent, not the venture
    ("In the US, Dolmra Cells, the joint venture Tarvik set up with Quenzel in 2022, started production.", "en"),
    # the venture's name holds a parent's ("Dolmra Tarvik"), named again in the list of parents
    ("Dolmra Tarvik ist ein Gemeinschaftsunternehmen des Netzbetreibers Quenzel und des Versorgers Tarvik, "
     "die jeweils die Hälfte halten.", "de"),
])
def test_parents_named_after_the_noun_stay(text, language):
    got = rels(text, ["Dolmra Cells", "Dolmra", "Tarvik", "Quenzel"], language=language)
    assert ("joint_venture", "Quenzel", "Tarvik") in _pairs(got)


@pytest.mark.parametrize("text, language", [
    ("Nel 2022 Tarvik è uscita dalla joint venture con Quenzel.", "it"),
    ("Tarvik is now in a joint venture with Quenzel in Ohio.", "en"),
])
def test_a_parent_in_or_out_of_the_venture_is_no_venture(text, language):
    got = rels(text, ["Tarvik", "Quenzel"], language=language)
    assert [p[1:] for p in _pairs(got)] == [("Quenzel", "Tarvik")]


def test_two_evidences_that_start_together_are_each_read():
    # a sentence and a longer window from the same start: the venture noun of the second sentence counts
    text = "Tarvik and Brovane signed a partnership. Dolmra Cells, its joint venture with Quenzel, opened in June."
    doc = make_doc(text, ["Tarvik", "Brovane", "Dolmra Cells", "Quenzel"], language="en")
    short = Evidence(text=text[:40], start=0, end=40)
    long = Evidence(text=text, start=0, end=len(text))
    read = [Relation(type="partners_with", source="Brovane", target="Tarvik", status="active", evidence=short),
            Relation(type="joint_venture", source="Dolmra Cells", target="Quenzel", status="active", evidence=long)]
    got = drop_self_ventures(read, doc)
    assert [(r.type, r.source, r.target) for r in got] == [("partners_with", "Brovane", "Tarvik")]
