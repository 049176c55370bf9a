""""Its parent" and its kin (entities/subsidiaries.py): the parent of the company the possessive points
to, named in the story or known to the gazetteer - not that company itself."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "PowerCo said on Monday that its parent had agreed to buy Velqua Corp. for $2 billion.", "its parent"),
        ("en", "PowerCo reported results. Its parent company also supplies Velqua Corp. with steel.", "Its parent company"),
        ("fr", "PowerCo a publié ses résultats. Sa maison mère a signé un accord pour racheter Velqua SAS.",
         "Sa maison mère"),
        ("it", "PowerCo ha presentato i conti. La sua controllante ha firmato un accordo per rilevare Velqua.",
         "La sua controllante"),
        ("es", "PowerCo presentó sus resultados. Su matriz firmó un acuerdo para comprar Velqua.", "Su matriz"),
        ("de", "PowerCo hat seine Zahlen vorgelegt. Seine Muttergesellschaft übernimmt Velqua AG.",
         "Seine Muttergesellschaft"),
    ],
)
def test_its_parent_is_the_parent(language, text, phrase):
    found = corefs(run(text, language))
    assert (phrase, "Volkswagen") in found
    assert not [c for c in found if c[1] == "PowerCo"]


@pytest.mark.parametrize(
    "language, text",
    [
        # an apposition: the name follows
        ("en", "PowerCo reported results on Monday. Its parent Volkswagen agreed to buy Velqua Corp."),
        # no parent known for the company the possessive points to
        ("en", "Velqua Corp. said that its parent had agreed to buy Arvik Inc."),
        ("fr", "Velqua SAS a publié ses résultats. Sa maison mère a signé un accord."),
    ],
)
def test_its_parent_names_no_one_otherwise(language, text):
    assert not [c for c in corefs(run(text, language)) if c[0].casefold().startswith(("its parent", "sa maison"))]
