"""The company bought is not the buyer of the clause that tells how it was bought.

    "Brakon took control of Quarda after buying out Selvio"           -> no acquires Quarda -> Selvio
    "Brakon ha preso il controllo di Quarda dopo aver rilevato la quota di Selvio" -> the same
    "Brakon tomó el control de Quarda tras comprar la participación de Selvio"     -> the same
    "Brakon übernahm die Kontrolle über Quarda, nachdem es den Anteil von Selvio gekauft hatte"
    "Brakon a pris le contrôle de Quarda après avoir racheté la part de Selvio"

A clause of buying with no subject of its own ("after buying", "dopo aver rilevato", "tras comprar",
"après avoir racheté") or with a pronoun for it ("nachdem es") has the main clause's subject for its
buyer; the readers take the name nearest the verb, the company the main clause bought. Where the
same evidence gives X's acquisition of Q, a stake or purchase of Q in a company named after such a
clause's opening is dropped: that company is the seller (its stake was bought out).
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_relations

__all__ = ["drop_participle_buyers"]

_DEALS = ("acquires", "invests_in")
#: the opening of a subjectless clause of buying, in the five languages
_HOW_BOUGHT = re.compile(
    r"\b(?:after|before|by)\s+(?:buying|acquiring|purchasing|taking\s+over)\b"
    r"|\b(?:après|avant)\s+(?:avoir|d['’]avoir)\s+(?:racheté|acheté|acquis|repris)\b|\ben\s+(?:rachetant|achetant|acquérant|reprenant)\b"
    r"|\b(?:dopo|prima\s+di)\s+(?:aver|avere)\s+(?:rilevato|acquistato|comprato|acquisito)\b|\b(?:rilevando|acquistando|acquisendo)\b"
    r"|\b(?:tras|después\s+de|antes\s+de|al)\s+(?:comprar|adquirir|hacerse\s+con)\b|\b(?:comprando|adquiriendo)\b",
    re.IGNORECASE)
#: German, the verb last: "nachdem es (den Anteil von S) gekauft hatte" (a pronoun or a bare description
#: for the subject), the participle after the seller's name
_NACHDEM = re.compile(r"\bnachdem\s+(?:es|er|sie|der\s+\w+|das\s+\w+|die\s+\w+)\b", re.IGNORECASE)
_DE_BOUGHT = re.compile(r"[^.;:,]{0,60}?\b(?:gekauft|übernommen|erworben)\b", re.IGNORECASE)


#: a relative clause opened after the company bought: its own subject buys ("Q, which after buying S ...")
_RELATIVE = re.compile(r",\s*(?:which|that|who|qui|que|qu['’]|che|cui|der|die|das|den)\b", re.IGNORECASE)


def _how_bought(text: str, lo: int, hi: int, seller_end: int) -> bool:
    """Whether a subjectless clause of buying opens between ``lo`` and ``hi`` (the seller's start), with
    no relative clause of the company bought before it."""
    m = _HOW_BOUGHT.search(text, lo, hi) or (_NACHDEM.search(text, lo, hi) if _DE_BOUGHT.match(text, seller_end) else None)
    return m is not None and not _RELATIVE.search(text, lo, m.start())


def drop_participle_buyers(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the purchases read from the bought company to the seller of a clause of buying."""
    bought: dict[tuple[str, int], set[str]] = {}
    for r in relations:
        if r.type == "acquires":
            bought.setdefault((r.target, r.evidence.start), set()).add(r.source)
    if not bought:
        return relations

    def drop(text: str, inside, r: Relation) -> bool:
        if not bought.get((r.source, r.evidence.start), set()) - {r.source, r.target}:
            return False  # (no other buyer of the company told in this evidence)
        held = [m for m in inside if m.canonical == r.source]
        seller = [m for m in inside if m.canonical == r.target]
        first = min(seller, key=lambda m: m.start) if seller else None
        before = [m.end for m in held if first is not None and m.end <= first.start]
        return bool(before) and _how_bought(text, max(before), first.start, first.end)

    return drop_relations(relations, doc, _DEALS, drop)
