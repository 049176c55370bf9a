"""A joint-venture noun inside a description the entity stage resolved to the venture, with a relative
clause after it ("bei EKPO, dem Brennstoffzellen-Gemeinschaftsunternehmen, das ElringKlinger seit 2020
mit OPmobility betreibt", "Kelda, la joint venture nel fotovoltaico, che A ha creato con B"), is still
the venture's noun: the relative names its parents. Company mentions otherwise block the triggers
inside them; for the joint-venture triggers such descriptions do not.
"""

from __future__ import annotations

import re

from ..doc import Mention

__all__ = ["venture_blocks"]

#: a relative clause right after the description: ", das A mit B betreibt", ", che A ha creato con B"
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:das|die|der|che|que|qui|which|that|dont|cui|la cual|el cual)\b", re.IGNORECASE)


def venture_blocks(text: str, mentions: list[Mention], base: int) -> list[tuple[int, int]]:
    """The spans (relative to ``base``) that block a joint-venture trigger: every name, person and
    place, but no resolved description followed by a relative clause."""
    return [(m.start - base, m.end - base) for m in mentions
            if m.label in ("COMPANY", "PERSON", "PLACE") and not m.attrs.get("implied")
            and not (m.source == "coref" and _RELATIVE_AFTER.match(text, m.end))]
