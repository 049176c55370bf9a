"""A sentence that opens with "the unit of <parent>" standing for a unit named just before states that the
parent owns that unit:

    "Benteler España compró una parcela. La filial española del grupo alemán Benteler suministrará ..."
        -> owns Benteler -> Benteler España
    "AESC soll die Zellen liefern. Die Tochter des chinesischen Envision-Konzerns baut ..."
        -> owns Envision -> AESC

The coref stage (entities/subsidiaries.py) resolves the description to the unit and marks it with its
parent's mention (``attrs["unit_of"]``). The frames read "X, la filial de Y" as an ownership, but here
the unit is the description itself, which no frame takes for the owned company; nor does the gazetteer
know every unit ("Benteler España", "Minth Automotive France"). A former unit ("l'ancienne filiale de
Y") is left alone: its tie is over, and the frames read the end where they can.

The same description is the subject of its sentence's supply: "La filial del grupo alemán Benteler
suministrará carcasas a Stellantis" is Benteler España's supply; the frames take the nearest name before
the verb, the parent's (``supplies_of_referred_units`` hands the supply to the unit).
"""

from __future__ import annotations

import re

from ..doc import Document, Mention, Relation
from .evidence_names import sentence_evidence

__all__ = ["unit_reference_owners", "supplies_of_referred_units"]

_FORMER = re.compile(r"\b(?:former|ex|ehemalig\w*|früher\w*|bisherig\w*|ancienne?|antigu[ao]|vecchia|old)\b",
                     re.IGNORECASE)


def unit_reference_owners(doc: Document, owned: set[frozenset[str]], component: str) -> list[Relation]:
    """owns (parent -> unit) for each unit reference the coref stage marked with its parent's mention,
    where no ownership of the pair was read already (``owned``: unordered pairs)."""
    by_span = {(m.start, m.end): m for m in doc.mentions if m.label == "COMPANY"}
    out = []
    for m in doc.mentions:
        span = m.attrs.get("unit_of") if m.label == "COMPANY" and m.source == "coref" else None
        parent = by_span.get(tuple(span)) if span else None
        if parent is None or not parent.canonical or not m.canonical:
            continue
        pair = frozenset((parent.canonical, m.canonical))
        if len(pair) < 2 or pair in owned or _FORMER.search(doc.text, m.start, parent.start):
            continue
        owned.add(pair)
        out.append(Relation(type="owns", source=parent.canonical, target=m.canonical, status="active",
                            evidence=sentence_evidence(doc, doc.sentences[m.sentence]), product=None,
                            confidence=0.5, component=component))
    return out


def supplies_of_referred_units(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with each supply whose party is the parent named inside a unit reference of its
    evidence ("La filial ... del grupo Y suministrará a Z") given to the unit the reference stands for."""
    refs = [m for m in doc.mentions if m.label == "COMPANY" and m.source == "coref" and m.attrs.get("unit_of")]
    if not refs:
        return relations
    by_span = {(m.start, m.end): m for m in doc.mentions if m.label == "COMPANY"}
    out = []
    for r in relations:
        for m in refs if r.type == "supplies" else ():
            owner = by_span.get(tuple(m.attrs["unit_of"]))
            if (owner is None or not r.evidence.start <= m.start < owner.end <= r.evidence.end
                    or m.canonical in (r.source, r.target) or owner.canonical not in (r.source, r.target)):
                continue
            source = m.canonical if r.source == owner.canonical else r.source
            target = m.canonical if r.target == owner.canonical else r.target
            r = Relation(type=r.type, source=source, target=target, status=r.status, evidence=r.evidence,
                         product=r.product, confidence=r.confidence, component=r.component)
            break
        out.append(r)
    return out
