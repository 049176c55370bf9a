"""A name the recognizer took for a company that is only the goods or a season: no party to a tie.

    "Wafer und Substrate liefern unter anderem Wolfspeed und SiCrystal."   (German nouns are capitalised;
                                                                             "Wafer" opens the sentence)
    "Die Koreaner sollen von Frühjahr 2027 an Zellen liefern."             ("von Frühjahr": a time, no agent)

The recognizer reads an unknown capitalised word in the place of a company ("X und Y liefern", "von
X") as a company; German writes every noun so, and the other languages open sentences so. A name the
gazetteer does not know that is, whole, a product of the product list, a season or month, or a noun of a
role in the chain ("Abnehmer", "Lieferanten", "Clienti") is dropped from the relations of the page (the gazetteer's own companies are never dropped).
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


#: (supP) nouns of a role in the chain, which German capitalises and every language opens sentences with:
#: "Einer der wichtigsten Abnehmer, der Batteriehersteller Y, ...", "Clienti e fornitori ..."
_ROLE = re.compile(
    r"(?:Abnehmer[ns]?|Kunden?|Großkunden?|Hauptkunden?|Lieferanten?|Zulieferer[ns]?|Hersteller[ns]?|Käufer[ns]?|Betreiber[ns]?"
    r"|customers?|clients?|suppliers?|buyers?|clienti|cliente|fornitor[ei]|acquirent[ei]|fournisseurs?|acheteurs?"
    r"|clientes|proveedor(?:es)?|compradores?)", re.IGNORECASE)


def drop_goods_names(out: list[Relation], doc: Document) -> list[Relation]:
    unknown = {m.canonical for m in doc.mentions if m.label == "COMPANY" and m.canonical and not (m.attrs or {}).get("known")}
    known = {m.canonical for m in doc.mentions if m.label == "COMPANY" and (m.attrs or {}).get("known")}
    bad = {n for n in unknown - known if _PRODUCT_RX.fullmatch(n) or _TIME.fullmatch(n) or _ROLE.fullmatch(n)}
    if not bad:
        return out
    return [r for r in out if r.source not in bad and r.target not in bad]
