"""A holder placed among the shareholders of the sentence's first company by a possessive:

    "Vostra raised EUR 2bn, while Norvik is among its longtime shareholders."
    "Vostra a levé 2 milliards, tandis que Norvik figure parmi ses actionnaires historiques."
    "Vostra ha raccolto 2 miliardi, mentre Norvik figura tra i suoi soci storici."
    "Vostra levantó 2.000 millones, mientras que Norvik figura entre sus accionistas."
    "Vostra sammelte zwei Milliarden ein, während Norvik zu seinen Aktionären gehört."

The frames read "among the shareholders of Y" with Y named; the possessive points back to the
company the sentence opens its run of clauses with (after the last colon or semicolon), named before
the holder. A stake, running; not "former" shareholders, not a negation.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["possessive_holders"]

_I = re.IGNORECASE
_ADJ = r"(?:[\w-]+\s+){0,2}?"
#: after the holder: the verb of being among, the possessive, the holders' noun
_AMONG = {
    "en": re.compile(r"\s+(?:is|are|was|were|remains?|has\s+been|ranks?|counts?)\s+(?:also\s+|still\s+|now\s+)?(?:among|one\s+of)\s+(?:its|their)\s+" + _ADJ + r"(?:shareholders|investors|backers|owners|stakeholders)\b", _I),
    "fr": re.compile(r"\s+(?:figure|figurent|est|sont|reste|restent|compte|comptent)\s+(?:aussi\s+|également\s+|toujours\s+)?(?:parmi|au\s+nombre\s+de)\s+(?:ses|leurs)\s+" + _ADJ + r"(?:actionnaires|investisseurs|associés|propriétaires)\b", _I),
    "it": re.compile(r"\s+(?:figura|figurano|è|sono|resta|restano|rimane|rimangono)\s+(?:anche\s+|tuttora\s+|ancora\s+)?(?:tra|fra)\s+(?:i\s+suoi|i\s+loro)\s+" + _ADJ + r"(?:soci|azionisti|investitori|proprietari)\b", _I),
    "es": re.compile(r"\s+(?:figura|figuran|está|están|es|son|sigue|siguen)\s+(?:también\s+|todavía\s+|aún\s+)?(?:entre)\s+(?:sus)\s+" + _ADJ + r"(?:accionistas|inversores|socios|propietarios)\b", _I),
    "de": re.compile(r"\s+(?:(?:auch|weiterhin|noch|bereits)\s+)?zu\s+(?:seinen|ihren|dessen|deren)\s+" + _ADJ + r"(?:Aktionären|Anteilseignern|Gesellschaftern|Investoren|Geldgebern|Eigentümern)\s+(?:gehört|gehören|zählt|zählen|gehörte|gehörten|zählte|zählten)\b", _I),
}
#: words that undo the stake: a former holder, a negation
_NOT = re.compile(r"\b(?:former|ex|anciens?|anciennes?|ex-|ehemalig\w*|früher\w*|antiguos?|not|no\s+longer|ne|pas|non|più|no|nicht|kein\w*)\b", _I)
_BREAK = re.compile(r"[:;]")


def possessive_holders(lex: engine.Compiled, text: str, spans: list[tuple[int, int, str]]) -> list[engine.Found]:
    """``spans``: (start, end, name) of the sentence's companies, in order."""
    rx = _AMONG.get(lex.lang)
    if rx is None or len(spans) < 2:
        return []
    out: list[engine.Found] = []
    for k, (s, e, holder) in enumerate(spans):
        m = rx.match(text, e)
        if m is None or _NOT.search(m.group(0)):
            continue
        lo = max((b.end() for b in _BREAK.finditer(text, 0, s)), default=0)
        first = next(((a, b, n) for a, b, n in spans if a >= lo), None)
        if first is None or first[2] == holder or first[1] > s:
            continue
        out.append(engine.Found("invests_in", holder, first[2], "active", 0.65, None, (m.start(), m.end())))
    return out
