"""Stock markets that the long town list also holds as towns: "a Dax-listed group" is no group in Dax
(Landes), "im Dax notiert" is no town, and Italian "quotata in Borsa" is the stock exchange, not Borşa
(Maramureş). known.py reads a town of that list after a location preposition ("in Kokomo", "a Göd");
these are left out there.

A stock index is a market where the words around it say so: a listing word glued to it ("Dax-listed",
"Dax-notierte", "Dax-Konzern", "Ibex-Wert") or German "im" before it (a town takes "in"): "à Dax" stays
the town. A stock exchange's common name in each language (Borsa, Bolsa, Börse, Bourse, capitalised
in "in Borsa", "en Bolsa") is the exchange after a preposition.
"""

from __future__ import annotations

import re

from .text import name_key

__all__ = ["names_a_market"]

#: stock indices (by name key) of the markets the news reports on
_INDICES = frozenset(name_key(x) for x in (
    "Dax", "MDax", "SDax", "TecDax", "CAC", "Ibex", "FTSE", "Mib", "Stoxx", "Euro Stoxx", "SMI", "AEX", "ATX", "OMX",
    "Nikkei", "Topix", "Nasdaq", "Kospi", "Sensex", "Bovespa",
))
#: the stock exchange's common name, capitalised after a preposition ("in Borsa", "en Bolsa", "an der Börse")
_EXCHANGES = frozenset(name_key(x) for x in ("Borsa", "Bolsa", "Börse", "Bourse"))
#: a listing word glued to the index: "the Dax-listed group", "der Dax-notierte Konzern", "ein Dax-Konzern",
#: "il titolo Mib-quotato", "une valeur Cac-cotée", "la Ibex-cotizada"
_LISTED_AFTER = re.compile(
    r"-(?:listed|quoted|traded|notiert\w*|gelistet\w*|Konzern\w*|Wert\w*|Unternehmen\w*|Mitglied\w*|Schwergewicht\w*"
    r"|quotat\w*|cot[ée]e?s?|cotizad\w*)\b", re.IGNORECASE)
#: German "im" (in dem) before an index: a town takes "in" without an article
_ARTICLE_PREPS = frozenset({"im"})


def names_a_market(text: str, name: str, end: int, preposition: str) -> bool:
    """Whether ``name`` (ending at ``end`` in ``text``, after the preposition whose key is
    ``preposition``) names a stock market rather than a town."""
    key = name_key(name)
    if key in _EXCHANGES:
        return True
    if key not in _INDICES:
        return False
    return preposition in _ARTICLE_PREPS or _LISTED_AFTER.match(text, end) is not None
