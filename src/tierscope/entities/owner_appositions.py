"""The owner an apposition names right after a description: "the cell maker, a unit of the Chinese
group Y,", "le fabricant, filiale du groupe chinois Y,", "la operadora de transporte, filial del
británico Y,", "la società, controllata dal gruppo Y,", "das Unternehmen, eine Tochter der Y,".

Why: a paper that takes a company up again by its kind often reminds the reader whose unit it is. The
apposition says the company described belongs to Y, so the description points to a unit of Y the story
named, not to the nearer company that only fits the noun (the customer of the sentence before), and
never to Y itself. ``owner_after`` finds Y; coreference (``coref._owned_antecedent``) weighs the
candidates by the gazetteer's parents.
"""

from __future__ import annotations

import re

from ..doc import Mention

__all__ = ["owner_after"]

# The description's own field may stand between the noun and the comma ("la operadora de transporte, ...").
_FIELD = r"(?:\s+(?:de|di|du|of|von|del|della|dell['’])\s*[\w'’-]+)?"
_PHRASE = (
    # English
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|division|arm)\s+of"
    r"|(?:(?:wholly|fully|majority)[\s-]+)?owned\s+by|controlled\s+by|part\s+of"
    # French
    r"|(?:une\s+|la\s+)?filiale\s+(?:à\s+100\s*%\s+)?(?:du|de\s+la|de\s+l['’]|de|des)"
    r"|(?:détenue|détenu|contrôlée|contrôlé)\s+(?:à\s+100\s*%\s+|majoritairement\s+)?par"
    r"|propriété\s+(?:du|de\s+la|de\s+l['’]|de)"
    # Spanish
    r"|(?:una\s+|la\s+)?filial\s+(?:[\w-]+\s+)?(?:del|de\s+la|de)"
    r"|propiedad\s+(?:del|de\s+la|de)"
    r"|(?:participada|participado|controlada|controlado)\s+(?:(?:al|en\s+un)\s+(?:\S+\s+){1,3}?)?por"
    # Italian
    r"|(?:controllata|controllato|partecipata)\s+(?:interamente\s+|al\s+\S+\s+)?(?:dal|dalla|dall['’]|dai|da)"
    r"|(?:la\s+)?(?:filiale|controllata)\s+(?:[\w-]+\s+)?(?:del|della|dell['’]|di)"
    r"|di\s+proprietà\s+(?:del|della|dell['’]|di)"
    # German
    r"|(?:eine\s+)?[\w-]*tochter(?:gesellschaft)?\s+(?:der|des|von)"
    r"|im\s+besitz\s+(?:der|des|von)"
)
# (the phrase ends a word: a space follows it, or it ends in an elided article: "controllata dall'Y")
_OWNED_BY = re.compile(_FIELD + r"\s*,\s*(?:" + _PHRASE + r")(?:(?<=['’])|(?=[\s'’]))\s*", re.IGNORECASE)
_REACH = 50  # characters from the phrase to the owner's name: an adjective or two, a group noun


def owner_after(text: str, end: int, sentence_companies) -> Mention | None:
    """The company an apposition right after a description (ending at ``end``) names as its owner, or
    None. ``sentence_companies``: the company mentions of the description's sentence."""
    m = _OWNED_BY.match(text, end)
    if m is None:
        return None
    for c in sorted(sentence_companies, key=lambda c: c.start):
        if c.start < m.end() or not c.canonical:
            continue
        between = text[m.end() : c.start]
        if c.start - m.end() > _REACH or any(p in between for p in ",;:."):
            return None
        return c
    return None
