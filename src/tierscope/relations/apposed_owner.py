"""An owner named inside an apposition is not the subject of the verb after it.

    "Korvan Charging, the charging unit majority-owned by Maltrix, provides the chargers to Ostero",
    "Le sous-traitant autrichien, filiale du canadien Maltrix, fabrique des modèles pour Ostero",
    "Der Zulieferer, eine Tochter von Maltrix, liefert Sitze an Ostero", "La empresa, filial del
    grupo Maltrix, suministra celdas a Ostero", "L'azienda, controllata da Maltrix, fornisce Ostero"

The apposition tells who owns the subject; the verb after its closing comma is the subject's. The
frames take the name nearest before the verb, the owner: the tie goes to the company the apposition
describes when it is named right before the comma, and is dropped when the subject is a description
with no name ("the Austrian supplier, a unit of Y, ..."). An owner named again after the verb is the
customer there ("X, controlled by Y, supplies the engines of all Y's brands": a unit supplies its
parent), and the tie stands.
"""

from __future__ import annotations

import re

from .engine import Found

__all__ = ["subject_behind_owner"]

#: the apposition up to the owner's name: ", [the charging] unit [majority-owned] by [Swiss group] "
_OPEN = re.compile(
    r",\s*(?:(?:the|a|an|its|le|la|l['’]|un|une|sa|il|lo|una|la\s+sua|el|su|der|die|das|ein|eine|seine?|ihre?)\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:(?:unit|subsidiary|arm|division)\s+(?:(?:majority|wholly|fully)[- ]owned\s+by|controlled\s+by|of)"
    r"|(?:(?:majority|wholly|fully)[- ])?owned\s+by|controlled\s+by"
    r"|filiale\s+(?:de|du|des|d['’])|détenue?\s+par|contrôlée?\s+par"
    r"|controllata\s+(?:da|dal|dalla|di|del|della)|filiale\s+(?:di|del|della)|società\s+del\s+gruppo"
    r"|filial\s+(?:de|del)|propiedad\s+de|controlada\s+por|participada\s+(?:mayoritariamente\s+)?por"
    r"|Tochter(?:gesellschaft|firma)?\s+(?:von|des|der)|im\s+Besitz\s+(?:von|des|der))"
    # (a description of the unit may stand between its noun and the owner: "la filial de fabricación
    # por contrato del grupo canadiense Y")
    r"\s+(?:(?:the|le|la|l['’]|il|el|dem|der|den|des)\s+)?(?:[\w-]+\s+){0,6}?$",
    re.IGNORECASE)
#: the apposition closes with a comma right before the verb (a parenthesis may come first)
_CLOSE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:(?:already|also|now|déjà|aussi|già|anche|ya|también|bereits|auch|schon)\s+)?$",
                    re.IGNORECASE)
_CUES = ("owned", "controlled", "unit", "subsidiary", "arm", "division", "filiale", "détenu", "contrôlé", "controllat",
         "gruppo", "filial", "propiedad", "controlada", "participada", "tochter", "besitz")


def subject_behind_owner(text: str, spans, f: Found, src, tgt) -> Found | None:
    """``f`` with its party before the verb moved from an apposed owner to the company the apposition
    describes, None when that subject has no name, ``f`` when no such apposition stands before the verb."""
    t0, t1 = f.trigger
    for side, span in (("source", src), ("target", tgt)):
        if span[1] > t0 or not _CLOSE.match(text, span[1], t0):
            continue
        if side == "target" and any(n == f.target and s >= t1 for s, _e, n, _ in spans):
            continue  # "X, controlled by Y, supplies the buses of Y": the owner is the customer named after the verb too
        lower = text[max(0, span[0] - 90) : span[0]].lower()
        if not any(c in lower for c in _CUES):
            continue
        m = _OPEN.search(text, max(0, span[0] - 90), span[0])
        if m is None:
            continue
        head = next((n for s, e, n, _ in spans if e <= m.start() and not text[e : m.start()].strip()), None)
        other = f.target if side == "source" else f.source
        if head is None or head == other:
            return None
        return Found(f.type, head, f.target, f.status, f.confidence, f.product, f.trigger) if side == "source" else \
            Found(f.type, f.source, head, f.status, f.confidence, f.product, f.trigger)
    return f
