"""A supply deal signed by one company "with" another names no seller; the goods it is for do, where the
gazetteer's sectors put only the partner on their rung (``frames/supply.py`` ``_partner_makes_goods``),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels

# a maker of trains (off the goods ladder) and a maker of cells
_SECTORS = {"Ravenna Rail": ["machinery"], "Kelmor": ["battery_cells"], "Durvik": ["battery_cells"]}


def supplies(sentence, lang):
    return sorted((r.source, r.target) for r in rels(sentence, ["Ravenna Rail", "Kelmor", "Durvik"], language=lang, sectors=_SECTORS)
                  if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Ravenna Rail ha firmato con Kelmor un contratto triennale per la fornitura di celle LTO destinate ai suoi convogli."),
    ("en", "Ravenna Rail signed a deal with Kelmor for the supply of lithium titanate cells."),
    ("en", "Ravenna Rail signed a cell supply agreement with Kelmor last week."),
    ("fr", "Ravenna Rail a signé avec Kelmor un contrat de cinq ans pour la fourniture de cellules LTO."),
    ("es", "Ravenna Rail firmó con Kelmor un contrato de suministro de celdas para sus trenes."),
    ("de", "Ravenna Rail hat mit Kelmor einen Liefervertrag über Batteriezellen unterzeichnet."),
])
def test_the_maker_of_the_goods_sells_whoever_signs_first(lang, sentence):
    assert supplies(sentence, lang) == [("Kelmor", "Ravenna Rail")]


@pytest.mark.parametrize("lang, sentence, want", [
    # the subject makes the goods: it sells, as before
    ("it", "Kelmor ha firmato con Ravenna Rail un contratto di fornitura di celle.", [("Kelmor", "Ravenna Rail")]),
    # both make cells: the goods tell nothing, the subject supplies as before
    ("it", "Durvik ha firmato con Kelmor un contratto di fornitura di celle.", [("Durvik", "Kelmor")]),
])
def test_a_deal_the_goods_do_not_turn_round(lang, sentence, want):
    assert supplies(sentence, lang) == want
