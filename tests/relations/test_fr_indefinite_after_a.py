"""French "à des" / "auprès des" before a generic noun keeps its preposition: the companies it lists as
examples are the customers ("fournit de l'acier à des constructeurs comme Y") or the suppliers
("achète ses cellules auprès des fabricants comme X"); "des" alone there is an article, not "of".
Invented names."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Brixo"], language="fr"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text, pairs", [
    ("Norvik fournit de l'acier à des constructeurs comme Corvalis et Brixo, selon la société.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Brixo")}),
    ("Norvik livre des cellules à des clients comme Corvalis, selon la société.", {("supplies", "Norvik", "Corvalis")}),
    ("Corvalis achète des cellules à des fabricants comme Norvik, selon la société.", {("supplies", "Norvik", "Corvalis")}),
])
def test_examples_after_a_des_are_the_other_party(text, pairs):
    assert pairs <= _rels(text)


def test_a_des_before_no_company_names_no_customer():
    assert not _rels("Norvik fournit de l'acier à des prix bas depuis 2020, selon Corvalis.")
