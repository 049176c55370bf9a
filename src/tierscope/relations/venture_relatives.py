"""A stake told in a relative after "a joint venture with Y": the stake is in the venture, Y its partner.

    "Cellforce, ein Gemeinschaftsunternehmen mit Valeo, an dem Bosch 60 Prozent hält"  -> joint_venture Bosch Valeo
    "Cellforce, a joint venture with the supplier Valeo in which Bosch holds 60 percent" -> joint_venture Bosch Valeo
    "Cellforce, una joint venture con Valeo di cui Bosch detiene il 60%"               -> joint_venture Bosch Valeo

The stake readers take the name right before the relative ("an dem", "in which", "di cui", "en la
que", "dont") for the company held. After a venture's noun and its "with", that name is the other
parent: shares are held in the venture, and the holder is the venture's other parent. The gold
guidelines label the two parents as a joint venture and not each one's stake in the joint company,
so the stake becomes the venture of holder and partner.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["stakes_in_ventures"]

_I = re.IGNORECASE

#: a venture's noun, its "with", and at most four words describing the partner, right before the name
_VENTURE_WITH = re.compile(
    r"\b(?:joint[- ]ventures?|JV|Gemeinschaftsunternehmens?|Joint[- ]Ventures?|coentreprises?|co-entreprises?"
    r"|soci[ée]t[ée] commune|empresa conjunta|sociedad conjunta|societ[àa] comune|joint[- ]venture)"
    r"(?:\s+(?:[\w-]+\s+){0,2}?)?\s*(?:with|mit|avec|con)\s+(?:[\w'’-]+\s+){0,4}?$", _I)
#: the relative that opens right after the partner's name ("in which", "an dem", "di cui", "dont",
#: "en la que"), up to the holder
_RELATIVE_AFTER = re.compile(
    r"\s*,?\s*(?:in which|of which|an (?:dem|der)|bei (?:dem|der)|di cui|nella quale|nel quale|dont|dans laquelle"
    r"|en (?:la|el) que|en (?:la|el) cual|del que|de la que)\b", _I)


def stakes_in_ventures(text: str, spans, results: list) -> list:
    """``results`` with each stake (owns, invests_in, a controlling stake taken: acquires) whose held company is the partner named after
    "a joint venture with" and right before a relative replaced by the venture of holder and partner
    (``spans``: (start, end, name, sectors) of the sentence's companies)."""
    out = []
    for f in results:
        if f.type in ("owns", "invests_in", "acquires"):
            held = next((s for s in spans if s[2] == f.target and s[1] <= f.trigger[0]
                         and _RELATIVE_AFTER.match(text, s[1]) and _VENTURE_WITH.search(text, max(0, s[0] - 90), s[0])), None)
            holder_after = held is not None and any(s[2] == f.source and s[0] >= held[1] for s in spans)
            # the holder left out or a pronoun in the relative ("dont il détient 80 %", "di cui
            # detiene l'80%", "en la que tiene el 80 %", "of which it holds 80%"): the clause's own
            # subject, named before the venture, holds the stake in the venture, not in its partner
            holder_before = (held is not None and not holder_after and any(s[2] == f.source and s[1] <= held[0] for s in spans)
                             and not any(held[1] <= s[0] < f.trigger[0] for s in spans))
            if held is not None and (holder_after or holder_before) and f.source != f.target:
                a, b = sorted((f.source, f.target))
                out.append(engine.Found("joint_venture", a, b, f.status, f.confidence, None, f.trigger, f.origin))
                continue
        out.append(f)
    return out
