"""The typographic apostrophe inside a word made the typewriter one.

Pages write "Renault’s unit", "l’usine", "dell’azienda", "Autostrade per l’Italia" with U+2019 as often as
with "'"; every later reader (gazetteer names, possessives, elisions, the rules' lexicons) is written
with "'". Both are one character, so every offset into the text stays the same. Only a ’ between two
letters is an apostrophe for sure: one after a word and before a space or a stop closes a quotation
("‘the best supplier’ said"), and is left alone.
"""

from __future__ import annotations

import re

__all__ = ["straight_apostrophes"]

_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")


def straight_apostrophes(text: str) -> str:
    """``text`` with each ’ between two letters replaced by "'"."""
    if "\u2019" not in text:
        return text
    return _INSIDE_WORD.sub("'", text)
