"""An owner the gazetteer knows sets the direction of an ownership tie the sentence leaves open.

German puts the object first as freely as the subject ("Wabco hatte ZF 2020 gekauft" may say ZF bought
Wabco), Italian and Spanish participles lean either way ("Öhlins, rilevata da Tenneco"), and a reader
knows which of two companies is the parent. When the frames read "X acquires / owns / holds a stake in
Y" and the gazetteer says X belongs to Y (Y is X's parent or its parent's parent), the tie runs the
other way: a subsidiary does not buy its own parent.
"""

from __future__ import annotations

from ..entities.gazetteer import gazetteer

__all__ = ["belongs_to", "known_direction"]

_OWNERSHIP = frozenset({"acquires", "owns", "invests_in"})


def belongs_to(child: str, owner: str) -> bool:
    """Whether the gazetteer has ``owner`` above ``child`` (parent, or the parent's parent ...)."""
    entry = gazetteer().entry(child)
    for _ in range(4):
        if entry is None or not entry.parent:
            return False
        if entry.parent == owner:
            return True
        entry = gazetteer().entry(entry.parent)
    return False


def known_direction(kind: str, source: str, target: str) -> tuple[str, str]:
    """(source, target) of an ownership tie, turned round when the gazetteer knows the source belongs
    to the target."""
    if kind in _OWNERSHIP and source != target and belongs_to(source, target):
        return target, source
    return source, target
