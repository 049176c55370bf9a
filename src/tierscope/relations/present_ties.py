"""A partnership told by a verb of working together in the present ("PowerCo works with QuantumScape",
"Volkswagen trabaja con QuantumScape", "Valeo collabora con Y", "X coopère avec Y", "X kooperiert mit
Y") runs now: "active", where a partnership's nouns ("an alliance with Y", "un accordo con Y") tell the
news of a deal, "announced". The present only: not a future ("collaborerà"), a plan, a past ("worked"),
an infinitive ("to work with"), nor a report or talks (the status cues read those first).
"""

from __future__ import annotations

import re

#: the present of working together, the whole trigger (the lexicon's partnership verbs), per language
_PRESENT = {
    # (not "partners with": the news verb of a new alliance, "Mercedes partners with CATL on research")
    "en": r"(?:works?|collaborates?|cooperates?|co-operates?)(?: (?:together|closely|jointly|already|also))*",
    "de": r"(?:arbeitet|arbeiten|kooperiert|kooperieren)(?: \w+)*",
    "fr": r"(?:travaille|travaillent|collabore|collaborent|coopère|coopèrent)(?: (?:déjà|aussi|également|étroitement|ensemble))*",
    "it": r"(?:lavora|lavorano|collabora|collaborano|coopera|cooperano)(?: (?:già|anche|insieme|inoltre))*",
    "es": r"(?:trabaja|trabajan|colabora|colaboran|coopera|cooperan)(?: (?:ya|también|además|junto|conjuntamente|estrechamente))*",
}
_PRESENT = {lang: re.compile(rf"{words}\s*", re.I) for lang, words in _PRESENT.items()}
#: what makes the present no present: an auxiliary or infinitive marker right before it ("to work",
#: "will work", "plans to", "va a", "pour", "per", "para")
_NOT_PRESENT_BEFORE = re.compile(r"\b(?:to|will|would|could|may|might|shall|should|pour|per|para|a|de|di|zu|soll|sollen|wird|werden|wollen|könnte)\s+$", re.I)


#: a present that tells the future: "Künftig arbeitet X mit Y zusammen", "kooperiert ab 2026 mit Y", "from 2027"
_LATER = re.compile(r"\b(?:künftig|zukünftig|in Zukunft|fortan|from now on|in (?:the )?future|à l['’]avenir|dorénavant|d['’]ora in poi|"
                    r"in futuro|en el futuro|a partir de ahora|de ahora en adelante)\b|"
                    r"\b(?:ab|from|starting(?: in)?|à partir de|dès|a partire da(?:l|llo|lla)?|a partir de(?:l)?) (?:\w+ )?(?:19|20)\d\d\b", re.I)


def present_partnership(lang: str, text: str, t0: int, t1: int) -> bool:
    """Whether the trigger at t0..t1 is a verb of working together in the present, with no word of a
    start to come next to it."""
    rx = _PRESENT.get(lang)
    if rx is None or not rx.fullmatch(text, t0, t1):
        return False
    if _LATER.search(text, max(0, t0 - 40), min(len(text), t1 + 40)):
        return False
    return _NOT_PRESENT_BEFORE.search(text, max(0, t0 - 12), t0) is None
