"""A unit and its group named side by side as peers of one role, the owners of a third company or
investors acting together, tell no ownership:

    "Halden Chem and Halden Cells, which together invested $40 million in Y"
    "la filiale commune du groupe minier Ostrava et du fonds Halden Capital"
    "die gemeinsame Beteiligungsgesellschaft des Fonds Halden Capital und des Bergbaukonzerns Ostrava"
    "la società comune di Halden Cells e del gruppo Halden", "la empresa conjunta de Ostrava y de Halden Capital"

The gazetteer knows the one as the other's parent, and the extractor states that tie wherever a page
names both in one sentence (``RelationExtractor._known_units``); but a list of two genitives ("of A and
of B", "du A et du B", "des A und des B") names the owners of something else, and one followed by
"together" ("gemeinsam", "ensemble", "insieme", "conjuntamente") two that act as one, and the page then
says nothing of their own tie. A bare list ("Halden and Halden Cells presented the plant") still states it;
a possessive or a unit noun in the gap ("X and its unit Y", "X und die Tochter Y") tells the tie.
"""

from __future__ import annotations

import re

from ..doc import Mention

__all__ = ["named_as_peers"]

#: the gap between two names of one list: a conjunction, then articles or prepositions and up to three
#: words of description ("et du groupe minier", "und des Bergbaukonzerns"); no comma, no possessive
_PEER_GAP = re.compile(
    r"\s+(?:and|und|sowie|et|e|ed|y)\s+"
    r"(?:(?:of|the|du|de|des|la|le|les|l['’]|del|della|dello|dei|degli|delle|dell['’]|di|el|los|las|der|die|das|dem|den)\s*)*"
    r"(?:[\w'’-]+\s+){0,3}?", re.IGNORECASE)
#: the conjunction, then a genitive article or preposition: the second name is the second owner of a thing
_GENITIVE_GAP = re.compile(r"\s+(?:and|und|et|e|ed|y)\s+(?:of|du|des|de|d['’]|del|della|dello|dei|degli|dell['’]|di|der)(?:\s|(?<=['’]))",
                           re.IGNORECASE)
#: the two act together: "Halden Chem and Halden Cells, which together invested", "die gemeinsam", "qui
#: détiennent ensemble" (a relative's verb may come first)
_TOGETHER_AFTER = re.compile(r"\s*,?\s*(?:(?:which|who|die|der|qui|che|que|los\s+cuales|las\s+cuales)\s+(?:[\w’']+\s+)?)?"
                             r"(?:together|jointly|gemeinsam|zusammen|ensemble|conjointement|insieme|congiuntamente|"
                             r"juntos|juntas|conjuntamente)\b", re.IGNORECASE)
#: a possessive or a unit noun in the gap: the list tells the tie ("X and its unit Y", "X e la controllata Y")
_TIE_WORD = re.compile(
    r"\b(?:its|their|sa|son|ses|leur|seine[mnrs]?|ihre[mnrs]?|sua|suo|sue|suoi|su|sus|"
    r"unit|subsidiary|arm|division|business|parent|owner|filiale|maison|mère|filial|matriz|controllata|controllante|"
    r"capogruppo|Tochter\w*|Mutter\w*|Sparte|Konzernmutter)\b", re.IGNORECASE)


def named_as_peers(text: str, units: list[Mention], parents: list[Mention]) -> bool:
    """Whether a mention of the unit and one of its parent in one sentence are neighbours in a list of
    two owners or two that act together: only a conjunction and a short description between them, in
    either order."""
    for u in units:
        for p in parents:
            if u.sentence != p.sentence:
                continue
            a, b = (u, p) if u.end <= p.start else (p, u)
            if b.start - a.end > 60:
                continue
            if _PEER_GAP.fullmatch(text, a.end, b.start) is None or _TIE_WORD.search(text, a.end, b.start):
                continue
            if _GENITIVE_GAP.match(text, a.end, b.start) or _TOGETHER_AFTER.match(text, b.end):
                return True
    return False
