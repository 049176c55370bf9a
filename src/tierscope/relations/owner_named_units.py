"""A unit named right after its owner's possessive is the party, not the owner (English).

    "Kestrel will supply cells to Brixo's battery unit Norvik"   -> supplies Kestrel Norvik (not Brixo)
    "Kestrel will deliver cells to Brixo subsidiary Norvik"      -> supplies Kestrel Norvik

The frames take the first name after the preposition for the customer: the owner's, in a possessive
(or a bare name before the unit noun) that only says whose unit the named company is. The labelling
guidelines tie a supply to the unit that trades (and the owner to it by ``owns``, which the frames read
from the same words). A supply whose party is named in its sentence only so takes the unit in its place.
The other languages put the owner after the unit noun ("alla controllata di Brixo, Norvik", "an die
Brixo-Tochter Norvik"), which the frames read with the unit as the party already, or read nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["units_for_owners"]

_I = re.IGNORECASE

#: between the owner and the unit: "'s battery unit", " subsidiary", "'s electric-vehicle arm"
#: (the words between modify the unit noun: never a conjunction, a determiner or a preposition, which
#: start another phrase: "to Brixo and its unit Norvik" names two customers)
_FUNCTION_WORDS = r"(?:and|or|but|nor|its|their|his|her|the|a|an|this|that|to|of|for|with|from|by|at|in|on|as|via)\b"
_GAP = re.compile(r"(?:'s|’s|'|’)?\s+(?:(?!" + _FUNCTION_WORDS + r")(?-i:[a-z])[\w-]*\s+){0,2}?"
                  r"(?:unit|subsidiary|division|arm|affiliate)\s+", _I)


def _owner_units(text: str, spans) -> dict[str, str]:
    """Owner name -> the unit named right after it, for owners named in the sentence only so."""
    found: dict[str, set[str]] = {}
    other: set[str] = set()
    for k, (s, e, name, *_) in enumerate(spans):
        nxt = next((o for o in spans[k + 1:] if o[0] >= e), None)
        if nxt is not None and nxt[2] != name and _GAP.fullmatch(text, e, nxt[0]):
            found.setdefault(name, set()).add(nxt[2])
        else:
            other.add(name)
    return {p: min(units) for p, units in found.items() if p not in other and len(units) == 1}


def units_for_owners(text: str, spans, results: list, lang: str) -> list:
    """``results`` with a supply's party named only as the owner of the unit after it given that unit."""
    if lang != "en":
        return results
    owners = _owner_units(text, spans)
    if not owners:
        return results
    out = []
    for f in results:
        if f.type == "supplies" and (f.source in owners or f.target in owners):
            f = replace(f, source=owners.get(f.source, f.source), target=owners.get(f.target, f.target))
            if f.source == f.target:
                continue
        out.append(f)
    return out
