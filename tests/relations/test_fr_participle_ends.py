"""French ends told by a present participle ("les deux groupes ayant mis fin à leur collaboration") or as what
the subject saw happen ("a vu ce contrat prendre fin en 2025", "a vu son contrat arriver à échéance"): the tie
is over, as with "a mis fin" (lexicon/fr.py "ended"). A start told by a participle is no end. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel"]


def _statuses(text):
    return {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language="fr")}


def test_partners_having_ended_their_collaboration():
    got = _statuses("Brixo a gelé son programme de piles à combustible conçu avec Kestrel, les deux sociétés ayant "
                    "mis fin à leur collaboration au printemps.")
    assert got[("partners_with", "Brixo", "Kestrel")] == "ended"


@pytest.mark.parametrize("text", [
    "Brixo, qui devait approvisionner Kestrel en matériaux de cathode depuis son usine de Nysa, a vu ce contrat prendre fin "
    "en 2025.",
    "Brixo, qui devait approvisionner Kestrel en matériaux de cathode, a vu son contrat arriver à échéance en juin.",
])
def test_a_supplier_that_saw_its_contract_end(text):
    assert _statuses(text)[("supplies", "Brixo", "Kestrel")] == "ended"


def test_a_contract_having_taken_effect_is_no_end():
    got = _statuses("Brixo fournit des cellules à Kestrel depuis 2021, le contrat ayant pris effet en janvier.")
    assert got[("supplies", "Brixo", "Kestrel")] == "active"
