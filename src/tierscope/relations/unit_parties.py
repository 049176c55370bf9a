"""A supply's party named only by a description that points to a group is the group's unit the page is about.

    "Kestrel Cells, the battery unit of Kestrel Group, ... Kestrel Cells ... Kestrel Cells ...
     Nordia remains a customer of the company."         -> supplies Kestrel Cells Nordia (not Kestrel Group)

A bare description ("the company", "l'entreprise", "la società", "das Unternehmen", "la compañía") is
resolved by the entity stage to the story's topic, which may be the group where the story is about its
unit (the group named in the headline or the lead, the unit through the body). The labelling guidelines
keep a parent and a unit with similar names apart and tie a supply to the company that trades: the unit.
Where every mention of a supply's party in the evidence is such a description, and the page names
exactly one of the party's units (the gazetteer's parent) more often than the party itself, other than
the supply's other party, the unit takes the party's place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..doc import Document, Relation
from .evidence_names import in_evidence, named_companies
from .known_roles import known_parent

__all__ = ["units_for_groups"]


def _unit_for(party: str, other: str, counts: Counter) -> str | None:
    units = [u for u in counts if u not in (party, other) and counts[u] > counts[party] and known_parent(u) == party]
    return units[0] if len(units) == 1 else None


def units_for_groups(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with a supply's party named only by a description moved to the group's unit (see above)."""
    if not any(r.type == "supplies" for r in relations):
        return relations
    companies = named_companies(doc)
    counts = Counter(m.canonical for m in companies)
    out: list[Relation] = []
    for r in relations:
        if r.type == "supplies":
            inside = in_evidence(companies, r.evidence)
            moved = False
            for side, other in (("source", r.target), ("target", r.source)):
                party = getattr(r, side)
                named = [m for m in inside if m.canonical == party]
                if not named or any(m.source != "coref" for m in named):
                    continue
                unit = _unit_for(party, other, counts)
                if unit is not None:
                    r, moved = replace(r, **{side: unit}), True
            # a moved supply the unit's own supply from the same sentence already tells is one too many;
            # two supplies of one sentence that were not moved (two products) are both kept
            if moved and any((o.type, o.source, o.target, o.evidence.start) == (r.type, r.source, r.target, r.evidence.start)
                             for o in out):
                continue
        out.append(r)
    return out
