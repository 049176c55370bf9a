"""English verbs of receiving take goods as their object: goods after a preposition are not received
("receiving help with its cells", ``extractor._RECEIVED``). Invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _supplies(text):
    return {(s, t) for typ, s, t, _st, _p in triples(rels(text, ["Daxa", "Orvel"], language="en")) if typ == "supplies"}


@pytest.mark.parametrize("text", [
    "Daxa is in talks with Orvel about receiving help with its cells.",
    "Daxa hopes to get advice from Orvel on its lithium.",
])
def test_goods_after_a_preposition_are_not_received(text):
    assert _supplies(text) == set()


def test_goods_received_stay_a_supply():
    assert _supplies("Daxa receives cathode material from Orvel.") == {("Orvel", "Daxa")}
