"""A headline's supply named with a short or group name yields to the body's same supply named finer.

    headline: "Redwood begins copper foil deliveries to Panasonic in Kansas"
    body:     "... ships copper foil to Panasonic Energy, the battery unit of Panasonic Holdings ..."
              -> supplies Redwood Materials -> Panasonic Energy; the headline's "-> Panasonic" is dropped

A headline names companies as briefly as it can: the group for its unit ("Renault" for its battery arm
Ampere, "Eramet" for its Argentine lithium unit), the short name for the full one ("LG" for LG Energy
Solution, "Fortum" for Fortum Battery Recycling, "Irizar" for Irizar e-mobility). The body then tells the
same supply with the company that is party to it, and the labelling guidelines label that one. A
headline supply whose pair the body does not repeat, where the body tells a supply with the same other
party and, in place of this party, a finer one (the gazetteer's unit of it, or a longer name that
holds its name as whole words), is dropped. The coarser body reading never removes the headline's
finer one ("CALB supplies Scania" in the headline stays beside the body's "CALB supplies Traton").
"""

from __future__ import annotations

from ..doc import Relation
from .known_roles import belongs_to

__all__ = ["drop_coarse_headlines", "is_headline"]

_FULL_STOP = ".!?:;\"»”'’)…"


def is_headline(text: str, start: int, end: int) -> bool:
    """The evidence is a whole line of its own that ends with no full stop: a headline or a teaser."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].strip()
    return bool(line) and line == text[start:end].strip() and line[-1] not in _FULL_STOP


def _finer(body: str, head: str) -> bool:
    """Whether ``body`` names more narrowly the company ``head`` names: its unit in the gazetteer, or a
    longer name holding ``head`` whole at its start or end ("Panasonic Energy" for "Panasonic")."""
    if body == head:
        return False
    b, h = body.casefold(), head.casefold()
    return b.startswith(h + " ") or b.endswith(" " + h) or belongs_to(body, head)


def drop_coarse_headlines(relations: list[Relation], text: str) -> list[Relation]:
    """``relations`` less the headline supplies the body tells with a finer party (see the docstring)."""
    heads = [r for r in relations if r.type == "supplies" and is_headline(text, r.evidence.start, r.evidence.end)]
    if not heads:
        return relations
    body = [r for r in relations if r.type == "supplies" and r not in heads]
    pairs = {(r.source, r.target) for r in body}
    drop = set()
    for r in heads:
        if (r.source, r.target) in pairs:
            continue  # the body repeats it: the headline's own reading stands (and _headlines_yield weighs it)
        if any((b.source == r.source and _finer(b.target, r.target)) or (b.target == r.target and _finer(b.source, r.source))
               for b in body):
            drop.add(id(r))
    return [r for r in relations if id(r) not in drop]
