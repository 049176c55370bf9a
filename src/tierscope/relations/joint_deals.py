"""A deal noun whose object is joint work: a joint venture or a joint development.

"X signed with Y an agreement for a joint venture that will make cells", "un accord de coentreprise
pour produire des batteries", "un acuerdo de desarrollo conjunto para validar sus celdas", "l'accordo
per una joint venture paritetica che produrrà celle": the deal founds a venture or a joint programme,
and the goods named after it are what the two will make together, not what one sells the other. The
plain contract noun's supply reading (``frames/supply.py`` ``read_deal``, ``tier_only``) gives way; the
partnership readers still read the deal.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: what a joint deal founds or runs, right after the deal noun and its "of"/"for" (an article and a
#: verb or noun of founding between: "pour créer une coentreprise", "para la constitución de una
#: empresa conjunta", "über die Gründung eines Gemeinschaftsunternehmens")
JOINT_WORK_AFTER = re.compile(
    r"\s+(?:de|di|of|d['’]|per|para|pour|for|on|sur|su|sobre|über|zur|zum)\s*"
    r"(?:(?:la|le|lo|el|the|una?|une|an?|ein(?:e|es)?|die|l['’])\s*)?"
    r"(?:(?:creación|creazione|création|costituzione|constitución|constitution|formation|Gründung|creation|formazione)"
    r"\s+(?:de|di|d['’]|of|eines|einer)\s*(?:una?\s+|une\s+|an?\s+)?"
    r"|(?:créer|former|constituer|costituire|creare|crear|constituir|formar|form|create|set\s+up|launch)\s+(?:una?|une|an?)\s+)?"
    r"(?:co-?entreprises?|joint[- ]ventures?|empresas?\s+conjuntas?|societ[àa]\s+(?:comune|congiunta)"
    r"|soci[ée]t[ée]\s+commune|Gemeinschaftsunternehmens?"
    r"|(?:co-?)?d[ée]veloppement\s+(?:conjoint|commun)|co-?d[ée]veloppement|desarrollo\s+conjunto|co-?desarrollo"
    r"|sviluppo\s+congiunto|co-?sviluppo|joint\s+development|gemeinsamen\s+Entwicklung|joint\s+research)\b", _I)

#: the same work named right before an English deal noun ("a joint venture agreement", "a joint
#: development deal", "a co-development agreement")
JOINT_WORK_BEFORE = re.compile(r"\b(?:joint[- ]venture|joint\s+development|co-?development|JV)\s+$", _I)


#: how far after the deal noun its object may stand, its partner between ("an agreement with Y for a
#: joint venture"), within the clause
_REACH = 60
_BREAK = re.compile(r"[,;:()]")
#: the places a word starts after (where the object's "of"/"for" may stand)
_SPACE = re.compile(r"(?<=\S)\s(?=\S)")


def joint_work_deal(text: str, t0: int, t1: int) -> bool:
    """Whether the deal noun at ``text[t0:t1]`` is one of founding a venture or of developing jointly."""
    if JOINT_WORK_BEFORE.search(text, max(0, t0 - 30), t0) is not None:
        return True
    end = min(len(text), t1 + _REACH)
    brk = _BREAK.search(text, t1, end)
    if brk is not None:
        end = brk.start()
    return any(JOINT_WORK_AFTER.match(text, m.start()) for m in _SPACE.finditer(text, t1, end))

