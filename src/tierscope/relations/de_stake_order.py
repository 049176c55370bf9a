"""German word orders of a stake that the "X hält N Prozent an Y" frame does not read:

    "Norvik, der knapp 90 Prozent an Brixo hält, prüft einen Verkauf."   (subject relative, verb last)
    "An Brixo hält Norvik rund ein Drittel der Anteile."                   (the held company fronted)
    "An dem Zellhersteller Brixo hält Norvik 30 Prozent."

In the relative the verb of holding comes last, so the stake frame, which wants the verb before the
figure, found nothing, and the ownership frame's bare "hält" read any figure as control. Fronting the
"an"-phrase puts the held company before the verb and the holder after it. Other languages keep the
verb before the figure in both cases ("Norvik, which holds 90% of Brixo"), which their frames read.
A holding above half is ``owns``, else ``invests_in``; a past verb ("hielt") ends it.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.sentence_scan import holds
from .stake_relatives import _DE_FRACTION, _PAST, _share

__all__ = ["de_stake_order"]

_PCT = r"(?P<pct>\d{1,3}(?:,\d+)?)\s*(?:%|Prozent\b)"
_ABOUT = r"(?:(?P<about>rund|etwa|knapp|gut|mehr als|fast|über|ungefähr|circa|ca\.)\s+)?"
_ADVERBS = r"(?:(?:seit\s+(?:19|20)\d\d|bereits|schon|inzwischen|mittlerweile|noch|derzeit|heute|weiterhin|damals)\s+)*"
_SHARE = _ABOUT + r"(?:" + _PCT + r"|" + _DE_FRACTION + r")(?:\s+der\s+Anteile|\s+der\s+Aktien|\s+des\s+Kapitals)?"
_VERBS = r"(?P<verb>hält|besitzt|kontrolliert|hielt|besaß)"
# after the holder's name: ", der/die/das [adverbs] SHARE an|am [description] " - the held name follows
_RELATIVE = re.compile(r"\s*,\s*(?:der|die|das|welcher|welche|welches)\s+" + _ADVERBS + _SHARE
                       + r"\s+(?:an|am)\s+(?:(?:dem|der|den)\s+)?(?:[^\W\d][\w-]*\s+){0,3}$")
# after the held name: adverbs and the verb, closing the relative
# (an origin may describe the held company first: "an dem Unternehmen aus der Oberpfalz hält")
_RELATIVE_END = re.compile(r"(?:\s+aus\s+(?:der\s+|dem\s+)?[^\W\d][\w-]*)?\s+" + _ADVERBS + _VERBS + r"\s*(?:[,;.]|$)")
# a clause opened by the "an"-phrase: the held name right after "An [dem description]"
_FRONT_OPEN = re.compile(r"(?:^|[.;:]\s+)(?:(?:Seit\s+(?:19|20)\d\d|Inzwischen|Mittlerweile|Auch)\s+)?"
                         r"(?:An|Am)\s+(?:(?:dem|der|den)\s+)?(?:[^\W\d][\w-]*\s+){0,3}$")
# between the held name and the holder's: the verb and a description of the holder
_FRONT_VERB = re.compile(r"\s+" + _VERBS + r"\s+(?:(?:der|die|das)\s+(?:[^\W\d][\w-]*\s+){0,3})?$")
# after the holder's name: adverbs and the share, closing the clause
_FRONT_SHARE = re.compile(r"\s+" + _ADVERBS + _SHARE + r"\s*(?:[,;.]|$)")
_GATE = re.compile(r"\b(?:hält|besitzt|kontrolliert|hielt|besaß)\b")


def de_stake_order(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    if language != "de" or len(spans) < 2 or not holds(_GATE, text):  # (the gate's literals first, from the sentence's scan)
        return []
    out: list[engine.Found] = []
    for (s1, e1, a), (s2, e2, b) in zip(spans, spans[1:]):
        if a == b:
            continue
        share = _RELATIVE.match(text, e1, s2)
        verb = _RELATIVE_END.match(text, e2) if share is not None else None
        if verb is not None:
            out.append(_found(share, verb, a, b))  # "A, der 30 Prozent an B hält"
            continue
        front = _FRONT_OPEN.search(text, 0, s1)
        verb = _FRONT_VERB.match(text, e1, s2) if front is not None else None
        share = _FRONT_SHARE.match(text, e2) if verb is not None else None
        if share is not None:
            out.append(_found(share, verb, b, a))  # "An A hält B 30 Prozent"
    return out


def _found(share: re.Match, verb: re.Match, holder: str, held: str) -> engine.Found:
    """The stake from the match holding its figure and the one holding its verb."""
    kind = "owns" if _share(share) > 50 else "invests_in"
    status = "ended" if verb.group("verb").casefold() in _PAST else "active"
    return engine.Found(kind, holder, held, status, 0.8, None, verb.span("verb"))
