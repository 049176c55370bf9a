"""A line of goods bought with nothing else said is the maker's business bought:

    "Trattori, Orvane compra i motori elettrici di Pelmor"               -> Orvane buys Pelmor's motor business
    "Orvane comprerà le celle di Pelmor per la sua piattaforma."          -> Pelmor supplies Orvane (goods)

A purchase of goods is told with what they are for, from when, how many or how often ("per la sua
piattaforma", "dal 2027", "a partir de 2027", "20.000 celle", "ogni anno"); a headline or sentence that
names only the goods "of" a maker after a verb of buying, and ends there, speaks of the maker's activity
changing hands (headlines name a business by its goods). Such a purchase is then no supply; the deal
frame reads it as it reads a purchase of the company. (Asked by the deal frame's goods "of" a name, so in
effect Italian, whose "di" is not its "da": the French and Spanish "de" after a verb of buying reads
"from", and the German "von" too.)
"""

from __future__ import annotations

import re

__all__ = ["business_bought"]

#: a number in the object: a quantity of goods ("20.000 celle", "two million cells")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|ten|hundred|thousand|million|mille|milioni|mila|mil|millones|millions?|Millionen|Tausend)\b",
                     re.IGNORECASE)
#: what the rest of the sentence may hold for the goods to be read as a business: nothing but its closing
#: punctuation
_NOTHING_AFTER = re.compile(r"\s*(?:[.!?]\s*)?$")


def business_bought(text: str, t1: int, name_start: int, name_end: int) -> bool:
    """Whether the goods "of" the name, bought by the verb ending at ``t1``, stand alone: no number
    between verb and name, and nothing after the name to the sentence's end."""
    if _NUMBER.search(text, t1, name_start):
        return False
    return _NOTHING_AFTER.match(text, name_end) is not None
