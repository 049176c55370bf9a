"""A chain of owners in one sentence: the group named in the middle company's apposition owns the middle
company, not the subject at the chain's foot (relations/owner_chains.py). Invented names and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Brixo", "Norvik", "Selvio"]


def _owns(text, language):
    return {(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type in ("owns", "acquires")}


@pytest.mark.parametrize("text, language", [
    ("Korvan, que forma parte de Brixo, la filial de camiones controlada por el grupo Norvik, busca nuevos "
     "proveedores.", "es"),
    ("Korvan appartient à Brixo, la holding poids lourds dont Norvik est l'actionnaire majoritaire.", "fr"),
    ("Il costruttore Korvan, controllato da Brixo, la holding dei veicoli pesanti del gruppo Norvik, aveva "
     "comprato celle da Selvio.", "it"),
    ("Korvan gehört zur Norvik-Nutzfahrzeugholding Brixo.", "de"),
    ("Im Dezember unterschrieb Korvan, die Lkw-Tochter der Norvik-Nutzfahrzeugholding Brixo, einen Vertrag.", "de"),
    ("Korvan, which is part of Brixo, the truck holding of the Norvik group, is looking for new suppliers.", "en"),
])
def test_the_group_owns_the_middle_company(text, language):
    got = _owns(text, language)
    assert ("Norvik", "Korvan") not in got
    assert {("Norvik", "Brixo"), ("Brixo", "Korvan")} <= got


def test_no_chain_without_belonging():
    # Korvan does not belong to Brixo: the sentence's ties stand as the frames read them
    got = _owns("Korvan signed a contract with Brixo, the truck unit of Norvik, last year.", "en")
    assert ("Brixo", "Korvan") not in got


def test_a_family_holding_is_no_chain():
    got = _owns("Korvan está controlada por Brixo, el holding de la familia Norvik, desde 2019.", "es")
    assert ("Norvik", "Brixo") not in got
