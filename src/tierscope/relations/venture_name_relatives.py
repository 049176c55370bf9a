"""A joint venture named right after its noun and told of in a relative whose subject works it with a
partner: the subject and the partner are its parents.

    "The joint venture Brixo, which Norvik runs together with Kestrel, ..."
    "La joint venture Brixo, che Norvik gestisce insieme a Kestrel, ..."
    "La coentreprise Brixo, que Norvik exploite avec Kestrel, ..."
    "La empresa conjunta Brixo, que Norvik gestiona junto a Kestrel, ..."
    "Das Gemeinschaftsunternehmen Brixo, das Norvik gemeinsam mit Kestrel betreibt, ..."

The frames read the noun's partner after "with" but not past a name and a relative, and German reads
"gemeinsam mit" as a bare partnership; here the pair is the venture's parents (``joint_venture``,
active), and a partnership the frames gave the same pair in the sentence gives way to it.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["venture_name_relatives"]

_I = re.IGNORECASE
_NOUN = {
    "en": r"\b(?:joint[- ]venture|JV|joint company|50-50 venture)",
    "it": r"\b(?:joint[- ]venture|società (?:comune|paritetica|congiunta|mista))",
    "fr": r"\b(?:coentreprise|co-entreprise|joint[- ]venture|société commune|filiale commune)",
    "es": r"\b(?:empresa conjunta|sociedad conjunta|joint[- ]venture|empresa mixta)",
    "de": r"\b(?:Gemeinschaftsunternehmen|Joint[- ]Venture|Gemeinschaftsfirma)",
}
_REL = {
    "en": r"(?:which|that)", "it": r"(?:che|la quale)", "fr": r"(?:que|qu['’])", "es": r"(?:que|la cual)",
    "de": r"(?:das|die|den)",
}
_WITH = {
    "en": r"(?:together with|jointly with|with)", "it": r"(?:(?:insieme|assieme) (?:a|ad|al|alla|allo|ai|alle|agli|con)|con)",
    "fr": r"(?:conjointement avec|avec)", "es": r"(?:junto (?:a|con)|conjuntamente con|con)", "de": r"(?:gemeinsam mit|zusammen mit|mit)",
}
#: the noun right before the venture's name; the relative right after it (a town between: "Brixo in
#: Göteborg, das ..."); the words between the
#: subject and "with" (a verb, an auxiliary, a time), and between "with" and the partner (a description)
_NOUN_RX = {k: re.compile(v + r"\s+$", _I) for k, v in _NOUN.items()}
_REL_RX = {k: re.compile(r"(?:\s+(?:in|near|bei|nahe|à|près de|a|vicino a|en|cerca de)\s+(?-i:[A-ZÄÖÜÉ])[\w-]+)?\s*,\s*" + v + r"\s*(?:(?:der|die|das|le|la|il|el)\s+)?$", _I) for k, v in _REL.items()}
_MID_RX = {k: re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?" + v + r"\s+(?:[\w'’-]+\s+){0,4}?$", _I) for k, v in _WITH.items()}


def venture_name_relatives(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, name) of the sentence's companies, in order."""
    noun = _NOUN_RX.get(language)
    if noun is None or len(spans) < 3:
        return []
    out: list[engine.Found] = []
    for (s0, e0, venture), (s1, e1, a), (s2, e2, b) in zip(spans, spans[1:], spans[2:]):
        if not noun.search(text, max(0, s0 - 40), s0):
            continue
        if not _REL_RX[language].fullmatch(text, e0, s1) or not _MID_RX[language].fullmatch(text, e1, s2):
            continue
        if len({venture, a, b}) < 3 or re.search(r"[,;:()]", text[e1:s2]):
            continue
        out.append(engine.Found("joint_venture", a, b, "active", 0.7, None, (s0, e2)))
    return out
