"""A stake kept or a funding round led, told in the past right before the stake's or the round's noun:
"X kept a stake of about 20% in Y after the sale", "X retained a 10% holding", "X led Y's last funding round
in 2024", "X conservó una participación del 20% en Y", "X lideró la ronda", "X ha mantenuto una quota del
20% in Y", "X ha guidato il round", "X a conservé une participation", "X a mené le tour de table", "X behielt
eine Beteiligung an Y". A stake or round noun alone reads as a deal to come (announced); a stake its holder
kept is a shareholding it still has, and a round it led is closed, its money paid in: a current
shareholding, active, as the same round told in the passive ("a round led by X") already reads. The verb
must stand in its past (a present "is leading a round" is a round still open) and govern the noun: at
most four words between, in the trigger's clause."""

from __future__ import annotations

import re

_PAST_VERB = {
    "en": r"kept|retained|led|co-led",
    "es": r"conserv[óo]|mantuvo|retuvo|lider[óo]|encabez[óo]|(?:ha|han|había|habían) (?:conservado|mantenido|retenido|liderado|encabezado)",
    "it": r"conserv[òo]|mantenne|guid[òo]|(?:ha|hanno|aveva|avevano) (?:conservato|mantenuto|guidato)",
    "fr": r"conserva|garda|mena|(?:a|ont|avait|avaient) (?:conservé|gardé|mené)",
    # (the German perfect puts "behalten" after the noun, "hat eine Beteiligung behalten": not read here)
    "de": r"behielt|behielten",
}
#: a word between the verb and its noun: not a preposition or a noun of talks ("led the talks on a stake")
_GAP = r"(?:(?!(?:on|for|about|to|with|talks|negotiations|discussions)\b)[\w$€£%.,'’-]+\s+)"
_BEFORE = {lang: re.compile(rf"\b(?:{rx})\s+{_GAP}{{0,4}}$", re.I) for lang, rx in _PAST_VERB.items()}
#: the verb as the trigger itself ("X led Y's last funding round"): the noun follows it
_VERB = {lang: re.compile(rf"(?:{rx})\b", re.I) for lang, rx in _PAST_VERB.items()}
#: the trigger is a stake's or a round's noun (not a contract kept: "kept its supply contract")
_NOUNS = (r"(?:stakes?|shareholdings?|holdings?|interest|round|Series|participaci[óo]n|ronda|quota|partecipazione|"
    r"participation|tour de table|Beteiligung|Anteile?|Finanzierungsrunde)\b")
_STAKE_OR_ROUND = re.compile(rf".*\b{_NOUNS}", re.I)
_NOUN_AFTER = re.compile(rf"\s+{_GAP}{{0,4}}?{_NOUNS}", re.I)


def kept_or_led(lang: str, text: str, clause_lo: int, t0: int, t1: int) -> bool:
    """Whether a past verb of keeping a stake or leading a round stands right before the trigger at t0..t1
    (at most four words between, inside the trigger's clause) and the trigger names a stake or a round, or
    the trigger is that verb or opens with it, a stake or a round named at most four words after it."""
    rx = _BEFORE.get(lang)
    if rx is None:
        return False
    verb = _VERB[lang].match(text, t0, t1)
    if verb is not None:  # "led Y's last round", or the trigger opening with the verb: "led the Series B"
        return _NOUN_AFTER.match(text, verb.end()) is not None
    return _STAKE_OR_ROUND.match(text[t0:t1]) is not None and rx.search(text, max(clause_lo, t0 - 60), t0) is not None
