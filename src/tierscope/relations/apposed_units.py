"""A unit named with a bare apposition ("the subsidiary", "la controllata") whose parent is the company
of the sentence before:

    "Iveco Group sold its defence arm. It keeps FPT Industrial, the subsidiary that makes engines."
    "Iveco Group ha ceduto la divisione difesa. Resta nel perimetro FPT Industrial, la controllata che produce motori."
    "Iveco Group a cédé sa branche défense. FPT Industrial, la filiale qui produit les moteurs, reste."
    "Iveco Group vendió su división de defensa. FPT Industrial, la filial que fabrica motores, sigue."
    "Iveco Group hat die Sparte verkauft. Im Konzern bleibt FPT Industrial, die Tochter, die Motoren baut."

The apposition names no parent ("the subsidiary of X", "la filiale de X" are read in the sentence), and
the unit is the only company its sentence names (but for references to the parent); its parent is members.py's owner of the sentence before
(its only company, or the one it opens with).
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .members import later_sentences, named_companies, owner_before

__all__ = ["apposed_units"]

_UNIT = re.compile(
    r",\s+(?:the|la|die|le|el)\s+(?:(?-i:[a-zà-öø-ÿ][\w-]*)\s+)?"
    r"(?:subsidiary|controllata|filiale|filial|tochter(?:gesellschaft)?)\b"
    # a parent named right after ("of X", "di X", "de X", "des Konzerns") is read in the sentence itself
    r"(?!\s+(?:of|di|del|della|dello|dei|de|du|des|d['’]|von|vom|der|à|al|a)\b)", re.IGNORECASE)
_STEMS = ("subsidiary", "controllata", "filial", "ochter")
#: the unit sold in the same sentence: the tie is a deal's, which the frames read (or leave)
_SOLD = re.compile(r"\b(?:sold|divested|ceduta|venduta|cédée|vendue|vendida|verkauft|veräußert)\b", re.IGNORECASE)


def apposed_units(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the unit, sentence of its parent, Found) for each unit so named."""
    out = []
    for i, sent, text in later_sentences(doc, _STEMS):
        comps = named_companies(per_sentence[i])
        named = [c for c in comps if c.source != "coref"]
        if len({_name(c) for c in named}) != 1:
            continue
        unit = named[0]
        m = _UNIT.match(text, unit.end - sent.start)
        if m is None:
            continue
        found_owner = owner_before(doc, per_sentence, i)
        if found_owner is None:
            continue
        origin, owner, _before = found_owner
        if owner == _name(unit) or any(_name(c) != owner for c in comps if c.source == "coref"):
            continue  # ("It keeps FPT, the subsidiary": "It" may only be the parent itself)
        # a sale told of the unit ("Y, the subsidiary that makes engines, was sold last month"): the
        # sentence's cues decide, as for a unit named in the sentence itself
        status, _ = engine.status_for(engine.compiled(language), text, m.start(), m.end(), "active",
                                      [(unit.start - sent.start, unit.end - sent.start)])
        if status is None or _SOLD.search(text, m.end()):
            continue
        out.append((i, origin, engine.Found("owns", owner, _name(unit), status, 0.6, None, (m.start(), m.end()))))
    return out
