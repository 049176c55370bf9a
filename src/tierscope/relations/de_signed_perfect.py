"""German tells a signing in the perfect with its participle at the clause's end, far after the tie's
noun: "X hat am Dienstag ein Gemeinschaftsunternehmen mit Y unterschrieben", "X hat bereits im
Sommer eine Partnerschaft mit Y vereinbart". The deal is signed, not yet in effect: announced, where the
noun alone (a joint venture, a partnership) reads as a standing tie, and where "bereits" before a time
tells when it was signed, not that it runs. Not where the sentence says the tie runs already or goes on
("seit", "seither", "läuft", "inzwischen"), nor a pluperfect ("hatte ... vereinbart": the story's time is
later, whatever came of it), nor a founding ("gegründet": the company exists). A contract concluded is the
same news ("hat schon einen Vorvertrag über die Lieferung von ... abgeschlossen", where the trigger is the
preposition after the contract's noun); a takeover concluded ("hat die Übernahme abgeschlossen") is done,
not signed, so "abgeschlossen" counts only after a contract's noun."""

from __future__ import annotations

import re

#: the auxiliary of the perfect, in the trigger's clause before its noun
_AUX = re.compile(r"\b(?:hat|haben|habe)\b")
#: a participle of signing or agreeing closing the clause
_SIGNED_LAST = re.compile(r"\b(?:unterzeichnet|unterschrieben|vereinbart|besiegelt|beschlossen)\s*$")
#: a contract's noun ("Liefervertrag", "Vereinbarung", "Abkommen", "Absichtserklärung"), after which
#: "abgeschlossen" / "geschlossen" close a signing
_CONTRACT = re.compile(r"\b\w*(?:[Vv]ertrag|[Vv]ereinbarung|[Aa]bkommen|[Aa]bsichtserklärung)\w*\b")
_CONCLUDED_LAST = re.compile(r"\b(?:abgeschlossen|geschlossen)\s*$")
#: the tie runs already or goes on
_RUNNING = re.compile(r"\b(?:seit|seither|seitdem|läuft|laufen|inzwischen|mittlerweile|weiterhin|nach wie vor|produziert|liefert|beliefert|bezieht)\b", re.I)


def signed_perfect(text: str, t0: int, t1: int, clause_lo: int, clause_hi: int) -> bool:
    """Whether the trigger at t0..t1 is a noun (German capitalises it), or follows a contract's noun in its
    clause, in a clause whose perfect of signing closes after it ("hat ... <noun> mit Y unterschrieben"), in a
    sentence that tells no running tie."""
    contract = _CONTRACT.search(text, clause_lo, t1)
    if not (text[t0 : t0 + 1].isupper() or contract) or _AUX.search(text, clause_lo, t0) is None:
        return False
    end = clause_hi
    comma = text.find(",", t1, clause_hi)
    if comma >= 0:
        end = comma
    tail = text[t1:end].rstrip(" .!;:\"'“”»")
    signed = _SIGNED_LAST.search(tail) is not None or (contract is not None and _CONCLUDED_LAST.search(tail) is not None)
    return signed and _RUNNING.search(text) is None
