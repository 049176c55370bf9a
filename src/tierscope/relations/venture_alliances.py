"""A partnership that is the joint venture told again: "Kelda y Norvik se alían" in the headline, "han
firmado un acuerdo para crear una empresa conjunta" in the body; "X and Y team up" before "the 50-50
joint venture they are forming". The guidelines label the pair's joint company as ``joint_venture``,
and a cooperation beside it only where it is another fact; in the dev gold a pair is both partners and
venture parents 2 times in 333 partnerships, each time with another status than the venture's (a
signed cooperation beside a rumoured venture, a cooperation left while the venture runs). So a pair's
partnership whose status is the venture's is that venture: it goes; one with its own status stays."""

from __future__ import annotations

from ..doc import Relation
from .ties import by_tie

__all__ = ["drop_venture_alliances"]


def _leading_status(assertions: list[Relation]) -> str:
    """The status of a tie's most confident assertion (the one a reader of the page is given)."""
    return max(assertions, key=lambda r: r.confidence).status


def drop_venture_alliances(relations: list[Relation]) -> list[Relation]:
    """``relations`` without the partnerships of a pair whose joint venture has the same status."""
    told = by_tie(relations)
    ventures = {frozenset((s, t)): _leading_status(rs) for (typ, s, t), rs in told.items() if typ == "joint_venture"}
    if not ventures:
        return relations
    same = {(s, t) for (typ, s, t), rs in told.items()
            if typ == "partners_with" and ventures.get(frozenset((s, t))) == _leading_status(rs)}
    if not same:
        return relations
    return [r for r in relations if not (r.type == "partners_with" and (r.source, r.target) in same)]
