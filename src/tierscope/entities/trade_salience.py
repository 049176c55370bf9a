"""A trade description that two companies of its window fit by what the gazetteer knows of them: "der
Lkw-Bauer" after a sentence that names Volvo Group only in passing ("..., das die Stuttgarter zusammen mit
der schwedischen Volvo Group betreiben") in a story about Daimler Truck; "the battery maker", "il
costruttore di camion", "le fabricant de cellules", "el fabricante de baterías" alike.

The nearest company of the trade is the antecedent unless it is named in an earlier sentence, only once
so far in the story and not as a subject there (after a preposition, as an object): a company that only
passed by. One named in the description's own sentence stays ("talks with Stellantis about supplies for
the carmaker's plants"). Then a company
of the same trade further back in the window that the story has named by name at least twice goes first:
the description names the trade of the company the story is about, not of one it mentions on the way.
Read by ``coref._antecedent`` for its known-trade passes only (a company of unknown trade fits any noun,
so it tells nothing of the trade the description names).
"""

from __future__ import annotations

from ..doc import Mention

__all__ = ["salient_first"]

_OFTEN = 2  # names in the story so far: a company the story is about, not one passing by


def _named(sentences, s_index: int, start: int, companies, canonical: str) -> int:
    """How often the story names ``canonical`` by name (not by a description) before ``start``."""
    story = sentences[s_index].story
    n = 0
    for back in range(s_index, -1, -1):
        if sentences[back].story != story:
            break
        n += sum(1 for c in companies.get(back, ())
                 if c.canonical == canonical and c.source != "coref" and (back < s_index or c.end <= start))
    return n


def salient_first(window: list[Mention], sentences, s_index: int, start: int, companies,
                  subject: dict[int, bool], unit_of) -> list[Mention]:
    """``window`` (companies that fit the described trade by the gazetteer, best first), with a company
    the story names often put before a nearer one that only passes by. ``unit_of(c, name)``: is c a unit of
    the named company (its plant company, "Hyundai Motor Group Metaplant America" for Hyundai Motor)? A
    unit named often does not take its group's trade noun; a group named often does take its unit's."""
    if len(window) < 2:
        return window
    first = window[0]
    if first.sentence == s_index:
        return window  # "talks with Stellantis about supplies for the carmaker's plants": named in its own sentence
    if subject.get(id(first)) or _named(sentences, s_index, start, companies, first.canonical) >= _OFTEN:
        return window
    for c in window[1:]:
        if c.canonical != first.canonical and not unit_of(c, first.canonical) and _named(sentences, s_index, start, companies, c.canonical) >= _OFTEN:
            return [c] + [x for x in window if x is not c]
    return window
