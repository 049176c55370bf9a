"""The interviewee's first person as the agent of a passive of supplying: "il grafite viene fornito da
noi a Y", "le séparateur est fourni par nous à Y", "es suministrado por nosotros a Y".

The company says itself that it delivers, so the direction is told, not guessed: the chain's turn of a
supply (``known_roles.known_direction``: a cell maker does not supply a materials maker, so such a tie
is turned round) does not apply to it. Without this the interviewee's own sale to a company upstream of
its kind came out reversed. Only a first-person mention the entity stage made for an interview
(``entities/interview.py``: ``interview`` and ``pronoun``), right after the agent's preposition.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .engine import company_name

__all__ = ["speaker_is_agent"]

#: the passive agent's preposition right before the pronoun
_AGENT = re.compile(r"\b(?:da|par|por)\s*$", re.IGNORECASE)


def speaker_is_agent(text: str, mentions: list[Mention], kind: str, source: str) -> bool:
    """Whether ``source`` of a supply is the interviewee named by its first person after "da"/"par"/"por"
    among the sentence's ``mentions``."""
    return kind == "supplies" and any(
        m.attrs.get("interview") and m.attrs.get("pronoun") and company_name(m) == source
        and _AGENT.search(text, max(0, m.start - 8), m.start) for m in mentions)
