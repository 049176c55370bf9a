"""A company named after a possessive kin noun keeps the preposition before the possessive:

    "Brixo buys most of its cells from its parent Kestrel"      -> "from" governs Kestrel
    "Brixo s'approvisionne auprès de sa maison mère Kestrel"     -> "auprès de"
    "Brixo compra le celle dalla sua controllante Kestrel"       -> "dalla"
    "Brixo compra las celdas a su matriz Kestrel"                -> "a"
    "Brixo bezieht die Zellen von seiner Mutter Kestrel"         -> "von"

Goods go between a group's companies as between any two: a unit buys from its parent. The parent noun
("parent", "Mutter") is a trigger of its own, for ownership, and a trigger's end is a barrier to the
marker search (``groups.assign_markers``): without this step the name after it takes no preposition,
so no supply reads it as the seller. Only the seller's preposition and a present parent noun: a unit
noun ("its subsidiary Y") and a former tie ("su ex filial Y") are left to the ownership readers, which
read the name unmarked.
"""

from __future__ import annotations

import re

__all__ = ["kin_marker"]

_I = re.IGNORECASE
#: adjectives between the possessive and the noun, none of a past tie ("its former parent" is read as ended ownership)
_GAP = r"(?:(?!(?:former|ex|ancienne?|antigua|antiguo|früheren?|ehemaligen?|vecchia)\b)(?-i:[a-zàâçéèêëîïôûùäöüßáíóúñ])[\w-]*\s+){0,2}?"
#: the seller's preposition, a possessive and a parent noun: goods bought from one's own parent
_KIN = {
    "en": r"\b(?P<prep>from)\s+(?:its|their)\s+" + _GAP + r"(?:parent(?:\s+company|\s+group)?|majority\s+owner)\s+$",
    "fr": r"(?P<prep>\bauprès\s+de|\bde)\s+(?:sa|son|leur)\s+" + _GAP + r"(?:maison\s+mère|société\s+mère)\s+" + _GAP + r"$",
    "it": r"(?P<prep>\bda|\bdalla|\bdal)\s+(?:(?:la|il)\s+)?(?:sua|suo|propria|proprio|loro)\s+" + _GAP
          + r"(?:capogruppo|casa\s+madre|controllante)\s+" + _GAP + r"$",
    "es": r"(?P<prep>\ba|\bde)\s+(?:su|sus)\s+" + _GAP + r"(?:matriz|casa\s+matriz|sociedad\s+matriz)\s+" + _GAP + r"$",
    "de": r"(?P<prep>\bvon|\bbei)\s+(?:seiner|seinem|ihrer|ihrem|der|dem)\s+" + _GAP
          + r"(?:Mutter|Muttergesellschaft|Mutterkonzern)\s+$",
}
_KIN_RX = {k: re.compile(v, _I) for k, v in _KIN.items()}


def kin_marker(lang: str, text: str, lo: int, start: int, markers: dict) -> tuple[str, int] | None:
    """(marker, its start) for a name at ``start`` preceded, after ``lo``, by a preposition, a
    possessive and a kin noun; None where there is none or the preposition is no marker of the language."""
    rx = _KIN_RX.get(lang)
    if rx is None:
        return None
    m = rx.search(text, max(lo, start - 80), start)
    if m is None:
        return None
    prep = " ".join(m.group("prep").lower().split())
    if not any(prep in words for words in markers.values()):
        return None
    return prep, m.start("prep")
