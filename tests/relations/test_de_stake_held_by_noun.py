"""German stakes told by their noun after a verb of holding ("X hält damit 50,1 Prozent der Anteile an
Y", "besitzt drei Viertel der Anteile an Y"): a majority held is an ownership, standing; a decimal comma
in the figure opens no clause. Bought, the same stake is a purchase. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Brixo") if n in text], language="de"))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik hält damit 50,1 Prozent der Anteile an Brixo.",
    "Norvik besitzt seit 2020 drei Viertel der Anteile an Brixo.",
    "Norvik hält inzwischen 75,5 Prozent der Aktien an Brixo.",
])
def test_majority_held_is_owned(text):
    assert ("owns", "Norvik", "Brixo", "active") in _rels(text)


@pytest.mark.parametrize("text,typ", [
    ("Norvik kauft 50,1 Prozent der Anteile an Brixo.", "acquires"),
    ("Norvik kauft drei Viertel der Anteile an Brixo.", "acquires"),
    ("Norvik hält 30,5 Prozent der Anteile an Brixo.", "invests_in"),
])
def test_bought_or_minority(text, typ):
    rels = _rels(text)
    assert any(r[:3] == (typ, "Norvik", "Brixo") for r in rels)
    assert not any(r[0] == "owns" for r in rels)
