"""A partnership with a company named earlier in the sentence, told by a pronoun only:

    "Norvik holds 20% of Brixo and develops solid-state cells with it."
    "Norvik possiede il 20% di Brixo e collabora con essa sulle celle."
    "Norvik détient 20 % de Brixo et travaille avec elle sur les cellules."
    "Norvik tiene un 20% de Brixo y colabora con ella en celdas."
    "Norvik ist an Brixo beteiligt und entwickelt gemeinsam mit ihm Festkörperzellen."

The frames read "with" only before a name, so the pronoun leaves the verb without a partner. The
pronoun stands for the last company named before it that is not the clause run's subject (the first
company after the last colon or semicolon); the subject works with it. Active, or announced when the
verb is in the future.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["pronoun_partners"]

_I = re.IGNORECASE
#: up to four words between the verb and "with" ("develops solid-state cells with it", "collabora sulle celle con essa")
_GAP = r"\s+(?:[\w'’-]+\s+){0,4}?"
_RX = {
    "en": re.compile(r"\b(?:work(?:s|ed|ing)?|cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|partner(?:s|ed|ing)|"
                     r"(?:co-?)?develop(?:s|ed|ing)?)(?:" + _GAP + r"|\s+)(?:closely\s+|jointly\s+|together\s+)?with\s+(?:it|them)\b", _I),
    "it": re.compile(r"\b(?:collabor|cooper|lavor|svilupp|co-?svilupp)\w*(?:" + _GAP + r"|\s+)(?:insieme\s+)?(?:con|insieme\s+a)\s+(?:essa|esso|esse|essi|lei|loro)\b", _I),
    "fr": re.compile(r"\b(?:collabor|coop[èé]r|travaill|co-?développ|développ)\w*(?:" + _GAP + r"|\s+)(?:conjointement\s+|ensemble\s+)?avec\s+(?:elle|lui|eux|elles)\b", _I),
    "es": re.compile(r"\b(?:colabor|cooper|trabaj|co-?desarroll|desarroll)\w*(?:" + _GAP + r"|\s+)(?:conjuntamente\s+)?(?:con|junto\s+a)\s+(?:ella|él|ellas|ellos)\b", _I),
    "de": re.compile(r"\b(?:arbeite[nt]?|arbeitete[n]?|kooperier\w*|entwickel\w*|forsch\w*)(?:" + _GAP + r"|\s+)(?:gemeinsam\s+|zusammen\s+)?mit\s+(?:ihm|ihr|ihnen)\b", _I),
}
#: a future near the verb: the partnership is announced, not running yet ("will work with it", "collaborerà con essa";
#: partner_relatives reads its relatives so too)
FUTURE = re.compile(r"\b(?:will|shall|collaborer(?:à|anno)|lavorer(?:à|anno)|svilupper(?:à|anno)|collaborera|travaillera|"
                     r"coopérera|développera|colaborará|trabajará|cooperará|desarrollará|wird|werden)\b", _I)
#: a colon or semicolon starts a new run of clauses with a subject of its own (see the docstring)
_BREAK = re.compile(r"[:;]")


def pronoun_partners(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, name) of the sentence's companies."""
    rx = _RX.get(language)
    if rx is None or len(spans) < 2:
        return []
    out: list[engine.Found] = []
    for m in rx.finditer(text):
        lo = max((b.end() for b in _BREAK.finditer(text, 0, m.start())), default=0)
        before = [(s, e, n) for s, e, n in spans if s >= lo and e <= m.start()]
        if len(before) < 2:
            continue
        subject = before[0][2]
        partner = next((n for _s, _e, n in reversed(before) if n != subject), None)
        if partner is None:
            continue
        # the verb's own clause: the subject's, not a relative of another company ("..., which works with it")
        if re.search(r",\s*(?:which|who|che|qui|que|der|die|das)\b", text[before[-1][1] : m.start()], _I):
            continue
        status = "announced" if FUTURE.search(text, max(lo, m.start() - 20), m.end()) else "active"
        out.append(engine.Found("partners_with", subject, partner, status, 0.65, None, (m.start(), m.end())))
    return out
