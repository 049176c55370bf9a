"""A German minority stake told with no company after it: the company it is in was named first in the sentence.

    "Einen wichtigen Geldgeber hat Korvan schon: Maltrix hält seit 2021 eine Minderheitsbeteiligung."
    "Korvan wird mehrheitlich von Brixo kontrolliert; Maltrix und Dellan halten Minderheitsbeteiligungen."
    "Zu den Anteilseignern von Korvan zählt Maltrix, das eine Minderheitsbeteiligung hält."

German leaves the "an Y" out where Y is the clause's topic, named before. The frames read nothing here (no
"an"/"bei") or, worse, read the bare "hält" as control of the nearest company. Each holder (coordinated
holders each) invests in the sentence's first company. The other languages say "a minority stake in it"
or use the passive that bare_minorities reads; this shape is German's.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["de_bare_stakes"]

# what may stand between the verb and the stake: a time, an adverb, an article
_FILL = (r"(?:(?:seit(?:her)?|bereits|schon|auch|zudem|außerdem|noch|weiterhin|inzwischen|nun|jetzt|heute|jeweils|je"
         r"|ebenfalls|eine|einen|kleine|kleinere|ihre|seine)\s+|seit\s+(?:[\w-]+\s+){0,4}?(?:19|20)\d\d\s+)*")
_NOUN = r"(?P<noun>Minderheitsbeteiligung(?:en)?|Minderheitsanteile?n?)"
_VERB = r"(?P<verb>hält|halten|hielt|hielten|besitzt|besitzen|besaß|besaßen|behält|behalten|behielt)"
# the holder right before: verb second ("X hält seit 2021 eine Minderheitsbeteiligung") or a relative
# ("X, das eine Minderheitsbeteiligung hält"); the stake closes its clause: no "an", "bei", "von" after it
_MAIN = re.compile(r"\s+" + _VERB + r"\s+" + _FILL + _NOUN + r"(?=\s*(?:[.;,]|und\b|$))")
_RELATIVE = re.compile(r"\s*,\s*(?:der|die|das|welche[rs]?)\s+" + _FILL + _NOUN + r"\s+" + _VERB + r"\b")
_PAST = frozenset("hielt hielten besaß besaßen behielt".split())
# a holder coordinated with the one before it, a description between ("und der Fonds Dellan"); a comma only
# inside a list that "und" closes ("A, B und C halten"): alone it ends a clause ("Y gehört A, B hält ...")
_AND = re.compile(r"\s*(?:\bund\b|\bsowie\b)\s*(?:(?:der|die|das|dem|den)\s+(?:[\w-]+\s+){0,3})?")
_COMMA = re.compile(r"\s*,\s*(?:(?:der|die|das|dem|den)\s+(?:[\w-]+\s+){0,3})?")
# the holders open their own clause: a break between them and the company before
_BREAK = re.compile(r"[;:,]")


def _holders(text: str, spans, k: int) -> tuple[list[str], int]:
    """The holder at ``k`` and those coordinated before it; the index of the first of them."""
    names, j, closed = [spans[k][2]], k, False
    while j > 0:
        gap = (spans[j - 1][1], spans[j][0])
        if _AND.fullmatch(text, *gap):
            closed = True
        elif not (closed and _COMMA.fullmatch(text, *gap)):
            break
        j -= 1
        names.append(spans[j][2])
    return names, j


def de_bare_stakes(text: str, spans: list[tuple[int, int, str]]) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    if len(spans) < 2 or "Minderheits" not in text:
        return []
    held = spans[0][2]
    out: list[engine.Found] = []
    for k in range(1, len(spans)):
        end = spans[k][1]
        m = _MAIN.match(text, end)
        if m is None:
            # a relative is read only with one other company: with more, which one it is in is unclear
            # ("A kauft Y von B, das eine Minderheitsbeteiligung hält": B's stake is in Y, not A)
            m = _RELATIVE.match(text, end) if len({n for _s, _e, n in spans}) == 2 else None
            if m is None:
                continue
        holders, j = _holders(text, spans, k)
        if j == 0:
            continue  # the first company is one of the holders: the stake's company is not named here
        if m.re is _MAIN and not _BREAK.search(text, spans[j - 1][1], spans[j][0]):
            continue  # "Brixo verkauft Korvan an Dellan hält ...": no clause of the holders' own
        status = "ended" if m.group("verb") in _PAST else "active"
        out.extend(engine.Found("invests_in", h, held, status, 0.7, None, m.span("verb"))
                   for h in holders if h != held)
    return out
