"""A company that advises on a deal is no party to it (read by ``PairAdmitter``).

Banks, law firms and consultants are named beside the deals they advise on: "Brasko Capital advised
Velda on its purchase of Norrvik", "Brasko ha assistito Velda nell'acquisizione di Norrvik", "conseillé
par Brasko", "asesorada por Brasko", "Berater war Brasko". The sentence names the adviser with the
buyer and the target, and a model that reads a stake cue and an investor's sector would tie it to the
target. The rules never read such a tie; the admitter leaves out a pair one of whose names is the
adviser: the subject of a verb of advising right after it, its agent ("advised by X"), or the name an
adviser's noun stands beside ("X, advisor di", "Berater X").
"""

from __future__ import annotations

import re
from functools import lru_cache

_VERBS = {
    "en": r"(?:advis(?:ed|es|ing)|acted\s+as\s+(?:an?\s+)?(?:financial\s+|legal\s+)?advis[eo]rs?|counsell?ed|assisted)",
    "it": r"(?:ha|hanno|aveva|avevano)\s+(?:assistito|consigliato)|(?:assiste|assistono)",
    "de": r"(?:berät|berieten|beriet|hat\s+beraten|haben\s+beraten|beraten)",
    "fr": r"(?:a|ont|avait|avaient)\s+(?:conseillé|assisté)|(?:conseille|conseillent)",
    "es": r"(?:ha|han|había|habían)\s+(?:asesorado|asistido)|(?:asesoró|asesoraron|asesora|asesoran)",
}
_AGENTS = {
    "en": r"(?:advised|counsell?ed|assisted)\s+by",
    "it": r"(?:assistit[oaie]|consigliat[oaie])\s+da(?:l|lla|llo|i|lle|gli|ll')?",
    "de": r"beraten\s+(?:von|durch)",
    "fr": r"(?:conseillée?s?|assistée?s?)\s+par",
    "es": r"(?:asesorad[oa]s?|asistid[oa]s?)\s+por",
}
_NOUNS = {
    "en": r"(?:financial\s+|legal\s+)?advis[eo]rs?",
    "it": r"(?:advisor|consulent[ei]|advisors)",
    "de": r"(?:Berater|Finanzberater|Rechtsberater)",
    "fr": r"(?:conseils?|conseillers?|banques?\s+conseils?)",
    "es": r"(?:asesor(?:es|a)?)",
}


@lru_cache(maxsize=None)
def _patterns(lang: str):
    if lang not in _VERBS:
        return None
    verb = re.compile(r"^\s*(?:,[^,]{0,40},\s*)?(?:" + _VERBS[lang] + r")\b", re.I)
    agent = re.compile(r"\b(?:" + _AGENTS[lang] + r")\s*$", re.I)
    noun_after = re.compile(r"^\s*(?:,\s*)?(?:(?:è|was|is|war|est|es|fue|ist)\s+)?(?:l'|il\s+|the\s+|le\s+|el\s+|la\s+|der\s+)?"
                            r"(?:" + _NOUNS[lang] + r")\b", re.I)
    noun_before = re.compile(r"\b(?:" + _NOUNS[lang] + r")\s+(?:(?:war|ist|was|is|è|est|es|fue)\s+)?$", re.I)
    return verb, agent, noun_after, noun_before


def advises(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` (a sentence) is named as an adviser."""
    got = _patterns(lang)
    if got is None:
        return False
    verb, agent, noun_after, noun_before = got
    after, before = text[end:end + 60], text[max(0, start - 40):start]
    return bool(verb.match(after) or noun_after.match(after) or agent.search(before) or noun_before.search(before))
