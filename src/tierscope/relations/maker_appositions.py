"""The companies an apposition on a maker names as its owners ("Y, a joint venture of A and B", "Y,
einem Gemeinschaftsunternehmen des Anlagenbauers A und des Bergbaukonzerns B", "Y, der Anlagenbautochter
des Konzerns A", "Y, la filiale de A", "Y, filiale di A", "Y, una empresa de A"): they describe who the
maker is, so a sentence that names goods and their maker with such an apposition still names the maker
alone. The apposition runs from the comma after the maker, an article and at most three words before
"of", to the sentence's end or its next semicolon, colon or parenthesis.
"""

from __future__ import annotations

import re

from ..doc import Mention

__all__ = ["apposed_owners"]

_OF_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the|one|ein|eine|einem|einer|eines|der|die|das|dem|den|un|une|una|uno|la|le|il|lo|l['’]|el)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:of|des|der|von|de|du|d['’]|di|del|della|dello|dei|degli|delle)\b\s*",
    re.IGNORECASE)
_END = re.compile(r"[;:()]|\.\s")


def apposed_owners(text: str, maker: Mention, comps: list[Mention], offset: int) -> set[int]:
    """The indexes in ``comps`` of the companies named in an apposition of ownership right after
    ``maker`` (``offset``: the sentence's start in the page, ``text`` the sentence)."""
    m = _OF_APPOSITION.match(text, maker.end - offset)
    if m is None:
        return set()
    stop = _END.search(text, m.end())
    hi = stop.start() if stop else len(text)
    return {k for k, c in enumerate(comps) if c is not maker and m.end() <= c.start - offset + len(c.text) and c.start - offset < hi
            and c.start - offset >= maker.end - offset}
