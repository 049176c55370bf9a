"""A company named "together with" another as holding a share of a market ties no deal to it:

    "Valmera, which together with Brixo controls more than half of the world market, ..."
    "Marktführer Valmera, der zusammen mit Brixo mehr als die Hälfte des Weltmarkts bedient, ..."
    "Valmera, che insieme a Brixo detiene oltre metà del mercato mondiale, ..."
    "Valmera, qui détient avec Brixo plus de la moitié du marché mondial, ..."
    "Valmera, que junto con Brixo acapara más de la mitad del mercado mundial, ..."

Rivals are counted together when a paper sizes a market; the co-occurrence guidelines label nothing
there. The words of joint work ("together with") fire a partnership, and "controls" a stake; here
the object of the verb is a share of a market, not a company. A tie of the company named after
"together with" is dropped where a share of a market follows it in its clause (not a supply, which
the words do not fire).
"""

from __future__ import annotations

import re

__all__ = ["drop_market_partners"]

_I = re.IGNORECASE
#: "together with" and its company right after (an article or a short description between)
_TOGETHER = re.compile(
    r"\b(?:together\s+with|along\s+with|zusammen\s+mit|gemeinsam\s+mit|insieme\s+(?:a|ad|con)|assieme\s+a"
    r"|avec|conjointement\s+avec|junto\s+(?:a|con))\s+(?:(?:the|der|dem|den|il|lo|la|le|l['’]|el|al)\s*)?"
    r"(?:(?-i:[a-zäöüàèéìòùáíóú])[\w-]*\s+){0,2}$", _I)
#: a share of a market: a fraction or a percentage, then the market (or sales) within a few words;
#: "market share", "Marktanteil", "quota di mercato", "part de marché", "cuota de mercado" alone
_SHARE = re.compile(
    r"\b(?:half|a\s+third|a\s+quarter|share|\d+\s?(?:%|percent|per\s+cent)|Hälfte|Drittel|Viertel|\d+\s?Prozent"
    r"|metà|terzo|quarto|\d+\s?per\s?cento|moitié|tiers|quart|\d+\s?pour\s+cent|mitad|tercio|cuarto|\d+\s?por\s+ciento)"
    r"[^,;:.()]{0,30}?\b(?:(?:global|world|worldwide|European|Chinese)\s+)?"
    r"(?:market|Weltmarkt\w*|Markt\w*|Welt-?\s?Markt\w*|mercato|marché|mercado)\b"
    r"|\b(?:market\s+share|Marktanteil\w*|quota\s+di\s+mercato|quote\s+di\s+mercato|parts?\s+de\s+marché"
    r"|cuotas?\s+de\s+mercado)", _I)
#: what may stand between the company and its share: a verb and a quantifier ("controls more than",
#: "mehr als die", "detiene oltre", "plus de la", "acapara más de la"), no purpose ("to win a share")
_GAP = re.compile(r"(?:(?!(?:to|um|zu|per|pour|para|for|für)\b)[^\W\d][\w'’-]*\s+){0,5}", _I)
_GAP_THEN_SHARE = re.compile(r"\s*" + _GAP.pattern + "(?:" + _SHARE.pattern + ")", _I)
#: the gate: a sentence with none of these words holds no share of a market
_GATE = re.compile(r"market|markt|mercato|marché|mercado", _I)


def drop_market_partners(text: str, spans, results: list) -> list:
    """``spans``: (start, end, name, sectors) of the sentence's companies; ``results``: the frames'
    ties (``type``, ``source``, ``target``)."""
    if not results or not _GATE.search(text):
        return results
    counted: set[str] = set()
    for s, e, name, *_ in spans:
        if not _TOGETHER.search(text, max(0, s - 40), s):
            continue
        clause_end = len(text)
        for stop in ";:":
            k = text.find(stop, e)
            if k >= 0:
                clause_end = min(clause_end, k)
        if _GAP_THEN_SHARE.match(text, e, clause_end):
            counted.add(name)
    if not counted:
        return results
    return [f for f in results if f.type == "supplies" or not ({f.source, f.target} & counted)]
