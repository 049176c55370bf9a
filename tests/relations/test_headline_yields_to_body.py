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
    assert best[("supplies", "Korvan", "Maltrix")] == "announced"


def test_the_body_says_the_deliveries_run():
    # the headline's news reads as a new deal (headline_status); the body says it is running already
    best, rels = _best("Korvan liefert Zellen an Maltrix",
                       "Korvan liefert bereits seit 2021 Zellen an Maltrix, teilten beide Firmen mit.", "de")
    assert {r.status for r in rels if r.type == "supplies"} == {"active", "announced"}
    assert best[("supplies", "Korvan", "Maltrix")] == "active"


def test_a_headline_alone_tells_a_new_deal():
    # a supply a headline tells in the present with no word for the time is the news of a deal
    # (relations/headline_status.py): announced, unless the headline says it runs already
    best, _ = _best("Korvan liefert Zellen an Maltrix", "Der Preis wurde nicht genannt.", "de")
    assert best[("supplies", "Korvan", "Maltrix")] == "announced"
    best, _ = _best("Korvan liefert bereits Zellen an Maltrix", "Der Preis wurde nicht genannt.", "de")
    assert best[("supplies", "Korvan", "Maltrix")] == "active"


def test_headlines_of_a_new_supply_in_each_language():
    for lang, head, body in [
        ("en", "Korvan supplies cells to Maltrix", "The price was not disclosed."),
        ("fr", "Korvan fournit des cellules à Maltrix", "Le prix n'a pas été communiqué."),
        ("it", "Korvan fornisce celle a Maltrix", "Il prezzo non è stato reso noto."),
        ("es", "Korvan suministra celdas a Maltrix", "No se ha revelado el precio."),
    ]:
        best, _ = _best(head, body, lang)
        assert best[("supplies", "Korvan", "Maltrix")] == "announced", lang
    for lang, head, body in [
        ("en", "Korvan keeps supplying cells to Maltrix", "The price was not disclosed."),
        ("fr", "Korvan fournit déjà des cellules à Maltrix", "Le prix n'a pas été communiqué."),
        ("it", "Korvan fornisce già celle a Maltrix", "Il prezzo non è stato reso noto."),
        ("es", "Korvan ya suministra celdas a Maltrix", "No se ha revelado el precio."),
    ]:
        best, _ = _best(head, body, lang)
        assert best[("supplies", "Korvan", "Maltrix")] == "active", lang


def test_a_hedged_headline_yields_to_a_signed_deal_in_the_body():
    # (status18) the headline's hedge ("soll liefern", "would supply, sources say") is surer by its words than
    # the body's contract noun, but the body tells the deal signed: the article's last word
    for lang, head, body in [
        ("de", "Korvan soll Insidern zufolge Zellen an Maltrix liefern",
         "Korvan hat mit Maltrix einen Liefervertrag über Zellen unterzeichnet, teilten beide Firmen mit."),
        ("en", "Korvan reportedly to supply cells to Maltrix",
         "Korvan has signed a contract to supply cells to Maltrix, the two companies said."),
        ("fr", "Korvan fournirait des cellules à Maltrix, selon la presse",
         "Korvan a signé avec Maltrix un contrat de fourniture de cellules, ont indiqué les deux groupes."),
        ("it", "Korvan fornirebbe celle a Maltrix, secondo indiscrezioni",
         "Korvan ha firmato con Maltrix un contratto di fornitura di celle, hanno comunicato le due società."),
        ("es", "Korvan suministraría celdas a Maltrix, según fuentes del sector",
         "Korvan ha firmado con Maltrix un contrato de suministro de celdas, informaron ambas empresas."),
    ]:
        best, rels = _best(head, body, lang)
        assert {r.status for r in rels if r.type == "supplies"} == {"rumoured", "announced"}, (lang, rels)
        assert best[("supplies", "Korvan", "Maltrix")] == "announced", lang


def test_a_hedged_headline_keeps_its_status_over_a_hedged_body():
    best, _ = _best("Korvan soll Insidern zufolge Zellen an Maltrix liefern",
                    "Korvan soll Insidern zufolge ab 2027 Zellen an Maltrix liefern.", "de")
    assert best[("supplies", "Korvan", "Maltrix")] == "rumoured"
