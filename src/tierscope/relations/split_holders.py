"""A joint company whose owners are named in a German verb-last relative, each with its share:

    "Für den Vertrieb gründeten beide Seiten Brixo, an dem Kestrel 51 und Vostra 49 Prozent hält."
    "Brixo, ein Gemeinschaftsunternehmen, an dem Kestrel 60 Prozent und Vostra 40 Prozent halten, baut ein Werk."

Two owners each with a substantial share (20% or more) are the parents of a joint venture: a joint
venture between them, their stakes in it not labelled again (the guidelines count the venture
once). The stake frame read the clause "X hält ... an Y" the wrong way round (the joint company
holding its first owner); the caller drops those readings.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.sentence_scan import holds

__all__ = ["split_holders"]

_NUM = r"(?P<{}>\d{{1,3}}(?:,\d+)?)"
_SPLIT = re.compile(
    # (a description in apposition may stand between: "Brixo, ein Gemeinschaftsunternehmen, an dem")
    r"(?:\s+[a-zäöüß]+)?(?:\s*,\s*(?:ein|eine|einem|das|die|der|dem)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s*(?:an dem|an der|an denen)\s+(?P<a>[^,;:()%\d]{1,60}?)\s+(?:(?:rund|etwa|knapp|gut)\s+)?" + _NUM.format("p1")
    + r"(?:\s*(?:%|Prozent))?\s+(?:und|sowie)\s+(?P<b>[^,;:()%\d]{1,60}?)\s+(?:(?:rund|etwa|knapp|gut|die\s+restlichen|den\s+Rest\s+von)\s+)?"
    + _NUM.format("p2") + r"\s*(?:%|Prozent)\s+(?:der\s+Anteile\s+)?(?:hält|halten|besitzt|besitzen|hielt|hielten)\b")
_GATE = re.compile(r"\ban de[mrn]\b")
#: the smallest share that makes an owner a joint owner rather than a minority investor
_JOINT_SHARE = 20.0


def split_holders(text: str, spans: list[tuple[int, int, str]], language: str) -> tuple[str, list[engine.Found]] | None:
    """``spans``: (start, end, canonical) of the sentence's companies, sorted. The held company and a
    joint venture between its two owners, or None."""
    if language != "de" or len(spans) < 3 or not holds(_GATE, text):
        return None
    for _start, end, held in spans:
        m = _SPLIT.match(text, end)
        if m is None:
            continue
        a = [n for s, e, n in spans if m.start("a") <= s and e <= m.end("a")]
        b = [n for s, e, n in spans if m.start("b") <= s and e <= m.end("b")]
        if len(a) != 1 or len(b) != 1 or a[0] == b[0] or held in (a[0], b[0]):
            return None
        shares = [float(m.group(i).replace(",", ".")) for i in ("p1", "p2")]
        if min(shares) < _JOINT_SHARE:
            return None
        status = "ended" if m.group(0).rstrip().endswith(("hielt", "hielten")) else "active"
        return held, [engine.Found("joint_venture", a[0], b[0], status, 0.75, None, (m.start(), m.end()))]
    return None
