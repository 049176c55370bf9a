"""A possessive after a list marks the list's last name only.

    "Brakon, Selvio and Quarda's battery unit Norvik ..."   -> owns Quarda -> Norvik; Brakon and
        Selvio are only named beside Quarda: no owns Brakon -> Norvik nor Selvio -> Norvik
    "Shares of Norvik and Quarda parent ... ", "Norvik und Selvio-Mutter Quarda": the compound's first
        part is Selvio alone; Quarda is no parent of Norvik

The readers take a coordinated list as one party, so the owner the possessive (or the German compound
"Selvio-Mutter", "Quarda-Tochter") names is given to every name of the list. English and German
glue the owner to the last name ("Quarda's", "Quarda-Tochter"); French, Italian and Spanish name the
owner after the noun ("la filiale de Quarda"), where a list before the noun is no owner, so the rule
has nothing to mend there.

An ownership between X and Y is dropped when every mention of X in the evidence opens or continues a
list whose last name is another company, that last name carries the possessive or the compound, and Y
is named right after it.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_relations

__all__ = ["drop_list_possessors"]

#: what joins two names of a list: a comma, "and", "und", "&", "sowie" (with an article after it)
_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|und|sowie)\s+)?|\s+(?:and|und|sowie|&)\s+)(?:(?:the|die|der|den|dem)\s+)?")
#: the mark that makes the last name an owner: "Quarda's", "TotalEnergies'", "Quarda-Mutter",
#: "Quarda-Tochter", "Quarda-Konzern"
_MARK = re.compile(r"(?:['’]s?|-(?:Mutter|Tochter|Konzern|Gruppe|Holding)\w*)(?=\s)")
#: what may stand between the mark and the other party: a few words ("battery unit", "parent")
_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,3}")


def _carried(text: str, mentions, x: str, y: str) -> bool:
    """Whether every mention of ``x`` among ``mentions`` (in text order) only stands in a list whose
    last, other name carries the owner's mark, with ``y`` right after the marked noun."""
    xs = [k for k, m in enumerate(mentions) if m.canonical == x]
    if not xs:
        return False
    for k in xs:
        last = k
        while last + 1 < len(mentions) and _JOIN.fullmatch(text, mentions[last].end, mentions[last + 1].start):
            last += 1
        if last == k or mentions[last].canonical in (x, y):
            return False
        mark = _MARK.match(text, mentions[last].end)
        if mark is None or last + 1 >= len(mentions) or mentions[last + 1].canonical != y:
            return False
        if not _BETWEEN.fullmatch(text, mark.end(), mentions[last + 1].start):
            return False
    return True


def drop_list_possessors(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the ownerships given to a list's names for its last name's possessive."""
    return drop_relations(relations, doc, ("owns",), lambda text, inside, r: (
        _carried(text, inside, r.source, r.target) or _carried(text, inside, r.target, r.source)))
