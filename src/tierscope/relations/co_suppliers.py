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

import re

from ..doc import Document, Mention, Relation
from .evidence_names import drop_supplies
from .known_roles import down_the_chain

__all__ = ["drop_co_suppliers", "drop_alongside", "drop_listed_customers"]


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
            if shared and not down_the_chain(r.target, r.source):
                continue
        out.append(r)
    return out


#: "alongside X" in the five languages (with the article the preposition may take in)
_ALONGSIDE = re.compile(
    r"\b(?:alongside|besides|beside|next to|in addition to|aux côtés d(?:e|u|es|['’])|à côté d(?:e|u|es|['’])|en plus d(?:e|u|es|['’])"
    r"|outre|neben|zusätzlich zu[mr]?|accanto a(?:l|lla|ll['’]|i|gli|lle)?|oltre a(?:l|lla|ll['’]|i|gli|lle)?"
    r"|insieme a(?:l|lla|ll['’]|i|gli|lle)?|junto a(?:l)?|además de(?:l)?|al lado de(?:l)?)"
    r"(?:\s+[\w'’-]+){0,4}?\s*$", re.IGNORECASE)
#: the seller's noun right before the preposition: "a second supplier alongside X" (X is a supplier too)
_SUPPLIER_BEFORE = re.compile(r"\b(?:suppliers?|sources?|fournisseurs?|Lieferanten?|Zulieferer[ns]?|fornitor[ei]|proveedor(?:es)?)"
                              r"\s*,?\s*$", re.IGNORECASE)
#: "also" before the seller's name: "Neben X soll auch der Marktführer Y liefern" (Y joins X)
_ALSO_BEFORE = re.compile(r"\b(?:also|too|auch|aussi|également|anche|pure|también)(?:\s+[\w'’-]+){0,3}?\s*$", re.IGNORECASE)

_ALSO_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:also|aussi|également|auch|anche|pure|también)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]")


def drop_alongside(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies between X and Y where X is named "alongside" Y as one more of the
    same kind (read either way round): "Brakon sceglie Selvio come secondo fornitore accanto a Quarda" (Quarda supplies Brakon too),
    "Neben dem Partner Quarda soll auch Selvio Zellen liefern" (both supply). Without such a cue the
    customer may be the one named alongside ("Neben Quarda beliefert Selvio auch Brakon") and the supply stays."""
    return drop_supplies(relations, doc, _named_alongside)


def _named_alongside(text: str, inside: list[Mention], r: Relation) -> bool:
    """Whether one party of the supply ``r`` is named alongside the other as one more of the same kind."""
    ev = r.evidence
    for x, other in ((m, r.source if m.canonical == r.target else r.target) for m in inside
                     if m.canonical in (r.source, r.target)):
        lo = max(ev.start, x.start - 60)
        a = _ALONGSIDE.search(text, lo, x.start)
        if a is None or any(a.start() <= o.start < x.start for o in inside):
            continue
        if _SUPPLIER_BEFORE.search(text, max(ev.start, a.start() - 30), a.start()):
            return True
        for y in (m for m in inside if m.canonical == other and m.start > x.end):
            also = _ALSO_BEFORE.search(text, max(ev.start, y.start - 40), y.start)
            if also is not None and not any(also.start() <= o.start < y.start for o in inside):
                return True
            # "Y will also ship cells": "also" after the seller, no customer named after it (in
            # "Neben X beliefert Y auch Z" the "also" is Z's, and X may be a customer)
            stop = _CLAUSE_END.search(text, y.end, ev.end)
            end = stop.start() if stop else ev.end
            if _ALSO_AFTER.match(text, y.end, end) and not any(y.end <= o.start < end for o in inside):
                return True
    return False


#: a list of customers opened by the noun, its verb and the first name: "Its customers include X",
#: "Elle compte parmi ses clients X", "Zu den Kunden zählen X", "Tra i clienti figurano X", "Entre sus clientes figuran X"
_CUSTOMERS_OPEN = re.compile(r"\b(?:customers?|clients?|Kunden|Abnehmern?|clienti|clientes?)\b(?:\s+[\w'’-]+){0,3}?\s*:?\s*$",
                             re.IGNORECASE)
#: the next member of the list: "..., and bus maker Y", "et le carrossier Y", "und der Busbauer Y", "e il carrozziere Y"
_AND_NEXT = re.compile(r"(?:\band|\bet|\bund|\be|\by|\bas well as|\bainsi que|\bsowie|\basí como)\s+(?:[\w'’-]+\s+){0,3}?$",
                       re.IGNORECASE)


def drop_listed_customers(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies between two members of one list of customers: "Elle compte parmi
    ses clients X, qui lui achète des batteries, et le carrossier Y, équipé de ses systèmes" tells X and Y
    as customers of the subject; the reader of "équipé" pairs Y with the nearest name, X."""
    return drop_supplies(relations, doc, _listed_together)


def _listed_together(text: str, inside: list[Mention], r: Relation) -> bool:
    """Whether the two parties of the supply ``r`` are one list of customers' member and the next."""
    ev = r.evidence
    inside = sorted(inside, key=lambda m: m.start)
    for i, x in enumerate(inside):
        if x.canonical not in (r.source, r.target):
            continue
        if not _CUSTOMERS_OPEN.search(text, max(ev.start, x.start - 50), x.start):
            continue
        # the other party, the next company named, as the list's next member
        nxt = next((m for m in inside[i + 1:] if m.canonical != x.canonical), None)
        if nxt is not None and nxt.canonical in (r.source, r.target) \
                and _AND_NEXT.search(text, max(x.end, nxt.start - 50), nxt.start):
            return True
    return False
