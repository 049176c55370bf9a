"""A sentence of share-price moves names companies side by side; it ties none of them by a deal.

    "Shares in Korvan jumped 12% and Maltrix eased 2% as investors bet on further deals",
    "En bolsa, Korvan subía un 1,8% mientras Maltrix cedía un 0,6%", "Korvan-Aktien stiegen um 3
    Prozent, Maltrix-Papiere gaben 1 Prozent nach", "En Bourse, Korvan gagnait 2 % et Maltrix
    cédait 1 %", "In Borsa Korvan guadagnava il 2%, Maltrix cedeva l'1%"

The labelling guidelines label nothing from share-price moves of two companies in one sentence; the
word "deals" or "acciones" there fires a partnership or a stake. A sentence with two percentages, a
word for shares or the exchange and two verbs of a price move keeps only its ownerships (such as one
an apposition states: "SK Innovation, the parent of SK On, slipped 0.6%").
"""

from __future__ import annotations

import re

__all__ = ["market_moves"]

_PCT = re.compile(r"\d\s?(?:%|percent\b|per\s+cent\b|Prozent\b|por\s+ciento\b|pour\s+cent\b|per\s+cento\b)", re.IGNORECASE)
_MARKET = re.compile(r"\b(?:shares?|stocks?|acciones|títulos?|Aktien?|\w+-Aktien?|\w*-?Papiere|actions?|titres?|titoli|titolo|azioni|"
                     r"bolsa|Börse|bourse|borsa|Nasdaq|Dax|Kospi|Cac|Ibex|Ftse|Mib)\b", re.IGNORECASE)
_MOVE = re.compile(
    r"\b(?:rose|fell|jumped|eased|gained|lost|dropped|slipped|climbed|rallied|slumped|tumbled|surged|closed\s+(?:up|down)|"
    r"sub(?:ía|ió|en|ían|ieron)|ced(?:ía|ió|ían|ieron)|se\s+anot(?:aba|ó|aron)|ganaba|perdía|ca(?:ía|yó|yeron)|"
    r"stieg(?:en)?|fiel(?:en)?|verlor(?:en)?|gewann(?:en)?|legten?\s+\w+\s+zu|gaben?\s+\w+\s+nach|"
    r"gagn(?:ait|é|aient)|céd(?:ait|aient|é)|perd(?:ait|aient)|recul(?:ait|é|aient)|progress(?:ait|é|aient)|"
    r"guadagn(?:ava|avano|ato)|ced(?:eva|evano|uto)|perdeva(?:no)?|salit[oi])\b", re.IGNORECASE)


def market_moves(text: str) -> bool:
    """``text`` (one sentence) reports share-price moves: two percentages, shares or the exchange, two
    moves (one move is the news of a deal: "Korvan's shares rose 5% after it agreed to buy 20% of Maltrix")."""
    if text.count("%") + text.count("ent") < 2:  # (the cheap gate: "%", "percent", "Prozent", "pour cent")
        return False
    return len(_PCT.findall(text)) >= 2 and _MARKET.search(text) is not None and len(_MOVE.findall(text)) >= 2
