"""A bulleted headline is a teaser for another page, not the story's statement.

    "- Vostra steigt bei Lumen Cells ein", "* Lumen Cells, Vostra cede la rete al fondo?",
    "· Vostra vende su participación en Lumen Cells", "> Vostra ha già Lumen Cells, a cosa le servirebbe?",
    "› Vostra s'allie à Lumen Cells en Allemagne", "1. Vostra, nuovo accordo con Lumen Cells"

Scraped pages keep their "related" and "most read" lists, readers' quoted comments and round-up
indexes as lines that open with a bullet, a quote mark or a number, without a closing full stop. The
labelling guidelines label nothing from them (they are page furniture, even where no "Related"
heading announces them); a relation whose whole evidence is such a line is dropped. A bulleted line
that ends in a full stop is prose (a fact box: "- Vostra supplies the cells.") and stays.
"""

from __future__ import annotations

import re

from ..doc import Relation

__all__ = ["drop_teasers"]

_BULLET = re.compile(r"[ \t]*(?:[-*>·•›»▸►◦–—]|\d{1,2}[.)])[ \t]")
_FULL_STOP = re.compile(r"\.[\"'”»)\s]*$")


def _teaser_line(text: str, start: int, end: int) -> bool:
    """The evidence ``text[start:end]`` lies on one line that opens with a bullet and ends without a full stop."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    if end > hi + 1 or not _BULLET.match(text, lo):
        return False
    return not _FULL_STOP.search(text, lo, hi)


def drop_teasers(relations: list[Relation], text: str) -> list[Relation]:
    """``relations`` less those told only on a bulleted headline (see the module's docstring)."""
    return [r for r in relations if not _teaser_line(text, r.evidence.start, r.evidence.end)]
