"""A maker's verb inside a relative clause takes no customer past the comma that closes the clause.

    "Forsee Power a signé un accord pour céder sa filiale Ostra, qui assemble des packs, au polonais Y."
    "Varta hatte die Mehrheit an V4Drive, die Rundzellen herstellt, an Porsche abgegeben."
    "Ostra, la controllata che produce mezzi blindati, passerà a Y per 1,7 miliardi di euro."
        -> no supply Ostra -> Y: "au Y", "an Porsche", "a Y" belong to the sale, not to "assemble"

A verb of making ("makes", "assemble", "herstellt", "produce", "fabrica") is a supply only for a named
customer ("makes cells for Y"); the reader looks for that customer a little past the verb. When the
verb sits in a relative clause set off by commas ("X, which makes cells, ..."), the clause ends at its
closing comma, and a name after it ("... , to Y", "..., an Y abgegeben") is an argument of the main
verb: the company sold, merged or handed over to Y, never Y's supplier on that ground.
"""

from __future__ import annotations

import re

__all__ = ["in_closed_relative"]

#: a subject relative word opening the clause the verb sits in (en, fr, it, es, de); German "die"/"der"/
#: "das" right after the comma only (elsewhere they are articles)
_RELATIVE = re.compile(
    r"\b(?:which|who|that|qui|che|il quale|la quale|i quali|le quali|que|quien|quienes|el cual|la cual|los cuales|las cuales"
    r"|welche[rsmn]?)\b|^\s*(?:der|die|das|dessen|deren)\b", re.IGNORECASE)
#: a list's next member after the comma: "..., and to Z", "..., et à Z", "..., y a Z", "..., und an Z"
_NEXT_MEMBER = re.compile(r"\s*(?:and|or|as well as|et|ou|ainsi que|und|oder|sowie|e|ed|o|oppure|y|u)\b", re.IGNORECASE)
#: the breaks a relative clause ends at
_BREAK = re.compile(r"[,;:()]")


def in_closed_relative(text: str, t0: int, t1: int, name_start: int, names: list[tuple[int, int]]) -> bool:
    """Whether the verb at ``t0``-``t1`` sits in a subject relative clause opened since the last comma
    before it (no company named between the relative word and the verb: "die wir dort fertigen" is
    said of the goods, and its company may be the supplier), and a comma closes that clause before
    ``name_start``, the customer the reader found after the verb. ``names``: the sentence's company
    names, as (start, end). A list going on past the comma ("a Seat, que ensamblará ..., y a Z")
    is left to the reader."""
    if name_start <= t1:
        return False
    closes = list(_BREAK.finditer(text, t1, name_start))
    if not closes or _NEXT_MEMBER.match(text, closes[-1].end(), name_start):
        return False
    lo = max(0, t0 - 120)
    breaks = [b.end() for b in _BREAK.finditer(text, lo, t0)]
    if not breaks:
        return False  # (no comma before the verb: a main clause, "X makes cells, in Poland, for Y")
    rel = _RELATIVE.search(text[breaks[-1]:t0])
    if rel is None:
        return False
    return not any(breaks[-1] + rel.start() <= s < t0 for s, _ in names)
