"""A purchase told by a participle in an apposition on the company bought, its buyer after it: "Kelda
buys its amplifiers from Brixo, acquired since by Norvik", "..., à Brixo, absorbé entre-temps par Norvik",
"... a Brixo, absorbida hace años por Norvik", "... da Brixo, acquisita nel 2019 da Norvik". The company
bought is the name the apposition follows, not the clause's subject (who buys from it); with a list
before the comma, its last name (the participle agrees with the nearest). Asked by
``frames/deals.py``'s passive reading."""

from __future__ import annotations

import re

from .groups import Group

# the comma that opens the apposition and up to three lower-case words (an adverb, a time: "entre-temps",
# "hace años", "anni fa", "in 2019") before the participle; a capitalised word is a name or a new clause,
# and an auxiliary or a subject pronoun makes a clause of its own ("Z, formerly Y, was bought by X",
# "nata come Y, era stata acquisita da X", "..., elle a été rachetée par X"), whose subject the frame reads
_NOT_IN_APPOSITION = (r"(?:was|were|is|are|has|have|had|been|be|it|they|est|sont|a|ont|été|était|sera|il|elle|ils|elles"
                      r"|è|e|era|sono|stata|stato|fu|ha|hanno|fue|fueron|han|sido|será|ella|wurde|wurden|ist|sind|war|hat|haben|sie|es)")
_GAP = re.compile(r"\s*,\s*(?:(?!" + _NOT_IN_APPOSITION + r"\b)[a-zà-ÿ0-9][\w'’-]*\s+){0,3}")


def apposed_head(groups: list[Group], t0: int, text: str) -> Group | None:
    """The company group an apposed participle at ``t0`` follows ("Brixo, acquired ..."), or None."""
    head = next((g for g in reversed(groups) if g.end <= t0), None)
    if head is None or _GAP.fullmatch(text, head.end, t0) is None:
        return None
    return head


def apposition_agent(groups: list[Group], t1: int, agent: Group, text: str) -> bool:
    """Whether ``agent``, after a trigger ending at ``t1``, closes an apposition on a name between them
    ("Kelda buys its amplifiers from Brixo, acquired since by Norvik"): it is the participle's agent,
    so the trigger before ("buys") has none."""
    for g in groups:
        if g.start < t1 or g.end > agent.start or g is agent:
            continue
        gap = _GAP.match(text, g.end)
        if gap is not None and "," in text[g.end : gap.end()] and not re.search(r"[,;:()]", text[gap.end() : agent.start]):
            return True
    return False
