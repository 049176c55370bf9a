"""A tie named as a former one: "the former joint venture of X and Y", "dem früheren
Gemeinschaftsunternehmen", "l'ancienne coentreprise", "l'ex joint venture", "la antigua empresa conjunta".

The adjective stands right before the tie's own noun (the trigger), one word between at most ("ehemaligen
gemeinsamen Tochter"): it says the tie is over, whatever the sentence tells of the company that came out of
it ("Valeo took over Siemens' shares in the former joint venture"). Not "the oldest" ("la plus ancienne
coentreprise", "la más antigua"), which calls a running tie old.
"""

from __future__ import annotations

import re

#: the adjective of a former tie, then at most one word, right before the trigger
_FORMER_WORDS = {
    "en": r"\b(?:former|erstwhile|one-?time|ex-)",
    "de": r"\b(?:frühere[nmrs]?|ehemalige[nmrs]?|einstige[nmrs]?)",
    "fr": r"(?<!plus )\b(?:ancien(?:ne)?s?|ex-?)",
    "it": r"\b(?:ex-?)",
    "es": r"(?<!más )\b(?:antigu[oa]s?|ex-?|otrora)",
}
_FORMER = {lang: re.compile(rf"{rx}\s*(?:[\w-]+\s+)?$", re.I) for lang, rx in _FORMER_WORDS.items()}
#: a tie's noun, which the adjective must precede: not a party's role ("former supplier" is the
#: lexicon's end cue) nor a verb
_TIE_NOUN = re.compile(
    r"(?:joint[- ]venture|JV|venture|partnership|alliance|tie-?up|Gemeinschaftsunternehmens?|Joint[- ]Ventures?|"
    r"Partnerschaft|Allianz|Kooperation|coentreprise|co-entreprise|entreprise commune|société commune|partenariat|"
    r"alliance|società comune|alleanza|empresa conjunta|empresa mixta|sociedad conjunta|alianza)\b", re.I)
#: a venture's name right after "the former joint venture" ("dem früheren Gemeinschaftsunternehmen Y"), or
#: right before ", the former joint venture of ..." ("Y, l'ancienne coentreprise de ...")
_NAMED_BEFORE = {lang: re.compile(rf"{rx}\s*(?:[\w-]+\s+)?{_TIE_NOUN.pattern}\s+$", re.I) for lang, rx in _FORMER_WORDS.items()}
_NAMED_AFTER = {lang: re.compile(rf",\s+(?:(?:the|its|their|die|der|dem|das|la|l['’]|le|il|el|su|sa|son|leur)\s*)?{rx}\s*(?:[\w-]+\s+)?{_TIE_NOUN.pattern}", re.I)
                for lang, rx in _FORMER_WORDS.items()}


def former_tie(lang: str, text: str, t0: int, t1: int) -> bool:
    """The trigger at t0..t1 is a tie's noun with a "former" adjective right before it."""
    rx = _FORMER.get(lang)
    if rx is None or not _TIE_NOUN.match(text, t0, t1 + 20):
        return False
    return rx.search(text, max(0, t0 - 40), t0) is not None


def former_named(lang: str, text: str, v0: int, v1: int) -> bool:
    """The venture named at v0..v1 is called a former one right before or after its name ("dem früheren
    Gemeinschaftsunternehmen Y", "Y, l'ancienne coentreprise de A et B"): its parents' tie is over."""
    before, after = _NAMED_BEFORE.get(lang), _NAMED_AFTER.get(lang)
    if before is None:
        return False
    return before.search(text, max(0, v0 - 60), v0) is not None or after.match(text, v1) is not None
