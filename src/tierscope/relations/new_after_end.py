"""A new tie told after the end of an old one: "the contract was not renewed, and since September the
part is supplied by Y"; "hat die Lieferbeziehung beendet; seit dem Frühjahr liefert Y"; "le contrat a pris
fin et depuis septembre c'est Y qui fournit"; "il contratto è scaduto e da settembre fornisce Y"; "el
acuerdo expiró y desde marzo lo entrega Y". A "since" or a "now" between the end cue and
the trigger opens the tie that replaced the ended one: it runs.
"""

from __future__ import annotations

import re

#: "since <a time>" or "now", after the end cue and before the trigger
_SINCE_OR_NOW = {
    "en": r"\bsince (?:then|(?:early |late |last )?(?:\w+ )?(?:19|20)\d\d|(?:last |this )?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|year|month))\b|\bnow\b",
    "de": r"\bseit (?:dem |diesem |vergangenem |letztem )?(?:(?:19|20)\d\d|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Sommer|Herbst|Winter|Jahresbeginn|Jahresanfang)\b|\bseither\b|\bseitdem\b|\b(?:jetzt|nun|inzwischen|mittlerweile)\b",
    "fr": r"\bdepuis (?:(?:le |la |l['’])?(?:début |fin )?(?:de )?(?:l['’]année|(?:19|20)\d\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver)|lors)\b|\b(?:désormais|maintenant)\b",
    "it": r"\b(?:da|dal|dalla) (?:(?:19|20)\d\d|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|primavera|estate|autunno|inverno|allora)\b|\b(?:ora|adesso|ormai)\b",
    "es": r"\bdesde (?:(?:el |la |principios de |finales de )?(?:(?:19|20)\d\d|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|primavera|verano|otoño|invierno)|entonces)\b|\bahora\b",
}
_SINCE_OR_NOW = {lang: re.compile(rx, re.I) for lang, rx in _SINCE_OR_NOW.items()}


def new_tie_after_end(lang: str, text: str, end_cues: list[tuple[int, int]], t0: int) -> bool:
    """Every end cue stands before the trigger at t0, and a "since <time>" or "now" stands between the last
    of them and the trigger."""
    rx = _SINCE_OR_NOW.get(lang)
    if rx is None or not end_cues or any(e > t0 for _, e in end_cues):
        return False
    last = max(e for _, e in end_cues)
    return rx.search(text, last, t0) is not None
