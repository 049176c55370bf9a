"""A name the recognizer took for a company that is only the goods or a season: no party to a tie.

    "Wafer und Substrate liefern unter anderem Wolfspeed und SiCrystal."   (German nouns are capitalised;
                                                                             "Wafer" opens the sentence)
    "Die Koreaner sollen von Frühjahr 2027 an Zellen liefern."             ("von Frühjahr": a time, no agent)

The recognizer reads an unknown capitalised word in the place of a company ("X und Y liefern", "von
X") as a company; German writes every noun so, and the other languages open sentences so. A name the
gazetteer does not know that is, whole, a product of the product list, a season or month, or a noun of a
role in the chain ("Abnehmer", "Lieferanten", "Clienti"), or one named only with a product's rating right after it
("Voltara-Lader mit bis zu 350 Kilowatt") is dropped from the relations of the page (the gazetteer's own companies
are never dropped).
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .products import _PRODUCT_RX

__all__ = ["drop_goods_names"]

#: seasons in the five languages and the German months (German capitalises them, all languages open sentences with them)
_TIME = re.compile(
    r"(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Jahresbeginn|Jahresende|Jahresmitte|Jahreswechsel"
    r"|spring|summer|autumn|fall|winter|printemps|été|automne|hiver|primavera|estate|autunno|inverno|verano|otoño|invierno"
    r"|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)", re.IGNORECASE)


#: nouns of a role in the chain, which German capitalises and every language opens sentences with:
#: "Einer der wichtigsten Abnehmer, der Batteriehersteller Y, ...", "Clienti e fornitori ..."
_ROLE = re.compile(
    r"(?:Abnehmer[ns]?|Kunden?|Großkunden?|Hauptkunden?|Lieferanten?|Zulieferer[ns]?|Hersteller[ns]?|Käufer[ns]?|Betreiber[ns]?"
    r"|customers?|clients?|suppliers?|buyers?|clienti|cliente|fornitor[ei]|acquirent[ei]|fournisseurs?|acheteurs?"
    r"|clientes|proveedor(?:es)?|compradores?)", re.IGNORECASE)


#: a product's rating right after its name: "Voltara-Lader mit bis zu 350 Kilowatt", "chargers with up to
#: 400 kW", "avec jusqu'à 400 kW", "con fino a 400 kW", "con hasta 400 kW": the name is the product sold
_RATING_AFTER = re.compile(
    r"\s+(?:with|mit|avec|con)\s+(?:up\s+to\s+|bis\s+zu\s+|jusqu['’]\s*à\s+|fino\s+a\s+|hasta\s+)?\d[\d.,]*\s*"
    r"(?:kW|MW|kWh|MWh|GWh|kilowatts?|Kilowatt|chilowatt|kilovatios?|megawatts?|Megawatt|volts?|Volt|V)\b", re.IGNORECASE)


def _rated_products(doc: Document, unknown: set[str]) -> set[str]:
    """Unknown names every mention of which (not a reference back) has a product's rating right after it."""
    by_name: dict[str, list] = {}
    for m in doc.mentions:
        if m.label == "COMPANY" and m.canonical in unknown and m.source != "coref":
            by_name.setdefault(m.canonical, []).append(m)
    return {n for n, ms in by_name.items() if all(_RATING_AFTER.match(doc.text, m.end) for m in ms)}


def drop_goods_names(out: list[Relation], doc: Document) -> list[Relation]:
    unknown = {m.canonical for m in doc.mentions if m.label == "COMPANY" and m.canonical and not (m.attrs or {}).get("known")}
    known = {m.canonical for m in doc.mentions if m.label == "COMPANY" and (m.attrs or {}).get("known")}
    bad = {n for n in unknown - known if _PRODUCT_RX.fullmatch(n) or _TIME.fullmatch(n) or _ROLE.fullmatch(n)}
    if unknown - known and any(w in doc.text for w in (" mit ", " with ", " avec ", " con ")):
        bad |= _rated_products(doc, unknown - known)
    if not bad:
        return out
    return [r for r in out if r.source not in bad and r.target not in bad]
