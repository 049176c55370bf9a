"""A German ambiguous company name right after a preposition with no article: "Gespräche mit Velmora
über Batteriesysteme", "Auftragsfertiger für Velmora", "die Antriebssparte von Velmora".

The known finder reads an ambiguous alias (flag ``?``) standing alone mid-sentence as the company in
the other languages, but never in German, whose nouns are all capitalised: "Kampf", "Element" or
"Saft" may be the word. A German noun after a preposition mostly takes an article ("mit dem Kampf",
"im Element"); a company's name does not ("mit Velmora", "für Velmora"). So the alias is the company
where a preposition stands right before it, the word after it is no capitalised word (not "für Velmora
Traktoren", a compound name or a noun phrase), and the page never writes the word in lower case nor
after an article or a determiner as a noun ("der Kampf", "einen Posten").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .matcher import Token

__all__ = ["bare_after_preposition"]

#: prepositions before a party with no article: "mit Velmora", "für Velmora", "von Velmora", "an Velmora"
_PREPOSITIONS = frozenset("mit für von an bei über gegen".split())
_ARTICLES = (r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|im|am|zum|zur|beim|vom|"
             r"ins|ans|diese|dieser|diesen|diesem|jede|jeder|jeden|jedem")


@lru_cache(maxsize=256)
def _noun_use(word: str) -> re.Pattern[str]:
    """The word in lower case anywhere, or after an article or a determiner (a noun, not a name)."""
    w = re.escape(word)
    return re.compile(rf"(?<![\w-]){re.escape(word.casefold())}(?![\w-])|(?<![\w-])(?i:{_ARTICLES})\s+{w}(?![\w-])")


def bare_after_preposition(text: str, tokens: list[Token], i: int, n: int) -> bool:
    """Is the one-word ambiguous alias at ``tokens[i]`` a company by a German preposition right
    before it (see the module's docstring)?"""
    if n != 1 or i == 0 or tokens[i - 1].key not in _PREPOSITIONS:
        return False
    prev, tok = tokens[i - 1], tokens[i]
    if tok.start - prev.end != 1 or not tok.text[0].isupper() or tok.text.isupper():
        return False
    if i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.text[0].isupper() or nxt.text[0].isdigit() or (nxt.start == tok.end and nxt.text == "-"):
            return False
        if text[tok.end : nxt.start] == "-":
            return False  # "mit Velmora-Zellen": a compound
    return _noun_use(tok.text).search(text) is None
