"""A denial of "any agreement" or "any negotiations" with a company is a denial of the deal the page
reports with it, not of a partnership of its own.

    "Kestrel will supply cells to Brixo, a trade paper reported. 'We have no agreement with Kestrel and
    we are not negotiating one,' a Brixo spokeswoman said."

The bare "agreement with" reads as a partnership, denied; the page already tells the tie it denies (a
supply reported, rumoured or denied). So a denied partnership of a pair that the page ties by another
deal, rumoured, in talks or denied, goes: the denial belongs to that deal, which is denied where it was
told before the denial.
"""

from __future__ import annotations

from ..doc import Relation

__all__ = ["drop_denied_partnerships"]

_TALKED_OF = frozenset({"rumoured", "in_talks", "denied"})


def drop_denied_partnerships(relations: list[Relation]) -> list[Relation]:
    """The relations without a denied partnership whose pair another talked-of deal of the page ties; that
    deal, reported or in talks before the denial, is denied."""
    talked: dict[frozenset, list[Relation]] = {}
    for r in relations:
        if r.type != "partners_with" and r.status in _TALKED_OF:
            talked.setdefault(frozenset((r.source, r.target)), []).append(r)
    if not talked:
        return relations
    out = []
    for r in relations:
        deals = talked.get(frozenset((r.source, r.target))) if r.type == "partners_with" and r.status == "denied" else None
        if not deals:
            out.append(r)
            continue
        for d in deals:
            if d.status != "denied" and d.evidence.start < r.evidence.start:
                d.status = "denied"  # "a paper reported ... 'We have no agreement with Y,' said ..."
    return out
