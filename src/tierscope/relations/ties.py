"""A page's relations grouped by tie: (type, source, target), each with every assertion of it in the
page's order. The end-of-page readers that weigh one assertion of a tie against another (the headline's
against the body's, the lead's status, a running tie against a signed one) read the same groups."""

from __future__ import annotations

from ..doc import Relation

__all__ = ["by_tie"]


def by_tie(relations: list[Relation]) -> dict[tuple[str, str, str], list[Relation]]:
    """Each tie of ``relations`` with its assertions, in the order given."""
    told: dict[tuple[str, str, str], list[Relation]] = {}
    for r in relations:
        told.setdefault((r.type, r.source, r.target), []).append(r)
    return told
