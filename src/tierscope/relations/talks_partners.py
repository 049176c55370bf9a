"""The company a buyer talks with about a stake in a third is not the company it buys into.

    "Brakon ha confermato di essere in trattativa con Quarda per entrare nel capitale di Norvik"
        -> invests_in Brakon -> Norvik stays; no invests_in Brakon -> Quarda
    "Brakon bestätigte Gespräche mit Quarda über den Einstieg bei Norvik" -> the same
    "Brakon is in talks with Quarda to take a minority stake in Norvik", "Brakon est en discussions
    avec Quarda en vue d'une participation dans Norvik", "Brakon negocia con Quarda una participación
    en Norvik" -> the same

The stake readers take the name after "in talks with" for the company the stake is taken in when
nothing else is named; where the sentence names the stake's own company after a stake noun ("stake
in", "capitale di", "Einstieg bei"), the talks partner is the seller or a co-owner. A stake (or
purchase) of X in Y is dropped when Y is named right after the talks phrase and the same evidence
gives X's stake in (or purchase of) a company named after Y behind a stake noun.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_relations

__all__ = ["drop_talks_partners"]

_DEALS = ("invests_in", "acquires")
#: "in talks with", "in trattativa con", "en discussions avec", "negocia con", "Gespräche mit" (a
#: few words of description of the partner may follow: "con il gruppo", "avec le japonais")
_TALKS_WITH = re.compile(
    r"\b(?:talks|discussions?|negotiations?|trattativ[ae]|negoziat\w*|colloqui|conversaciones|negociaciones|negocia\w*"
    r"|négociations?|pourparlers|Gespräche\w*|Verhandlungen|verhandel\w*)"
    r"\s+(?:\w+\s+){0,2}?(?:with|con|avec|mit)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
#: a stake noun and its preposition before the company the stake is in ("stake in", "capitale di",
#: "participation dans", "participación en", "Einstieg bei", "Beteiligung an")
_STAKE_IN = re.compile(
    r"\b(?:stake|holding|interest|shares|capital|capitale|quota|partecipazione|participation|participaci[oó]n"
    r"|Einstieg|Beteiligung|Anteile?n?)\b[^,;:.]{0,30}?\s(?:in|of|dans|de|du|d['’]|en|di|del|della|nel|nella|bei|an|am|der)"
    r"\s*(?:(?:the|la|le|l['’]|el|il|der|dem|den)\s*)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


def drop_talks_partners(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the stakes in a talks partner where the stake's own company is named after it."""
    deals = [r for r in relations if r.type in _DEALS]
    if len(deals) < 2:
        return relations

    def drop(text: str, inside, r: Relation) -> bool:
        partner = next((m for m in inside if m.canonical == r.target
                        and _TALKS_WITH.search(text, max(r.evidence.start, m.start - 70), m.start)), None)
        return partner is not None and any(
            o is not r and o.type in _DEALS and o.source == r.source and o.target not in (r.source, r.target)
            and o.evidence.start == r.evidence.start
            and any(z.canonical == o.target and z.start > partner.end
                    and _STAKE_IN.search(text, max(partner.end, z.start - 60), z.start) for z in inside)
            for o in deals)

    return drop_relations(relations, doc, _DEALS, drop)
