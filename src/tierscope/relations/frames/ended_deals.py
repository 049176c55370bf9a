"""A contract between two companies said to be over (DEAL_ENDED): "Le contrat qui liait Umicore à
ACC a pris fin", "L'accord d'approvisionnement que X avait conclu avec Y a expiré", "X ha visto
scadere il proprio contratto con Y, che non è stato rinnovato". News says a supply contract ended
this way, without naming the goods; who supplied whom only the companies' places in the chain tell
(a carmaker buys from a parts maker, a cell maker from a materials maker). Two companies of one tier,
or one the gazetteer does not place, give nothing.
"""

from __future__ import annotations

import re

from ..compiled import Compiled
from ..groups import Group, has
from ..products import tier
from .common import _right, _subject, _unmarked

_I = re.IGNORECASE

#: "le contrat qui liait X à Y", "il contratto che legava X a Y": both parties after the verb
_BINDS = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:qui|che)\s+(?:liait|lie|reliait|unissait|legava|lega|univa)\s+(?:[\w'’-]+\s+){0,3}?$", _I)
#: "l'accord que X avait conclu avec Y", "il contratto che X aveva firmato con Y": the maker of the deal after "que"
_MADE_BY = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:que|qu['’]|che)\s*$", _I)
_MADE_VERB = re.compile(
    r"\s+(?:(?:a|avait|ont|avaient|aurait|ha|aveva|hanno|avevano|avrebbe)\s+)?(?:\w+\s+)?"
    r"(?:conclu|signé|passé|noué|firmato|stipulato|siglato|sottoscritto|concluso)\s+(?:[\w'’-]+\s+){0,3}?$", _I)
#: where the contract's clause ends: a semicolon or colon, a contrast, a relative whose own verb is
#: active ("avec Mahle, qui ne livre plus Y" speaks of Mahle; "con Y, che non è stato rinnovato" of the contract)
_CLAUSE_END = re.compile(
    r"[;:]|\b(?:mais|tandis|alors que|mentre|ma|però)\b|,\s*(?:qui|che)\b(?!\s+(?:n['’](?:a|ont) pas été|non (?:è|sono) stat|ne (?:sera|seront) pas|non sarà))", _I)
#: no clause break between the deal noun and its partner
_BREAK = re.compile(r"[,;:()]")


def read_ended_deal(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """The two parties of an ended contract, the lower tier as supplier; nothing unless the words
    near the noun say the contract is over."""
    t0, t1 = m.start(), m.end()
    ended = lex.status.get("ended")
    if ended is None:
        return []
    stop = _CLAUSE_END.search(text, t1, min(len(text), t1 + 160))
    if not ended.search(text, max(0, t0 - 40), stop.start() if stop else min(len(text), t1 + 160)):
        return []
    right = [g for g in _right(groups, t1) if g.start - t1 <= 80]
    a = b = None
    if len(right) >= 2 and _BINDS.fullmatch(text, t1, right[0].marker_start if right[0].marker_start >= 0 else right[0].start):
        a, b = right[0], right[1]
        if _BREAK.search(text, a.end, b.start):
            return []
    elif right and _MADE_BY.fullmatch(text, t1, right[0].start) and _unmarked(lex, right[0]):
        a = right[0]
        b = next((g for g in right[1:] if has(lex, "with", g) and _MADE_VERB.fullmatch(text, a.end, g.marker_start)), None)
    else:
        b = next((g for g in right if has(lex, "with", g)), None)
        if b is not None and (b.start - t1 > 50 or _BREAK.search(text, t1, b.start)):
            b = None
        a = _subject(lex, groups, t0, text) if b is not None else None
    if a is None or b is None or a is b or len(a.names) != 1 or len(b.names) != 1 or a.names == b.names:
        return []
    ta, tb = tier(a.sectors), tier(b.sectors)
    if ta is None or tb is None or ta == tb:
        return []
    return [(a.names, b.names, None, -0.1) if ta < tb else (b.names, a.names, None, -0.1)]
