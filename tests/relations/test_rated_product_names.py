"""A name the recognizer took for a company, not the gazetteer's, named only with a product's rating right
after it ("Voltmax with up to 400 kW", "Voltmax mit bis zu 400 Kilowatt"), is the product sold, no customer
nor supplier (relations/goods_names.py). Made-up names, sentences written for these tests."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.goods_names import drop_goods_names

from .helpers import make_doc


def _doc(text, lang):
    doc = make_doc(text, ["Kestrel", "Voltmax", "Nordia"], language=lang)
    for m in doc.mentions:
        if m.canonical in ("Voltmax", "Nordia"):
            m.attrs["known"] = False  # (names the gazetteer does not know, as the recognizer's patterns give them)
    return doc


def _supply(doc, source, target):
    s = doc.sentences[0]
    return Relation(type="supplies", source=source, target=target, status="announced",
                    evidence=Evidence(text=doc.text[s.start:s.end], start=s.start, end=s.end))


@pytest.mark.parametrize("lang, text", [
    ("en", "From the summer Kestrel will deliver Voltmax with up to 400 kW to new charging parks."),
    ("de", "Kestrel wird ab Sommer Voltmax mit bis zu 400 Kilowatt an neue Schnellladeparks liefern."),
    ("fr", "Kestrel livrera dès l'été des Voltmax avec jusqu'à 400 kW aux nouvelles stations de recharge."),
    ("it", "Kestrel fornirà dall'estate Voltmax con fino a 400 kW alle nuove stazioni di ricarica."),
    ("es", "Kestrel suministrará desde el verano Voltmax con hasta 400 kW a las nuevas estaciones de carga."),
])
def test_a_rated_product_is_no_party(lang, text):
    doc = _doc(text, lang)
    assert drop_goods_names([_supply(doc, "Kestrel", "Voltmax")], doc) == []


def test_a_customer_named_without_a_rating_stays():
    doc = _doc("Kestrel will deliver chargers with up to 400 kW to Nordia.", "en")
    kept = _supply(doc, "Kestrel", "Nordia")
    assert drop_goods_names([kept], doc) == [kept]
