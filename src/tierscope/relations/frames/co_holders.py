"""Joint holders named as companions of a holder: "X holds a third of ACC alongside Y and Z", "X reste
actionnaire d'ACC, aux côtés de Y et de Z", "X es accionista, junto con Y y Z, de ACC", "X ist
gemeinsam mit Y und Z an ACC beteiligt", "X detiene un terzo di ACC insieme a Y e Z": the holder and
its companions own one company together, parents of a joint venture, pairwise. A funding round, a
minority stake or a financial investor among them makes co-investors, not parents.
"""

from __future__ import annotations

import re

from ..compiled import Compiled
from ..groups import Group, _coordinated
from .common import _PERCENT, _left, _unmarked

_I = re.IGNORECASE

#: a word of holding a share or owning, near the companions (the trigger gates the sentence first)
_HOLDING = {
    "en": re.compile(r"\b(?:shareholders?|co-?owners?|owns?|owned|stakes?|(?:holds?|held) (?:an? |the )?(?:\d|half|third|quarter|stake|share|majority|interest))", _I),
    "fr": re.compile(r"\b(?:actionnaires?|copropriétaires?|détien(?:t|nent|dra)|détenait|possèd(?:e|ent)|capital)\b", _I),
    "es": re.compile(r"\b(?:accionistas?|copropietari[oa]s?|posee|poseen|controla|controlan|capital|propiedad)\b", _I),
    "it": re.compile(r"\b(?:azionist[ai]|comproprietari[oa]?|detien[ei]|detengono|possiede|possiedono|controlla|controllano|capitale)\b", _I),
    "de": re.compile(r"\b(?:beteiligt|Anteile?n?|Gesellschafter|Miteigentümer|Eigentümer|besitzt|besitzen)\b", _I),
}

#: co-investors, not parents: a funding round, a capital increase, a minority stake
_INVESTING = re.compile(
    r"\b(?:round|funding|raise[sd]?|minority|minoritair\w*|levée|tour de table|augmentation de capital|ronda|ampliación de capital"
    r"|minoritari\w*|minoranza|minoría|round di|aumento di capitale|Finanzierungsrunde|Kapitalerhöhung|Minderheit\w*)\b", _I)

_REACH = 90

#: the smallest share that makes a holder a joint owner (as partnership._JOINT_SHARE)
_JOINT_SHARE = 20.0


def read_co_holders(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    t0, t1 = m.start(), m.end()
    hold = _HOLDING.get(lex.lang)
    if hold is None or _INVESTING.search(text) or not hold.search(text, max(0, t0 - _REACH), min(len(text), t1 + 2 * _REACH)):
        return []
    if any(float(p.group(1).replace(",", ".")) < _JOINT_SHARE for p in _PERCENT.finditer(text, max(0, t0 - _REACH), min(len(text), t1 + _REACH))):
        return []  # "holds 5% of W alongside Y": a small stake makes an investor
    first = next((g for g in groups if g.start >= t1), None)
    if first is None or first.start - t1 > 40 or re.search(r"[,;:()]", text[t1 : first.start]):
        return []
    companions = _coordinated(lex, groups, first, text, ("with", "of")) if len(first.names) == 1 else list(first.names)
    last = max((g for g in groups if set(g.names) <= set(companions) and g.start >= first.start), key=lambda g: g.end)
    lefts = [g for g in _left(groups, t0, text, ("report",), lex, _REACH)
             if not re.search(r"[;:]", text[g.end : t0]) and _unmarked(lex, g) and len(g.names) == 1]
    holder = lefts[-1] if lefts else None
    if holder is None:
        # "Together with Y and Z, X is one of the shareholders of W": the holder after the companions
        holder = next((g for g in groups if g.start >= last.end and g.start - last.end <= 6 and _unmarked(lex, g)
                       and text[last.end : g.start].strip() in (",", "")), None)
    if holder is None or holder.names[0] in companions:
        return []
    owners = [holder.names[0]] + companions
    named = {n for g in groups for n in g.names}
    if len(named - set(owners)) < 1 or any("investor" in sec for g in groups if set(g.names) & set(owners) for sec in g.member_sectors):
        return []  # no company held is named, or an investor is among the holders
    return [(owners, owners, None, 0.0, "active")]
