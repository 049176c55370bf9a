"""A deal told with the verb of having: "X has a supply agreement with Y", "ha un accordo di sviluppo con Y",
"a un contrat avec Y", "tiene un acuerdo con Y", "hat einen Liefervertrag mit Y" say the deal is in force
now (active); "X had a supply contract with Y", "aveva un contratto con Y", "avait un contrat avec Y",
"tenía un contrato con Y", "hatte einen Liefervertrag mit Y" say it was in force before and is no longer
(ended). A deal noun alone reads as a deal just made (announced); the verb of having tells its time.

Not where the having verb is an auxiliary (it must stand right before the noun's article), nor where a
German participle closes the clause ("hat einen Vertrag mit Y unterzeichnet": a signing), nor a new deal
("has a new contract"), nor where the clause tells a start to come (a future, a year); the past not after
a verb of saying, whose tense moves back in reported speech ("said it had an agreement with Y")."""

from __future__ import annotations

import re
from functools import lru_cache

_HAVE = {
    "en": (r"has|have|holds?|maintains?|keeps?|kept|retains?|retained", r"had|held|maintained"),
    "it": (r"ha|hanno|abbiamo|detiene|mantiene", r"aveva|avevano|avevamo|ebbe|ebbero|manteneva"),
    "fr": (r"a|ont|avons|détient|entretient", r"avait|avaient|avions|eut|eurent|entretenait"),
    "es": (r"tiene|tienen|tenemos|mantiene|mantienen|mantenemos", r"tenía|tenían|teníamos|tuvo|tuvieron|mantenía|mantenían"),
    "de": (r"hat|haben|unterhält|unterhalten", r"hatte|hatten|unterhielt|unterhielten"),
}
_ARTICLE = {
    "en": r"(?:an?|the|its|their|our|one|two)", "it": r"(?:un|uno|una|un['’]|il|lo|la|l['’]|i|gli|le|due)\s*",
    "fr": r"(?:un|une|le|la|l['’]|les|deux)\s*", "es": r"(?:un|una|el|la|los|las|dos)",
    "de": r"(?:einen|ein|eine|den|die|das|zwei|keinen)",
}
#: the deal's noun, which the trigger must hold
_DEAL = re.compile(
    # whole words outside German ("contractor", "ideal" are no deals); German nouns also end compounds
    # ("Liefervertrag", "Entwicklungspartnerschaft")
    r"\b(?:agreements?|contracts?|deals?|partnerships?|cooperation|collaborations?|alliances?|accord[oi]|contratt[oi]|"
    r"intes[ae]|collaborazion[ei]|alleanz[ae]|accords?|contrats?|partenariats?|coopération|"
    r"acuerdos?|contratos?|alianzas?|colaboración|cooperación)\b"
    r"|(?:vertr(?:ag|äge)|vereinbarung(?:en)?|partnerschaft(?:en)?|kooperation(?:en)?|zusammenarbeit)", re.I)
_NEW = re.compile(r"\b(?:new|nuov[oa]|nouvel(?:le)?|nouveau|nuev[oa]|neue[nrs]?|fresh|first|primo|prima|premier|première|primer|primera|erste[nrs]?)\b", re.I)
#: a start to come in the clause. The futures of the Romance languages are lower-case words ("Pesqueira" is
#: a name) and each language's own endings: French "-era", "-ira" are also Italian "opera", Spanish "primera",
#: "mira", and would read an ordinary word as a start to come.
_TO_COME_ANY = r"\b(?:will|would|from (?:19|20)\d\d|starting|(?:19|20)\d\d|sarà|inizierà|à partir|dès|a partir|ab (?:19|20)\d\d|soll|sollen|wird|werden"
_FUTURE_ENDINGS = {"it": r"rà|ranno", "es": r"rá|rán", "fr": r"era|eront|ira|iront"}


@lru_cache(maxsize=None)
def _to_come(lang: str) -> re.Pattern[str]:
    ending = _FUTURE_ENDINGS.get(lang)
    future = rf"|\b(?-i:[a-zà-ÿ])\w+(?:{ending})\b" if ending else ""
    return re.compile(rf"{_TO_COME_ANY}{future})", re.I)


_DE_PARTICIPLE_LAST = re.compile(
    r"\b(?:ge\w+(?:t|en)|\w+iert|unterzeichnet|unterschrieben|vereinbart|verlängert|erweitert|abgeschlossen|beschlossen|"
    r"bekommen|erhalten|verloren|angekündigt)\s*$")
_SAID = re.compile(
    r"\b(?:said|says|told|added|explained|noted|stated|confirmed|argued|"
    r"detto|spiegato|affermato|dichiarato|confermato|precisato|aggiunto|sottolineato|spiega|dice|racconta|"
    r"déclaré|indiqué|expliqué|précisé|affirmé|confirmé|ajouté|souligné|explique|indique|raconte|"
    r"dijo|dicho|explicó|explicado|afirmó|afirmado|señaló|señalado|aseguró|asegurado|indicó|confirmó|confirmado|añadió|cuenta)\b", re.I)
#: an infinitive of purpose between the deal's noun and the trigger ("a deal to buy", "un accordo per rilevare")
_PURPOSE = re.compile(r"\b(?:to|per|pour|para|zu[mr]?)\s", re.I)
_STOP = re.compile(r"[,;:.!?](?:\s|$)")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    if lang not in _HAVE:
        return None
    now, before = _HAVE[lang]
    art = _ARTICLE[lang]
    # the verb, its article and up to three words of the noun group, up to the trigger
    # (the article a whole word, or elided: not the first letters of "already", "lanciato", "unterzeichnet")
    tail = rf"\s+{art}(?:(?<=['’])|\b)\s*(?:[\w'’-]+\s+){{0,3}}?$"
    return re.compile(rf"\b(?:{now}){tail}", re.I), re.compile(rf"\b(?:{before}){tail}", re.I)


def held_deal(lang: str, text: str, clause_lo: int, t0: int, t1: int) -> str | None:
    """"active" or "ended" for a deal told with the present or past of having right before the trigger;
    None where the sentence does not tell it so."""
    pats = _patterns(lang)
    if pats is None:
        return None
    now, before = pats
    lo = max(clause_lo, t0 - 70)
    window = text[lo:t0]
    past = before.search(window)
    present = None if past else now.search(window)
    m = past or present
    # (the deal's noun in the trigger, in the words before it or right after it: "a supply agreement with Y",
    # "un accordo di sviluppo congiunto con Y", "a joint development agreement with Y")
    if m is None or _NEW.search(window, m.start()):
        return None
    deal = _DEAL.search(text, lo + m.start(), min(len(text), t1 + 12))
    if deal is None or _PURPOSE.search(text, deal.end(), max(deal.end(), t0)):
        return None  # "has a deal to buy Y": the deal is for a purchase still to come
    stop = _STOP.search(text, t1)
    hi = stop.start() if stop else len(text)
    if lang == "de" and _DE_PARTICIPLE_LAST.search(text, t1, hi):
        return None  # "hat einen Vertrag mit Y unterzeichnet": a signing in the perfect
    if past:
        return None if _SAID.search(text, 0, t0) else "ended"
    to_come = _to_come(lang)
    return None if to_come.search(text, t1, hi) or to_come.search(window) else "active"
