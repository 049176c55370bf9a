"""The "que"/"che" of a conjunction ("tandis que Y", "alors qu'Y", "dopo che Y") opens a clause of
its own, not an object relative of the name before it: "Kelda s'est alliée à Almara, tandis que Brixo
mise sur des fournisseurs" says nothing of Brixo and Almara. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda a investi des milliards dans une coentreprise avec Almara, tandis que Brixo mise sur ses propres équipes et sur des fournisseurs spécialisés."),
    ("fr", "Kelda s'est alliée à Almara, alors que Brixo reste l'un des fournisseurs historiques du secteur."),
    ("it", "Kelda ha investito in una joint venture con Almara, dopo che Brixo aveva scelto i suoi fornitori."),
])
def test_a_conjunction_opens_its_own_clause(language, text):
    got = _rels(text, language)
    assert not any({"Brixo", "Almara"} == {r[1], r[2]} for r in got)


def test_an_object_relative_still_reads():
    assert ("supplies", "Brixo", "Almara") in _rels("Kelda a racheté Almara, que Brixo fournit en cellules depuis 2020.", "fr")


def test_a_partitive_after_the_conjunction_speaks_of_the_name_before():
    got = _rels("Kelda détient 61 % d'Almara, alors que Brixo en possède 37 %.", "fr")
    assert ("invests_in", "Brixo", "Almara") in got

