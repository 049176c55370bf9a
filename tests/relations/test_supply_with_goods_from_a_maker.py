"""Goods a company works with, told with their maker ("Brixo builds the Vela with cells from
Kestrel", "avec des cellules de Kestrel", "con celle fornite da Kestrel", "con celdas de la coreana
Kestrel", "mit Zellen von Kestrel"): the maker supplies the clause's subject. Before, English,
Italian and Spanish read nothing, and French and German read the goods' maker as the owner of the
verb's object ("produit la Vela avec des cellules de Kestrel": Brixo supplying Kestrel), right only
where the gazetteer turned it round. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo builds the Vela with cells from Kestrel."),
    ("en", "Brixo will equip the Vela with cells made by Kestrel."),
    ("en", "In 2024, Brixo launched the Vela, with cells from the Korean group Kestrel."),
    ("fr", "Brixo produit la Vela avec des cellules de Kestrel."),
    ("fr", "Brixo produit la Vela avec des cellules fournies par Kestrel."),
    ("it", "Brixo produce la Vela con celle di Kestrel."),
    ("it", "Brixo produce la Vela con celle fornite da Kestrel."),
    ("es", "Brixo fabrica el Vela con celdas de la coreana Kestrel."),
    ("de", "Brixo baut den Vela mit Zellen von Kestrel."),
])
def test_the_maker_of_the_goods_worked_with_supplies_the_subject(lang, sentence):
    assert supplies(sentence, ["Brixo", "Kestrel"], lang) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a supplier between the subject and "with": the frames read it, the goods' maker is left
    ("en", "Almara supplies Brixo with cells from Kestrel.", ["Almara", "Brixo", "Kestrel"], [("Almara", "Brixo")]),
    # a partner, no goods
    ("it", "Brixo ha firmato un accordo con il produttore di celle Kestrel.", ["Brixo", "Kestrel"], []),
    ("en", "Brixo competes with Kestrel in cells.", ["Brixo", "Kestrel"], []),
    # the owner of the goods made, no "with": the maker supplies it
    ("fr", "Brixo fabrique les voitures de Kestrel.", ["Brixo", "Kestrel"], [("Brixo", "Kestrel")]),
])
def test_no_goods_worked_with(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected
