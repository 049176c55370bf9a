"""A supplier's goods passed on "in turn" by another company reach the next customer through it.

    "Kestrel fits the chips supplied by Brixo into its inverters, which in turn are delivered to Nordia."
                                                  -> Brixo supplies Kestrel, Kestrel supplies Nordia; not Brixo -> Nordia
    "Kestrel monte les puces de Brixo dans ses onduleurs, qui sont à leur tour livrés à Nordia."
    "Kestrel integra i chip forniti da Brixo nei suoi inverter, che a loro volta vengono consegnati a Nordia."
    "Kestrel integra los chips de Brixo en sus inversores, que a su vez se entregan a Nordia."
    "Kestrel baut die Chips von Brixo in seine Wechselrichter ein, die wiederum an Nordia geliefert werden."

"In turn" opens the next step of a chain of supply: what comes after it is told of the company (or
the goods of the company) named between the first supplier and the marker, not of the first supplier,
which is a supplier of a supplier (tier 2) of the customer named after it. The readers, finding a
supply verb with the first supplier as its agent and a recipient further on, pair them across the
marker. A supply is dropped where every mention of its supplier in the evidence stands before the
marker, every mention of its customer after it, the same evidence gives the supplier a customer of its
own named before the marker (the company between the two steps), and the supplier is not the subject
the marker is told of ("Kestrel, a su vez, vende cátodos a Brixo": the
marker right after the supplier keeps the supply).
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from ..scan.page_words import page_may_search
from .evidence_names import drop_supplies

__all__ = ["drop_second_tier"]

_IN_TURN = {
    "en": re.compile(r"\bin turn\b", re.IGNORECASE),
    "fr": re.compile(r"\bà (?:leur|son|sa) tour\b", re.IGNORECASE),
    "it": re.compile(r"\ba (?:loro|sua) volta\b", re.IGNORECASE),
    "es": re.compile(r"\ba su vez\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:ihrerseits|seinerseits|wiederum)\b", re.IGNORECASE),
}
#: the marker told of the name right before it ("X, in turn, sells", "X wiederum liefert")
_RIGHT_AFTER_NAME = re.compile(r"\s*,?\s*$")


def _tier_two(text: str, inside: list, r: Relation, rx: re.Pattern, firsts: set) -> bool:
    ev = r.evidence
    for marker in rx.finditer(text, ev.start, ev.end):
        at = marker.start()
        sources = [m for m in inside if m.canonical == r.source]
        targets = [m for m in inside if m.canonical == r.target]
        if not sources or not targets:
            return False
        if any(m.end > at for m in sources) or any(m.start < marker.end() for m in targets):
            continue
        if any(_RIGHT_AFTER_NAME.fullmatch(text, m.end, at) for m in sources):
            continue  # the supplier is the one the marker is told of
        if any(m.end <= at and (ev.start, r.source, m.canonical) in firsts for m in inside):
            return True  # the supplier's own customer, named before the marker: the company between the two steps
    return False


def drop_second_tier(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies told across an "in turn" from a supplier of a supplier."""
    rx = _IN_TURN.get(doc.language or "")
    # (the page's literal test first: a case-blind pattern that opens on a word boundary is tried at every
    # character of the page)
    if rx is None or not relations or not page_may_search(rx, doc.text) or not rx.search(doc.text):
        return relations
    # (evidence, supplier, customer) of the page's supplies: the first step of a chain is one of them
    firsts = {(r.evidence.start, r.source, r.target) for r in relations if r.type == "supplies"}
    return drop_supplies(relations, doc, lambda text, inside, r: _tier_two(text, inside, r, rx, firsts))
