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
from .members import _owner, _owner_sentence

__all__ = ["apposed_units"]

_UNIT = re.compile(
    r",\s+(?:the|la|die|le|el)\s+(?:(?-i:[a-zà-öø-ÿ][\w-]*)\s+)?"
    r"(?:subsidiary|controllata|filiale|filial|tochter(?:gesellschaft)?)\b"
    # a parent named right after ("of X", "di X", "de X", "des Konzerns") is read in the sentence itself
    r"(?!\s+(?:of|di|del|della|dello|dei|de|du|des|d['’]|von|vom|der|à|al|a)\b)", re.IGNORECASE)
_STEMS = ("subsidiary", "controllata", "filial", "ochter")


def apposed_units(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the unit, sentence of its parent, Found) for each unit so named."""
    out = []
    for i in range(1, len(doc.sentences)):
        sent = doc.sentences[i]
        text = doc.text[sent.start : sent.end]
        if not any(s in text for s in _STEMS):
            continue
        comps = [c for c in per_sentence[i] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
        named = [c for c in comps if c.source != "coref"]
        if len({_name(c) for c in named}) != 1:
            continue
        unit = named[0]
        m = _UNIT.match(text, unit.end - sent.start)
        if m is None:
            continue
        origin = _owner_sentence(doc, per_sentence, i)
        if origin is None:
            continue
        before = [c for c in per_sentence[origin] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
        owner = _owner(doc, doc.sentences[origin], before)
        if owner is None or owner == _name(unit) or any(_name(c) != owner for c in comps if c.source == "coref"):
            continue  # ("It keeps FPT, the subsidiary": "It" may only be the parent itself)
        out.append((i, origin, engine.Found("owns", owner, _name(unit), "active", 0.6, None, (m.start(), m.end()))))
    return out
