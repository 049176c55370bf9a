"""Companies on the same side of a sale are no seller and buyer of each other.

Two shapes name two companies that both buy (or both sell) from a third, and the supply reader
(``frames/supply.py`` ``read_supply``) took one for the other's customer:

* a companion of the subject: "X, together with its affiliate Y, sold 1.7 million vehicles",
  "X, zusammen mit Y, lieferte", "X, insieme a Y, vende", "X, junto con Y, vendió", "X, avec Y,
  a vendu": Y sells beside X (``companion_with``), it is no partner of talks who would buy;
* a German clause that ends in its verb, two names before it with a semicolon between ("Erster Kunde
  ist X; ab 2028 sollen auch Y und Z beliefert werden"): the name of the clause before is no subject
  of this one (``across_clauses``). A colon is no such break: what follows it often tells of the
  company before it ("Den Strom hat sich X gesichert: Der Versorger Y soll die Anlage versorgen").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: the words that make a "with" a companion of the subject, right before the marker
_WORDS = r"(?:together|along|jointly|zusammen|gemeinsam|insieme|assieme|junto|conjuntamente|ensemble|conjointement)"
_COMPANION = re.compile(r"\b" + _WORDS + r"\s*$", _I)
#: a marker that holds the word itself ("junto con", "insieme a")
_COMPANION_MARKER = re.compile(_WORDS + r"\s", _I)
#: the French "avec" set off by commas right after the subject ("X, avec Y, a vendu"): a companion too
_FR_AVEC_ASIDE = re.compile(r",\s*$")


def companion_with(text: str, marker_start: int, subject_end: int) -> bool:
    """The "with" at ``marker_start`` follows a companion word ("together with", "zusammen mit", "insieme
    a", "junto con", "ensemble avec"), or opens an aside right after the subject ("X, avec Y, ...")."""
    if _COMPANION.search(text, max(0, marker_start - 16), marker_start) or _COMPANION_MARKER.match(text, marker_start):
        return True
    return marker_start > subject_end and _FR_AVEC_ASIDE.fullmatch(text, subject_end, marker_start) is not None \
        and text[marker_start : marker_start + 5].lower() == "avec "


def across_clauses(text: str, first_end: int, second_start: int) -> bool:
    """A semicolon between two names: they stand in different clauses."""
    return ";" in text[first_end:second_start]
