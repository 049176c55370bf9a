"""German future told by its bracket: the finite "wird"/"werden" in second place and the infinitive of the tie's
verb at the clause's end ("Norvik wird den chinesischen Autobauer Corvalis mit kompletten Achsantrieben
beliefern"), or both at the end of a subordinate clause ("..., dass Norvik Corvalis beliefern wird"). The
auxiliary may stand far from the verb, beyond the few words before the trigger that the status cues read, so
the bracket is read here: a tie still to come, announced (unless the words between tell it goes on:
"wird Y auch weiterhin beliefern"). Not a passive ("wird von Norvik beliefert": a
participle, no infinitive). A modal of intent brackets the same way ("Norvik will die Zellen für Corvalis
zunächst in Tarnow fertigen", "..., dass Norvik Corvalis beliefern möchte"): a plan, announced as well."""

from __future__ import annotations

import re

#: the trigger's last word an infinitive: lower case, ending in -en, -ern, -eln (not a participle "geliefert",
#: not a noun, which German writes with a capital)
_INFINITIVE = re.compile(r"(?:\S*\s)?(?-i:[a-zäöüß])[a-zäöüß]*(?:en|ern|eln)")
#: the finite auxiliary of the future (or a modal of intent) before the infinitive in its clause
_AUX_BEFORE = re.compile(r"\b(?:wird|werden|will|wollen|wolle|möchte|möchten)\b")
#: a tie said to go on or to run already between the auxiliary and the verb ("wird Y auch weiterhin beliefern",
#: "wird Y wie bisher beliefern"): running now, not one to come
_GOES_ON = re.compile(r"\b(?:weiterhin|weiter|bereits|schon|seit|nach wie vor|wie bisher|auch künftig|unverändert)\b", re.I)
#: what may follow the infinitive before its clause ends: nothing, or the auxiliary of a subordinate clause
_AFTER = re.compile(r"\s*(?:(?:wird|werden|will|wollen|wolle|möchte|möchten)\b\s*)?(?:[,.!?)\"“”»«]|$)")


def future_bracket(text: str, t0: int, t1: int, clause_lo: int, clause_hi: int) -> bool:
    """Whether the trigger text[t0:t1] is an infinitive that closes its clause with "wird"/"werden" before it
    in the clause (or right after it)."""
    if not _INFINITIVE.fullmatch(text, t0, t1):
        return False
    after = _AFTER.match(text, t1, max(t1, clause_hi))
    if after is None:
        return False
    if any(ch.isalpha() for ch in after.group(0)):  # the auxiliary after the infinitive ("..., dass X Y beliefern wird")
        aux_end = clause_lo
    else:
        aux = None
        for aux in _AUX_BEFORE.finditer(text, clause_lo, t0):
            pass
        if aux is None:
            return False
        aux_end = aux.end()
    return _GOES_ON.search(text, aux_end, t0) is None
