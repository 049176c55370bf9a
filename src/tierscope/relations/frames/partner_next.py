"""A partner named right after its partner with a possessive: "X and its partner Y", "X and partner
Y", "X e il suo partner cinese Y", "X und sein Partner Y", "X et son partenaire Y", "X y su socio Y":
the two names are partners. The conjunction with the description may have joined them in one list
(``groups``'s ``coord_np``), so the pair is read inside that list or from the names on either side.
"""

from __future__ import annotations

import re

from ..compiled import Compiled
from ..groups import Group

#: a plural noun or possessive in the trigger: "its partners", "ses partenaires", "sus socios", "i suoi
#: partner", "seinen Partnern" (not a singular noun's adjective: "son partenaire chinois", "su socio japonés")
_PLURAL = re.compile(r"\b(?:partners|partenaires|soci[oa]s|Partnern|ses|leurs|sus|i|suoi)\b", re.IGNORECASE)


def read_partner_next(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    t0, t1 = m.start(), m.end()
    plural = _PLURAL.search(m.group(0)) is not None
    for g in groups:
        if g.start < t0 and g.end > t1 and len(g.names) >= 2 and len(g.ends) == len(g.names) == len(g.firsts):
            k = next((i for i in range(len(g.names) - 1) if g.ends[i] <= t0 and g.firsts[i + 1] >= t1), None)
            if k is not None:
                return [([g.names[k]], g.names[k + 1 :] if plural else [g.names[k + 1]], None, 0.0)]
    before = next((g for g in reversed(groups) if g.end <= t0), None)
    after = next((g for g in groups if g.start >= t1), None)
    if before is None or after is None or text[before.end : t0].strip() or text[t1 : after.start].strip():
        return []
    return [([before.names[-1]], after.names if plural else after.names[:1], None, 0.0)]
