"""An English apposition that describes a company at length before its noun: "Velmar Freight, a
family-run haulage and storage firm in Upton, said ...", "Quillon Thermal, a 60-strong
engineering company that builds heat exchangers, confirmed ...".

Local hauliers, builders and small suppliers that the gazetteer cannot know are introduced so in
English news, the one place the story says what they are. The apposition reader of ``names.py`` looks
for the company noun among the first few words after the article, so a longer run of modifiers left
the name unread and every tie it was party to unfound. Here the noun may stand up to eight words after
the article, but only where every word before it modifies it (a lower-case word that is no function
word, a figure, a town, a capitalised word glued by a hyphen to the next: "Pooler-based") and the apposition
closes right after the noun (a comma, a relative, "in", "based", "with"). A phrase that runs on
through a preposition ("a former engineer at the firm", "the car made by the carmaker") is no
apposition of the name: its noun belongs to something else.
"""

from __future__ import annotations

from collections.abc import Callable

from .gazetteer import places
from .matcher import Token

__all__ = ["long_apposition"]

#: articles that open the apposition
_ARTICLES = frozenset("a an the".split())
#: words that close the apposition right after its noun
_CLOSERS = frozenset(", that which whose in based with .".split())
#: lower-case words that are no modifier of the noun (the phrase runs on past them)
_FUNCTION = frozenset(
    "the a an of for to with by at on as from that which who whose where when its their his her this these "
    "those is was are were be been has have had will would said says not than into over under about".split()
)
_FAR = 8  # words between the article and the noun, at most


def long_apposition(tokens: list[Token], comma: int, text: str, is_noun: Callable[[int], bool]) -> bool:
    """Is ``tokens[comma]`` a comma after a name that opens "a <modifiers> <company noun>" closed
    right after the noun? ``is_noun(p)``: does ``tokens[p]`` say "a company"?"""
    n = len(tokens)
    a = comma + 1
    if a + 2 >= n or tokens[a].key not in _ARTICLES or not tokens[a].text[0].islower():
        return False
    for p in range(a + 1, min(n - 1, a + 1 + _FAR)):
        tok = tokens[p]
        if p > a + 1 and is_noun(p):
            return tokens[p + 1].key in _CLOSERS and tokens[p + 1].start - tok.end <= 1
        word = tok.text
        if word[0].isdigit() or (word[0].islower() and tok.key not in _FUNCTION and word.isalpha()):
            continue
        if word[0].isupper() and text[tok.end : tok.end + 1] == "-":
            continue  # "Pooler-based", "Taunton-made": a place glued to its adjective
        if word[0].isupper() and places().find(word) is not None:
            continue  # "a Taunton engineering company": where it sits
        return False
    return False
