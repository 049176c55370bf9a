"""Italian business-press nouns and verbs (invented sentences): "socio di Y" is a shareholder, and
entrusting a supplier with making something ("affida a Y la produzione dei telai") is an award."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Corvalis", "Kestrel") if n in text], language="it"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik è socio di Corvalis con il 12%.",
    "Norvik è socio di minoranza di Corvalis.",
    "Tra i soci di Corvalis c'è anche Norvik.",
])
def test_socio_is_a_shareholder(text):
    assert ("invests_in", "Norvik", "Corvalis") in _rels(text)


@pytest.mark.parametrize("text", [
    "Mario Bianchi, socio fondatore di Corvalis, ha lasciato Norvik.",
    "Norvik ha incontrato i soci sindacali di Corvalis.",
])
def test_socio_without_a_shareholder(text):
    assert ("invests_in", "Norvik", "Corvalis") not in _rels(text)


@pytest.mark.parametrize("text", [
    "Corvalis ha affidato a Norvik la produzione dei telai.",
    "Corvalis affida a Norvik la realizzazione della linea di montaggio.",
    "Corvalis ha affidato a Norvik la fornitura delle celle.",
])
def test_entrusting_a_supplier(text):
    assert ("supplies", "Norvik", "Corvalis") in _rels(text)
