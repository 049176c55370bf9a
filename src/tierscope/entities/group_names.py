"""A known name with a group word next to it ("le groupe Volvo", "il gruppo Volvo", "the Volvo group",
"der Volvo-Konzern") names the company the gazetteer calls "<name> Group" when that is another
company than the bare name's: "Volvo" alone is Volvo Cars, the group of that name is AB Volvo, the
truck maker."""

from __future__ import annotations

from .gazetteer import Entry, gazetteer
from .matcher import Token

__all__ = ["group_entry"]

_BEFORE = frozenset("group groupe gruppo grupo gruppe".split())
_AFTER = frozenset("group groupe gruppo grupo gruppe konzern konzerns".split())


def group_entry(tokens: list[Token], i: int, n: int, entry: Entry) -> Entry:
    """``entry`` for the known name at tokens[i:i+n], or the "<name> Group" company when a group word
    stands right before or after the name."""
    j = i + n
    before = i > 0 and tokens[i - 1].key in _BEFORE and tokens[i].start - tokens[i - 1].end <= 1
    after = j < len(tokens) and tokens[j].key in _AFTER and tokens[j].start - tokens[j - 1].end <= 1
    if not (before or after):
        return entry
    surface = " ".join(t.text for t in tokens[i:j])
    group = gazetteer().entry(surface + " Group")
    return group if group is not None and group.name != entry.name else entry
