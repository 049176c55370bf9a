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
from .known_roles import _kind_of
from .products import tier

__all__ = ["drop_co_suppliers"]


def _upstream(seller: str, buyer: str) -> bool:
    """Whether the gazetteer's sectors put ``seller`` strictly higher in the chain than ``buyer``."""
    a, b = _kind_of(seller), _kind_of(buyer)
    if a is None or b is None:
        return False
    ta, tb = tier(list(a.sectors)), tier(list(b.sectors))
    return ta is not None and tb is not None and ta < tb


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
            if shared and not _upstream(r.source, r.target):
                continue
        out.append(r)
    return out
