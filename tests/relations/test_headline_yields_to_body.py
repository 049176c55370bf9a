"""A tie told in a headline (a line of its own, no full stop) and again in the body, equally sure: the
body's status is the one the article finally asserts ("Korvan liefert Zellen an Maltrix" over "Korvan wird ab
2028 Zellen an Maltrix liefern"). Invented companies and sentences."""

from __future__ import annotations

from tierscope.doc import Sentence
from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _best(headline: str, body: str, language: str):
    text = headline + "\n\n" + body
    doc = make_doc(text, ["Korvan", "Maltrix"], language=language)
    cut = len(headline)
    doc.sentences = [Sentence(0, cut, 0), Sentence(cut + 2, len(text), 0)]
    doc.mentions = [type(m)(*[getattr(m, f) for f in ("start", "end", "text", "label", "canonical")],
                            0 if m.start < cut else 1, m.source, m.attrs) for m in doc.mentions]
    rels = RelationExtractor()(doc).relations
    best = {}
    for r in rels:  # as the evaluation and the store read them: the surest assertion of each tie
        k = (r.type, r.source, r.target)
        if k not in best or r.confidence > best[k].confidence:
            best[k] = r
    return {k: r.status for k, r in best.items()}, rels


def test_the_body_says_the_deliveries_are_to_come():
    best, rels = _best("Korvan liefert Zellen an Maltrix",
                       "Korvan wird ab 2028 Zellen an Maltrix liefern, teilten beide Firmen mit.", "de")
    assert {r.status for r in rels if r.type == "supplies"} == {"active", "announced"}
    assert best[("supplies", "Korvan", "Maltrix")] == "announced"


def test_a_headline_alone_keeps_its_status():
    best, _ = _best("Korvan liefert Zellen an Maltrix", "Der Preis wurde nicht genannt.", "de")
    assert best[("supplies", "Korvan", "Maltrix")] == "active"
