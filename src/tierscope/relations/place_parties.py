"""A town named as a plant's place is no party to a supply: the plant's owner is.

    "Ionway supplies PowerCo's Salzgitter cell factory."            -> Ionway -> PowerCo (not "Salzgitter")
    "Ionway fournit des cathodes à l'usine de PowerCo à Salzgitter." -> Ionway -> PowerCo
    "Ionway suministra cátodos a la fábrica de Salzgitter de PowerCo."
    "Ionway fornisce catodi allo stabilimento di Salzgitter di PowerCo."
    "Ionway liefert Kathoden an das PowerCo-Werk in Salzgitter."

Some towns share their name with a company of the gazetteer (Salzgitter, the steel maker), and the
recognizer then takes the town in a plant's name for that company. Where every mention of a supply's
party in the evidence stands in a plant's place slot (right before the plant noun after the owner's
possessive, or after the plant noun and its preposition) and is a town of the place list, the party is
the plant's owner named beside it; with no owner named there the tie is left as read.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from ..entities.gazetteer import places
from .evidence_names import in_evidence, named_companies

__all__ = ["owners_for_places"]

_I = re.IGNORECASE
_PLANT = (r"(?:plants?|factory|factories|gigafactory|site|works|facility|usine|gigafactory|fábrica|planta|factoría"
          r"|stabilimento|fabbrica|impianto|Werk|Werks|Fabrik|Gigafactory)")
#: the town before the plant noun: "Salzgitter cell factory", "Salzgitter-Werk"
_PLANT_AFTER = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?(?:\s+|-)" + _PLANT + r"\b", _I)
#: the town after the plant noun and a preposition, an owner maybe between: "l'usine de PowerCo à", "das Werk in"
_PLANT_BEFORE = re.compile(
    r"\b" + _PLANT + r"\s+(?:(?:de|di|of|von|du|del)\s+(?:la\s+|l['’]\s*)?)?(?:[^\s,.;:]+\s+){0,3}?"
    r"(?:in|at|near|à|a|en|in|bei|de|di|d['’]|of)\s*$", _I)
_WINDOW = 40


def _owner(text: str, m, inside: list, other: str) -> str | None:
    """The company named beside the plant noun of the slot ``m`` stands in, or None (not a town in such a slot)."""
    after = _PLANT_AFTER.match(text, m.end)
    before = None if after else _PLANT_BEFORE.search(text, max(0, m.start - _WINDOW), m.start)
    if after is None and before is None:
        return None
    if places().find(m.text) is None:
        return None
    lo, hi = (m.start - _WINDOW, after.end()) if after else (before.start(), m.end + _WINDOW)
    near = [o for o in inside if o is not m and o.canonical not in (m.canonical, other) and lo <= o.start and o.end <= hi]
    if not near:
        return None
    return min(near, key=lambda o: min(abs(o.end - m.start), abs(o.start - m.end))).canonical


def owners_for_places(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with a supply's party that is only a plant's town turned into the plant's owner."""
    if not any(r.type == "supplies" for r in relations):
        return relations
    companies = named_companies(doc)
    text = doc.text
    out = []
    for r in relations:
        if r.type == "supplies":
            inside = in_evidence(companies, r.evidence)
            for side, other in (("source", r.target), ("target", r.source)):
                name = getattr(r, side)
                named = [m for m in inside if m.canonical == name]
                owners = {_owner(text, m, inside, other) for m in named}
                if named and None not in owners and len(owners) == 1:
                    setattr(r, side, owners.pop())
            if r.source == r.target:
                continue
        out.append(r)
    return out
