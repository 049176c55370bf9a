"""A party's own word that it has no plan to make a deal denies the deal: "X has no plans to buy
Y", "X is not considering an offer for Y", "X n'envisage pas de racheter Y", "X n'a aucun projet de reprise
de Y", "X non ha alcun progetto di acquisizione di Y", "X no está estudiando una oferta por Y", "X hat keine
Pläne, Y zu übernehmen".

The status reader drops a tie told with a cue of unlikelihood (status.py, lexicon ``unlikely``); among
those cues, a forecast ("unlikely to", "not expected to", "n'est pas prévu") still says nothing of the
tie, but a negated intention is the denial the guidelines label (a report followed by the party's "no
plans" is ``denied``).
"""

from __future__ import annotations

import re

_NO_INTENT = re.compile(
    r"no\s+plans?|no\s+intention|not\s+planning|not\s+considering"
    r"|aucun\s+projet|n['’]envisage\s+pas"
    r"|non\s+intende|non\s+ha\s+intenzione|nessun\s+piano|non\s+(?:ha|hanno)\s+alcun|non\s+(?:sta|stanno)\s+(?:valutando|considerando)"
    r"|no\s+(?:tiene|tienen)\s+(?:intención|planes|ningún)|no\s+(?:está|están)\s+(?:estudiando|considerando|valorando)"
    r"|keine\s+Pläne|nicht\s+beabsichtigt|(?:erwägt|erwägen)\s+(?:kein|nicht)",
    re.IGNORECASE,
)


def refused_plan(cue: str) -> bool:
    """Whether a cue of unlikelihood is a party's negated intention (a denial), not a forecast."""
    return _NO_INTENT.search(cue) is not None
