"""An end a party refuses: "X has no intention of selling its stake in Y", "non ha alcuna intenzione di
cedere la propria partecipazione", "n'a pas l'intention de céder sa participation", "no tiene intención de
vender su participación", "hat nicht vor, seine Beteiligung zu verkaufen". The verb of selling or leaving
reads the tie as ended; the negated intention before it says the tie is kept: active."""

from __future__ import annotations

import re

_REFUSED = {
    "en": r"\b(?:(?:has|have|had) no (?:plans?|intention)|(?:does|do|did) not (?:intend|plan|want)|is not (?:planning|looking|going)|"
          r"(?:has|have) ruled out|rules out|ruled out)\b",
    "it": r"\bnon (?:ha|hanno|aveva) (?:alcuna |nessuna )?(?:intenzione|piano|progetto)\b|\bnon (?:intende|intendono|pensa|pensano|prevede|prevedono|vuole|vogliono)\b|\besclude\b",
    "fr": r"\bn['’](?:a|ont|avait) (?:pas|aucune) (?:l['’])?intention\b|\bn['’]envisag\w+ pas\b|\bne (?:compte|comptent|prévoit|prévoient|veut|veulent|souhaite|souhaitent) pas\b|\bexclut\b",
    "es": r"\bno (?:tiene|tienen|tenía) (?:ninguna |la )?intención\b|\bno (?:piensa|piensan|prevé|prevén|contempla|contemplan|quiere|quieren|planea|planean)\b|\bdescarta\b",
    "de": r"\b(?:hat|haben|hatte) (?:nicht vor|keine (?:Absicht|Pläne))\b|\b(?:plant|planen|will|wollen|denkt|denken) (?:\w+ ){0,2}?nicht\b",
}
_REFUSED = {lang: re.compile(rx, re.I) for lang, rx in _REFUSED.items()}


def end_refused(lang: str, text: str, clause_lo: int, t0: int) -> bool:
    """A party's negated intention in the clause, within 80 characters before the trigger."""
    rx = _REFUSED.get(lang)
    return rx is not None and rx.search(text, max(clause_lo, t0 - 80), t0) is not None
