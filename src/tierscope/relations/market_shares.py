"""Two companies counted together in a market are no partners: "CATL, der zusammen mit Kestrel mehr als
die Hälfte des Weltmarkts bedient", "Brixo and Kestrel together account for 40 per cent of the market",
"insieme a Kestrel detiene oltre metà del mercato", "avec Kestrel, elle contrôle la moitié du marché",
"junto con Kestrel controla la mitad del mercado". The words of doing something together ("zusammen
mit", "together") only add up their shares here; a partnership read from them is dropped when a share of
a market follows the trigger in its clause."""

from __future__ import annotations

import re

from ..scan.sentence_scan import holds

__all__ = ["drop_market_sums"]

_I = re.IGNORECASE
#: a share of a market: "die Hälfte des Weltmarkts", "60 Prozent des Marktes", "Marktanteil", "half of the
#: market", "market share", "la metà del mercato", "la moitié du marché", "la mitad del mercado"
_SHARE = re.compile(
    r"\b(?:Hälfte|Drittel|Viertel|Prozent|%)\s+(?:des|der)\s+(?:[\w-]+\s+)?\w*(?:markt|marktes|markts|absatzes|absatz)\b"
    r"|\b\w*[Mm]arktanteil\w*|\bmarket\s+share|\b(?:half|third|quarter|per\s*cent|percent|%)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?market\b"
    r"|\b(?:metà|terzo|quota)\s+del\s+mercato\b|\bquota\s+di\s+mercato\b"
    r"|\b(?:moitié|tiers|quart)\s+du\s+marché\b|\bpart\s+de\s+marché\b"
    r"|\b(?:mitad|tercio|cuarta\s+parte)\s+del\s+mercado\b|\bcuota\s+de\s+mercado\b", _I)
_GATE = re.compile(r"markt|market|mercato|marché|mercado", _I)
#: where the trigger's clause ends
_CLAUSE_END = re.compile(r"[,;:.!?]")


def drop_market_sums(text: str, results: list) -> list:
    """Drop a partnership whose trigger's clause goes on to a share of a market."""
    if not any(r.type == "partners_with" for r in results) or not holds(_GATE, text):
        return results
    out = []
    for r in results:
        if r.type == "partners_with":
            t1 = r.trigger[1]
            end = _CLAUSE_END.search(text, t1)
            if _SHARE.search(text, t1, end.start() if end else len(text)):
                continue
        out.append(r)
    return out
