"""The companies an apposition on a company names as its owners ("Y, a joint venture of A and B", "Y,
einem Gemeinschaftsunternehmen des Anlagenbauers A und des Bergbaukonzerns B", "Y (YC), la coentreprise
de A, B et C", "Y, der Anlagenbautochter des Konzerns A"): they describe who Y is, so a sentence that
tells goods or a contract of Y with such an apposition still names Y alone (lone_makers.py,
lone_driver.lone_party). The apposition opens with a comma after Y (or after its abbreviation in
brackets), an article, a noun of a unit, a venture or a company, and "of"; its names are those joined to the first by
a comma or "and", each with a short description at most; a relative or a verb ends it ("..., which
signed with B").
"""

from __future__ import annotations

import re

from ..doc import Mention

__all__ = ["apposed_owners"]

_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")
#: the apposition's head: a noun of a unit or a venture, or of a company ("Anlagenbautochter", "joint venture")
_HEAD = (r"(?:joint[\s-]+venture|venture|unit|subsidiary|arm|division|affiliate|spin-off|company|business|"
         r"[\w-]*(?:tochter|gemeinschaftsunternehmen|sparte|gesellschaft|unternehmen)|"
         r"co-?entreprise|filiale|société|entreprise|branche|controllata|società|divisione|partecipata|"
         r"empresa\s+conjunta|sociedad\s+conjunta|filial|empresa|sociedad|división|participada)")
_OF_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the|one|ein|eine|einem|einer|eines|der|die|das|dem|den|un|une|una|uno|la|le|il|lo|l['’]|el)\s*)?"
    r"(?:[\w'’-]+\s+){0,2}?" + _HEAD + r"\s+(?:[\w'’-]+\s+){0,2}?(?:of|des|der|von|de|du|d['’]|di|del|della|dello|dei|degli|delle)\b\s*",
    re.IGNORECASE)
#: words that end a description: a relative, a verb, a preposition of another tie
_STOP = re.compile(r"\b(?:which|who|that|whose|qui|que|dont|che|cui|welche[rsnm]?|has|have|had|is|was|are|were|will|signed|with|"
                   r"hat|hatte|ist|war|wird|mit|a|ha|hanno|è|con|est|avec|es|han|fue)\b", re.IGNORECASE)
#: before the first name: a short description ("Düsseldorfer Anlagenbauers", "the Korean")
_FIRST_GAP = re.compile(r"(?:(?:the|des|der|dem|de|du|la|le|l['’]|il|lo|el|los|las)\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
#: between two names of the list: a comma or "and", and a description at most
_NEXT_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|und|sowie|et|e|ed|y)\s+)?|\s(?:and|und|sowie|et|e|ed|y)\s+)"
                       r"(?:(?:the|des|der|dem|de|du|la|le|l['’]|il|lo|el|los|las|di|del|della)\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)


def apposed_owners(text: str, maker: Mention, comps: list[Mention], offset: int) -> set[int]:
    """The indexes in ``comps`` of the companies an apposition of ownership right after ``maker`` names
    (``offset``: the sentence's start in the page, ``text`` the sentence)."""
    pos = maker.end - offset
    b = _BRACKET.match(text, pos)
    m = _OF_APPOSITION.match(text, b.end() if b else pos)
    if m is None:
        return set()
    out: set[int] = set()
    at, gap_rx = m.end(), _FIRST_GAP
    for k, c in enumerate(comps):
        s = c.start - offset
        if c is maker or s < at:
            continue
        gap = text[at:s]
        if _name(c) == _name(maker) and not gap.strip(" ,"):
            continue
        if not gap_rx.fullmatch(gap) or _STOP.search(gap):
            break
        out.add(k)
        at, gap_rx = c.end - offset, _NEXT_GAP
    return out


def _name(m: Mention) -> str:
    return m.canonical or m.text
