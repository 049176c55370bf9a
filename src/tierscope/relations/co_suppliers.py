"""Two suppliers of one customer are not, on that ground, each other's supplier and customer.

    "Ampere achète ses cellules à Korvan et à Maltrix."  + Korvan -> Ampere, Maltrix -> Ampere
        -> the reading Maltrix -> Korvan is dropped
    "ACC drops Korvan, turns to Maltrix for cathode"     -> no supply Maltrix -> Korvan

A page that tells two companies as suppliers of the same customer often names them side by side as
its two sources, as the old supplier and the new one, or as rivals; the readers, finding two company
names around a supply verb, then pair them too. A supply between two companies that the page also tells
as suppliers of one and the same third company is dropped, unless the gazetteer puts the seller higher
up the chain than the buyer (a miner, a materials maker for a cell maker: "X sells lithium to Y, and
both supply Z" is told as such).
"""

from __future__ import annotations

from ..doc import Relation
from .known_roles import _down_the_chain

__all__ = ["drop_co_suppliers"]


def drop_co_suppliers(relations: list[Relation]) -> list[Relation]:
    """``relations`` less the supplies between two suppliers of one customer (see the docstring)."""
    customers: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "supplies":
            customers.setdefault(r.source, set()).add(r.target)
    out = []
    for r in relations:
        if r.type == "supplies":
            shared = (customers.get(r.source, set()) & customers.get(r.target, set())) - {r.source, r.target}
            # (the buyer further down the chain than the seller: "X sells lithium to Y, and both supply Z")
            if shared and not _down_the_chain(r.target, r.source):
                continue
        out.append(r)
    return out
