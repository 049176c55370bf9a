"""A tie the page tells as running now outweighs the same tie told as signed or as over.

    "Copo invests in a plant that will supply Stellantis and, from 2027, Renault"      (announced)
    "Stellantis has for decades been the group's main customer; Copo supplies it ..."   (active)
              -> supplies Copo -> Stellantis: active

A page often tells one pair several times: a new contract (signed, deliveries to come), a past end, and a
sentence that says the tie runs now ("already supplies", "is still its largest shareholder", "seit 2022",
"desde hace décadas"). The gold labels the status the article finally asserts, and for a tie in effect
now that is ``active`` (labelling guidelines: deliveries under way, a current shareholding), whatever
new deal the page reports beside it. So where the surest assertion of a tie is ``announced`` or ``ended``
and another assertion of the same tie is ``active`` with a word that tells it runs already or still, that
one is made the surest. Not a running word in a future or a modal ("would continue to source"), nor a
"since" that opens a clause ("depuis qu'il a racheté"): those say nothing of the tie now.
"""

from __future__ import annotations

import re

from ..doc import Relation
from .ties import by_tie

__all__ = ["told_running", "running_ties_first"]

#: a tie told as running already or still, per language
_RUNNING = {
    "en": r"\b(?:already|still)\b|\bsince (?:19|20)\d\d\b|\bfor (?:years|decades)\b|(?<!would )(?<!will )(?<!to )\b(?:remains|continues to)\b",
    "de": r"\b(?:bereits|schon|weiterhin|nach wie vor|seit)\b",
    "fr": r"\b(?:déjà|toujours)\b|\bdepuis\b(?! que\b| qu['’])|\b(?:reste|restent)\b",
    "it": r"\b(?:già|tuttora|ancora)\b|\bda(?:l|gli|i)? (?:19|20)\d\d\b|\bda (?:anni|decenni)\b|\b(?:resta|restano|rimane)\b",
    "es": r"\b(?:ya|sigue|siguen|todavía)\b|\bdesde (?:hace|(?:19|20)\d\d)\b",
}
_RUNNING = {lang: re.compile(rx, re.I) for lang, rx in _RUNNING.items()}

#: the statuses a running tie outweighs: a deal signed beside it, an end told of it before or after
_OUTWEIGHED = ("announced", "ended")


def told_running(lang: str, text: str) -> bool:
    """Whether ``text`` tells a tie as running already or still (a word of the sentence; ``runs_now.py``
    reads a tie's own scope in the status stage)."""
    rx = _RUNNING.get(lang)
    return rx is not None and rx.search(text) is not None


def running_ties_first(out: list[Relation], lang: str) -> list[Relation]:
    """Make a running assertion of a tie its surest where the surest one was ``announced`` or ``ended``."""
    for rels in by_tie(out).values():
        if len(rels) < 2:
            continue
        best = max(rels, key=lambda r: r.confidence)  # (the first of equals, as the evaluation reads them)
        if best.status not in _OUTWEIGHED:
            continue
        running = [r for r in rels if r.status == "active" and told_running(lang, r.evidence.text)]
        if running:
            r = max(running, key=lambda r: r.confidence)
            r.confidence = round(min(0.99, best.confidence + 0.01), 3)
    return out
