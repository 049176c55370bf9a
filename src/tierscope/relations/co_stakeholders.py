"""Other holders of a minority stake named after the company held, whatever words told the first one.

    "Corvalis is one of the minority shareholders of Tessaro, alongside Brixo and Kelda."
    "Corvalis est l'un des actionnaires minoritaires de Tessaro, aux côtés de Brixo et de Kelda."
    "Corvalis è azionista di minoranza di Tessaro insieme a Brixo e Kelda."
    "Corvalis es accionista minoritario de Tessaro, junto a Brixo y Kelda."
    "Corvalis ist an Tessaro beteiligt, gemeinsam mit Brixo und Kelda."

The stake frame names its co-investors itself (``frames/deals.py``); a stake read by a noun
("shareholder of", "actionnaire de") or a relative left them out. The companions are read only
right after the company held (the lexicon's ``co_investor`` phrase, then the list it opens), and
only for a minority stake: companions of a holder of a third or a half are a joint venture's parents
(``frames/co_holders.py``).
"""

from __future__ import annotations

import re

from . import engine
from ..entities.gazetteer import known_ventures
from .groups import Group
from .known_roles import page_ventures
from ..scan.sentence_scan import holds

__all__ = ["co_stakeholders"]

#: the companions' list going on: "aux côtés d'EQT et de Macquarie", "junto a A, B y C"
_MORE = re.compile(r"\s*(?:,\s*|\s(?:and|et|e|ed|y|und)\s+)(?:(?:de|du|des|di|del|della|dello)\s+|d['’]\s*)?", re.IGNORECASE)


_BARE_WITH = re.compile(r"\s*,?\s*(?:with|con|avec|mit)\s+", re.IGNORECASE)
#: a stake too large for a minority among several, or a venture's words: the holders are its parents
#: ("détient un tiers du capital d'ACC aux côtés de", "è socio di ACC insieme a"); a half of the year is
#: no stake ("in the first half", "a metà 2025", "in der ersten Hälfte", "la primera mitad del año")
_PARENTS = re.compile(
    r"\b(?:a\s+third|one\s+third|(?<!first\s)(?<!second\s)half|un\s+tiers|(?<!première\s)(?<!seconde\s)(?<!deuxième\s)moitié|"
    r"un\s+terzo|(?<!\ba\s)(?<!prima\s)(?<!seconda\s)metà|ein(?:em)?\s+Drittel|(?<!ersten\s)(?<!zweiten\s)Hälfte|un\s+tercio|"
    r"(?<!primera\s)(?<!segunda\s)mitad|"
    r"joint[- ]venture|coentreprise|co-entreprise|società\s+comune|empresa\s+conjunta|sociedad\s+conjunta|Gemeinschaftsunternehmen|"
    r"soci[oa]?\s+di|partners?\s+in|associés?\s+(?:dans|de)|soci[oa]s?\s+(?:de|en)|Partner\s+(?:bei|von))\b"
    r"|\b(?:2[5-9]|[3-9]\d)(?:[.,]\d+)?\s*(?:%|per\s?cent|Prozent|pour\s?cent|por\s?ciento|per\s?cento)", re.IGNORECASE)


#: ``_PARENTS`` as its two alternatives, the shares and partners' words and the figures (a match of one
#: is a match of ``_PARENTS``): each has literals of its own, so that a sentence with a percent sign but
#: none of the words ("a 20% stake") skips the long first one (speed)
_CUT = _PARENTS.pattern.index(r"|\b(?:2[5-9]")
_PARENTS_APART = (re.compile(_PARENTS.pattern[:_CUT], re.IGNORECASE), re.compile(_PARENTS.pattern[_CUT + 1 :], re.IGNORECASE))


def co_stakeholders(text: str, groups: list[Group], results: list, lex) -> list:
    """More ``invests_in`` of the companions named after the held company of each stake found."""
    if not any(f.type == "invests_in" and f.trigger is not None for f in results):
        return []  # (speed) no stake to add companions to: the costly ``_PARENTS`` search can wait
    if any(holds(rx, text) for rx in _PARENTS_APART):
        return []
    ventures = page_ventures(known_ventures())  # (as the page names the companies)
    have = {(f.type, f.source, f.target) for f in results}
    out = []
    for f in results:
        if f.type != "invests_in" or f.trigger is None or f.target in ventures:
            continue
        # the held company's mention nearest the trigger
        near = [g for g in groups if f.target in g.names and len(g.names) == 1]
        if not near:
            continue
        held = min(near, key=lambda g: min(abs(g.start - f.trigger[1]), abs(f.trigger[0] - g.end)))
        after = [g for g in groups if g.start >= held.end]
        prev, names = held, []
        for g in after:
            if not (lex.co_investor.fullmatch(text, prev.end, g.start) or (names and _MORE.fullmatch(text, prev.end, g.start))):
                break
            if not names and _BARE_WITH.fullmatch(text, prev.end, g.start):
                break  # "invested in Y, with Z as a rival": a bare "with" names no co-investor (as in frames/deals.py)
            names.extend(n for n in g.names if n not in names)
            prev = g
        for n in names:
            if n in (f.source, f.target) or ("invests_in", n, f.target) in have:
                continue
            have.add(("invests_in", n, f.target))
            out.append(engine.Found("invests_in", n, f.target, f.status, max(0.05, f.confidence - 0.05), None, f.trigger))
    return out
