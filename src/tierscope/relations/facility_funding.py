"""A plant sentence that tells what money raised will pay for ("Les fonds serviront à la construction
d'une première usine à Z", "The proceeds will fund a plant in Z", "El dinero servirá para terminar la
gigafactoría", "Das Geld soll die Fertigstellung des Werks in Z sichern", "I fondi serviranno a
costruire lo stabilimento di Z") follows a round or a stake told just before it: the plant is the
company's that raised the money, not an investor's, though the sentence before names the investors
last or as its subject. ``funding_sentence`` tells such a sentence; ``investee`` names the company the
stakes of the nearby sentences go to, where they go to one company only.
"""

from __future__ import annotations

import re

# the money noun in the sentence's first words, then a verb of paying for or using within the sentence
_MONEY = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:(?:the|this|these|that)\s+(?:new\s+)?(?:money|funds|proceeds|capital|cash|funding)|"
    r"(?:l['’]|cet\s+|ces\s+|les\s+|le\s+|la\s+|cette\s+)(?:argent|fonds|financement|levée|capitaux|somme|enveloppe)|"
    r"(?:el|los|estos|este|la|esta)\s+(?:dinero|fondos|financiación|recursos|capital|ronda|inyección)|"
    r"(?:das|dem|die|der)\s+(?:Geld|Mittel|Kapital|Finanzierung|Erlös|Einnahmen|Finanzierungsrunde)|"
    r"(?:i|il|le|questi|queste|l['’])\s*(?:fondi|denaro|risorse|capitale|finanziamento|aumento di capitale|round))\b", re.I)
_USE = re.compile(
    r"\b(?:fund|funds|finance|finances|pay for|be used|go (?:to|towards?|into)|help (?:build|complete|fund|finance)|"
    r"financer|financera|financeront|servir|servira|serviront|permettr\w+|destin\w+|"
    r"financiar|servirá|servirán|destinará|destinarán|permitirá|permitirán|"
    r"finanzier\w*|fließen|sichern|verwendet|eingesetzt|einsetzen|erweitert|gebaut|ausgebaut|"
    r"finanziar\w*|serviranno|servirà|destinat\w|utilizzat\w)\b", re.I)


def funding_sentence(text: str) -> bool:
    """Whether ``text`` opens on money raised and tells what it will pay for."""
    m = _MONEY.search(text)
    return m is not None and _USE.search(text, m.end()) is not None


def investee(relations, lo: int, hi: int) -> str | None:
    """The one company the stakes (``invests_in``) told between the offsets ``lo`` and ``hi`` go to,
    or None where they go to none or to several."""
    targets = {r.target for r in relations or () if r.type == "invests_in" and lo <= r.evidence.start < hi}
    return targets.pop() if len(targets) == 1 else None
