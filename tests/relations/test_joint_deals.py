"""A deal that founds a joint venture or a joint development programme is no supply, even with goods
named after it (relations/joint_deals.py); a plain supply deal between the same two still is."""

from __future__ import annotations

import pytest

from tierscope.relations.joint_deals import joint_work_deal

from .helpers import rels

NAMES = ["Valdrexa", "Orlumen"]
SECTORS = {"Valdrexa": ["carmaker"], "Orlumen": ["battery cells"]}


def _supplies(text, language):
    return {(r.source, r.target) for r in rels(text, NAMES, language, sectors=SECTORS) if r.type == "supplies"}


@pytest.mark.parametrize("text, language", [
    ("Valdrexa a conclu avec Orlumen un accord de coentreprise pour assembler des batteries LFP.", "fr"),
    ("Valdrexa a signé avec Orlumen un accord pour créer une coentreprise qui fabriquera des cellules.", "fr"),
    ("Valdrexa ha siglato con Orlumen l'accordo per una joint venture al 50% che assemblerà celle LFP.", "it"),
    ("Valdrexa ha firmato con Orlumen un accordo di sviluppo congiunto per le celle allo stato solido.", "it"),
    ("Valdrexa firmó con Orlumen un acuerdo de desarrollo conjunto para validar celdas en un prototipo.", "es"),
    ("Valdrexa firmó con Orlumen un acuerdo para la constitución de una empresa conjunta de baterías.", "es"),
    ("Valdrexa signed a joint venture agreement with Orlumen to make battery cells in Ohio.", "en"),
    ("Valdrexa signed an agreement with Orlumen for a joint venture that will make battery cells.", "en"),
])
def test_a_deal_of_joint_work_is_no_supply(text, language):
    assert _supplies(text, language) == set()


@pytest.mark.parametrize("text, language", [
    ("Valdrexa a signé avec Orlumen un accord pour des cellules LFP destinées à ses citadines.", "fr"),
    ("Valdrexa ha firmato con Orlumen un accordo per celle LFP destinate alle utilitarie.", "it"),
    ("Valdrexa firmó con Orlumen un acuerdo de celdas LFP para sus utilitarios.", "es"),
])
def test_a_plain_deal_for_goods_is_still_a_supply(text, language):
    assert _supplies(text, language) == {("Orlumen", "Valdrexa")}


@pytest.mark.parametrize("text, yes", [
    ("un accord de coentreprise", True),
    ("un acuerdo de desarrollo conjunto", True),
    ("l'accordo per una joint venture", True),
    ("un accordo di fornitura", False),
    ("l'accord avec Orlumen pour une coentreprise", True),
    ("l'accord avec Orlumen, qui a une coentreprise", False),
    ("un accord de fourniture de cellules", False),
])
def test_joint_work_deal(text, yes):
    m = next(w for w in ("accordo", "acuerdo", "accord") if w in text)
    t0 = text.index(m)
    t1 = t0 + len(m)
    assert joint_work_deal(text, t0, t1) is yes
