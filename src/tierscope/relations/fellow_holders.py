"""Two holders of one company are not, on that ground, each other's holder.

    "Quarda, controlada por el fondo Brakon y con el fondo Selvio como accionista minoritario"
        -> owns Brakon -> Quarda stays; no stake between Selvio and Brakon
    "Brakon, which holds about 21% of Quarda, and Selvio, another large shareholder, ..."
        -> invests_in Brakon -> Quarda stays; no stake between Brakon and Selvio

A sentence that tells one holder of a company (the "controlled by"/"holds x% of" reading) and names a
second one by a shareholder noun ("con Y como accionista", "dont Y est actionnaire", "Y, another large
shareholder") lists the company's shareholders; the readers, finding the noun between two names, tie
the two holders together. A stake between X and Y is dropped when the same evidence gives X's holding
of a third company and Y is named as a shareholder with no company's name after the noun ("Y is a
shareholder of X" keeps its stake; "socio di minoranza" is no name).
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_relations

__all__ = ["drop_fellow_holders"]

_STAKES = ("owns", "invests_in")
#: a shareholder noun right after the name ("Y, another large shareholder", "Y como accionista
#: minoritario", "Y est actionnaire", "Y come socio di minoranza", "Y als Minderheitsaktionär")
_HOLDER_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:is|was|est|était|è|era|es|era|ist|war|bleibt|remains|reste|resta|sigue siendo)\s+)?"
    r"(?:(?:as|another|one|comme|un autre|come|un altro|como|otro|als|ein weiterer)\s+)?(?:(?:a|an|the|un|une|uno|una|l['’]|il|el|der|ein|eine)\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:shareholders?|stakeholders?|investors?|accionistas?|socios?|actionnaires?|azionist[ai]|soci[oi]?|"
    r"\w*[Aa]ktionär(?:e|in)?|Gesellschafter|Anteilseigner)\b(?!\s+(?:of|de|du|des|d['’]|di|del|della|dello|von|vom|der|in|an|bei)\s*(?:the\s+|la\s+|le\s+|il\s+|el\s+)?(?-i:[A-ZÀ-Ö]))",
    re.IGNORECASE)


def drop_fellow_holders(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the stakes between two holders of one company (see the module's docstring)."""
    stakes = [r for r in relations if r.type in _STAKES]
    if len(stakes) < 2:
        return relations

    def drop(text: str, inside, r: Relation) -> bool:
        ev = r.evidence
        for x, y in ((r.source, r.target), (r.target, r.source)):
            # X holds a third company in the same evidence
            if not any(s.source == x and s.target not in (x, y) and s.evidence.start == ev.start for s in stakes):
                continue
            ys = [m for m in inside if m.canonical == y]
            if ys and any(_HOLDER_AFTER.match(text[m.end : min(ev.end, m.end + 80)]) for m in ys):
                return True
        return False

    return drop_relations(relations, doc, _STAKES, drop)
