"""A part of a company bought is not the company bought.

    "Korvan completes takeover of Maltrix's industrial battery arm", "Korvan agreed to buy Maltrix's
    battery division": Korvan buys the arm or the division, not Maltrix;
    "Lumen is the former battery division of Maltrix, which Korvan bought in 2018" (or "... of Maltrix
    acquired by Korvan in 2018"), "Lumen es la
    antigua división de baterías de Maltrix, que Korvan compró", "Lumen est l'ancienne division de
    Maltrix, que Korvan a rachetée", "Lumen è l'ex divisione di Maltrix, che Korvan ha comprato": the
    relative pronoun after "the division of Maltrix" points back to the division - Lumen is bought.

The frames take the name nearest the verb of buying; these two shapes put the seller's name there.
"""

from __future__ import annotations

import re

from .engine import Found

__all__ = ["bought_part"]

#: "Maltrix's [industrial battery] arm": a possessed part after the name (a stake is a stake: left to the stake frames)
_POSSESSED_PART = re.compile(
    r"['’]s?\s+(?:(?!stake|share|holding|interest)[\w-]+\s+){0,3}?(?:arm|unit|division|business(?:es)?|operations|activities|plants?|"
    r"sites?|factor(?:y|ies)|assets|subsidiar(?:y|ies))\b", re.IGNORECASE)
#: "[the former battery] division of ", "la antigua división de baterías de ": a part named before the owner
_PART_OF = re.compile(
    r"\b(?:unit|division|subsidiary|arm|business|división|filial|unidad|filiale|branche|divisione|controllata|ramo|Sparte|Tochter)"
    r"\s+(?:(?!(?:of|de|di|von)\b)[\w-]+\s+){0,3}?(?:of|de|di|del|della|dello|des|du|von|der)\s+(?:(?:the|le|la|l['’]|il|el|dem)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE)
_RELATIVE = re.compile(r"\s*,?\s*(?:which|that|que|qui|che|die|den)\b", re.IGNORECASE)
#: a participle with its agent right after the seller ("the former division of Y absorbed by Z", "l'ancienne
#: division de Y absorbée par Z", "l'ex divisione di Y assorbita da Z", "la antigua división de Y absorbida
#: por Z"): the participle agrees with the division, as the relative pronoun does
_PASSIVE_AGENT = re.compile(r"\b(?:by|par|da|dal|dalla|dallo|dall['’]|por|von|vom)\b", re.IGNORECASE)
_CUES = ("'", "’", "unit", "divisi", "subsidiar", "arm", "business", "filial", "unidad", "branche", "controllata", "ramo", "sparte", "tochter")


def bought_part(text: str, spans, f: Found, tgt) -> Found | None:
    """``f`` (an acquisition) with its target moved from the seller to the part bought when the part
    is named, None when it is not, ``f`` when the target is the company bought."""
    near = text[max(0, tgt[0] - 60) : tgt[1] + 40].lower()
    if not any(c in near for c in _CUES):
        return f
    if tgt[1] <= f.trigger[0]:
        # the target before the verb: "X, the former division of Y, which Z bought"
        passive = _PASSIVE_AGENT.search(text[f.trigger[0] : f.trigger[1] + 4]) and not text[tgt[1] : f.trigger[0]].strip(" ,")
        if (_RELATIVE.match(text, tgt[1]) or passive) and (m := _PART_OF.search(text, max(0, tgt[0] - 70), tgt[0])):
            head = max(((s, n) for s, e, n, _ in spans if e <= m.start() and n != f.source), default=None)
            return None if head is None else Found(f.type, f.source, head[1], f.status, f.confidence, f.product, f.trigger)
        return f
    if _POSSESSED_PART.match(text, tgt[1]):
        return None  # "Korvan buys Maltrix's battery division"
    return f
