"""A supplier replacing another at a customer named after a preposition, with no supply word:

    "Maltrix replaces Delvo at Korvan."                        -> Maltrix supplies Korvan; Delvo supplied Korvan (ended)
    "Maltrix remplace Delvo sur les parkings de Korvan."        -> the same
    "Maltrix sostituisce Delvo presso Korvan."
    "Maltrix sustituye a Delvo en Korvan."
    "Maltrix ersetzt Delvo bei Korvan." / "Maltrix löst Delvo bei Korvan ab."

The three companies stand in that order: the new one, the verb of replacing, the old one, the customer's
preposition ("at", "chez", "presso", "en", "bei"; or a place of the customer's: "on the car parks of").
A replacement still to come ("will replace", "remplacera") leaves the old tie running. "Replaces Delvo as
supplier to Korvan" has its supply noun and is read by the frames (and `guards.py`); a tie a frame read
is left alone.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["replaced_at"]

_I = re.IGNORECASE
#: between the new company and the old one: the verb of replacing (two auxiliaries or adverbs before it)
_VERB = {
    "en": r"^\s+(?:(?:[\w'’]+\s+){0,2}?)(?:replac(?:es|ed|e|ing)|succe(?:eds|eded|ed)|takes\s+over\s+from|took\s+over\s+from|will\s+take\s+over\s+from)"
          r"\s+(?:(?:the|its|(?-i:[a-z])[\w-]*)\s+){0,3}?$",
    "fr": r"^\s+(?:(?:[\w'’]+\s+){0,2}?)(?:remplac(?:e|ent|era|eront|é|ait)|succède\s+à|succédera\s+à|prend(?:ra)?\s+la\s+place\s+d['’e]\s*)"
          r"\s*(?:(?:le|la|l['’]|les|son|sa|(?-i:[a-zéè])[\w-]*)\s*){0,3}?$",
    "it": r"^\s+(?:(?:[\w'’]+\s+){0,2}?)(?:sostitu(?:isce|iscono|irà|ito|ì)|rimpiazz(?:a|ano|erà|ato)|subentr(?:a|erà|ato)\s+a(?:d|l|lla)?|prende(?:rà)?\s+il\s+posto\s+d(?:i|el|ella))"
          r"\s*(?:(?:il|la|l['’]|i|gli|le|(?-i:[a-zèé])[\w-]*)\s*){0,3}?$",
    "es": r"^\s+(?:(?:[\w'’]+\s+){0,2}?)(?:sustitu(?:ye|yen|irá|ido|yó)|reemplaz(?:a|an|ará|ado|ó)|releva(?:rá)?|relevó)\s+(?:a|al)"
          r"\s+(?:(?:la|el|los|las|(?-i:[a-záéíóú])[\w-]*)\s+){0,3}?$",
    "de": r"^\s+(?:(?:[\w'’]+\s+){0,2}?)(?:ersetzt|ersetzte|löst|löste|verdrängt|verdrängte)"
          r"\s+(?:(?:den|die|das|dem|der|(?-i:[a-zäöü])[\w-]*)\s+){0,3}?$",
}
#: between the old company and the customer: the customer's preposition, or a place of the customer's
_AT = {
    "en": r"^\s+(?:at|for|in)\s+(?:(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){1,3}?(?:of|at)\s+)?(?:the\s+)?$",
    "fr": r"^\s+(?:chez|pour|auprès\s+d[eu]\s*|(?:sur|dans)\s+(?:les|le|la|l['’]|des)\s*(?:(?-i:[a-zéè])[\w-]*\s+){1,3}?(?:de|du|des|d['’])\s*)\s*$",
    "it": r"^\s+(?:presso|per|(?:in|nei|negli|nelle|nel|nella|sui|sugli|sulle)\s+(?:(?-i:[a-zèé])[\w-]*\s+){1,3}?(?:di|del|della|dei|delle|dell['’])\s*)\s*$",
    "es": r"^\s+(?:en|para|(?:en)\s+(?:los|las|el|la)\s+(?:(?-i:[a-záéíóú])[\w-]*\s+){1,3}?(?:de|del)\s+)\s*$",
    "de": r"^\s+(?:(?:[\w-]+\s+){0,2}?)(?:bei|beim|für|(?:auf|an|in)\s+den\s+(?:[\w-]+\s+){1,2}?(?:von|der|des))\s+(?:(?:der|dem|den|des)\s+)?$",
}
_VERB_RX = {k: re.compile(v, _I) for k, v in _VERB.items()}
_AT_RX = {k: re.compile(v, _I) for k, v in _AT.items()}
#: a replacement still to come: the old supplier's tie is running
_FUTURE = re.compile(r"\b(?:will|to\s+replace|remplacera|remplaceront|sostituirà|sostituiranno|sustituirá|sustituirán|reemplazará|wird|werden|soll)\b", _I)
#: German separable "löst ... ab": the particle closes the clause
_DE_PARTICLE = re.compile(r"^[^,.;:]{0,40}?\bab\b")


def replaced_at(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for "NEW replaces OLD at CUSTOMER" in the sentence ``text``; ``spans`` are (start,
    end, name, sectors) of its companies, in text order."""
    verb_rx, at_rx = _VERB_RX.get(lex.lang), _AT_RX.get(lex.lang)
    if verb_rx is None or len(spans) < 3:
        return []
    out: list[engine.Found] = []
    for k in range(len(spans) - 2):
        (a0, a1, new, _), (b0, b1, old, _), (c0, c1, cust, _) = spans[k], spans[k + 1], spans[k + 2]
        if len({new, old, cust}) < 3:
            continue
        verb = verb_rx.match(text[a1:b0])
        if verb is None or at_rx.match(text[b1:c0]) is None:
            continue
        if lex.lang == "de" and re.search(r"\bl[öo]st", text[a1:b0], _I) and not _DE_PARTICLE.match(text[c1:]):
            continue  # "löst Delvo bei Korvan ab": without the particle "löst" is another verb
        status, dconf = engine.status_for(lex, text, a1, b0, "announced", [(a0, a1), (c0, c1)])
        if status is None or status in ("denied", "ended"):
            continue
        # (a change to come is told as "announced": guards.apply, reading the verb of replacing before the old
        # company, keeps its tie running; a change told as done ends it)
        old_status = "announced" if _FUTURE.search(text, a1, b0) else "ended"
        out.append(engine.Found("supplies", new, cust, status, 0.6 + dconf, None, (a1, b0)))
        out.append(engine.Found("supplies", old, cust, old_status, 0.6 + dconf, None, (a1, b0)))
    return out
