"""A tie told as what a company was at first or before, with a past copula and an adverb of origin right
before the tie's noun: "Y was previously a wholly owned subsidiary of X", "Y était à l'origine la filiale
de X", "Y era in origine una controllata di X", "Y era en su origen una filial de X", "Y war ursprünglich
eine Tochter von X". Journalists recall a company's origin to set it against what it is now (sold, spun off,
independent): the tie is over, ended. So is a company "born as" another's unit ("Y nació en 2007 como filial
de X", "Y, nata come divisione batterie di X", "Y began life as a subsidiary of X", "Y entstand als Tochter
von X"): a unit's birth is recalled for the sale or spin-off that followed. Not the present ("is still a
subsidiary"), nor an adverb of origin without a past copula before the noun ("the originally planned joint
venture"), nor a company "born as" a venture ("nata nel 2020 come joint venture tra A e B"), which most often
still is one; and only for the pair the noun names: a party named past the noun's clause ("..., avant d'être
rachetée par Z") is another tie's."""

from __future__ import annotations

import re

_ORIGIN = {
    "en": r"\b(?:was|were)\s+(?:previously|formerly|originally|once|initially)\b",
    "fr": r"\b(?:était|étaient|fut)\s+(?:à l['’]origine|autrefois|auparavant|jadis|initialement|naguère)\b",
    "it": r"\b(?:era|erano|fu)\s+(?:in origine|originariamente|un tempo|inizialmente|in passato|prima)\b",
    "es": r"\b(?:era|eran|fue)\s+(?:en su origen|originalmente|originariamente|inicialmente|antes|anteriormente|antiguamente)\b",
    "de": r"\b(?:war|waren)\s+(?:[\w-]+\s+)?(?:ursprünglich|früher|einst|zuvor|vormals|ehemals|anfangs)\b",
}
#: the adverb, then at most a few words (an article, an adjective: "a wholly owned", "la filiale batteries")
#: up to the trigger, none of them a verb of now or a comma
_BEFORE = {lang: re.compile(rf"(?:{rx})\s+(?:[\w'’-]+\s+){{0,4}}$", re.I) for lang, rx in _ORIGIN.items()}
#: a verb of birth or start, a year or a time perhaps between, and "as" ("nació en 2007 como", "nata come",
#: "began life as", "entstand als"): said only of a unit noun (``_UNIT``)
_BORN = {
    "en": r"\b(?:was born|began(?: life)?|started(?: life| out)?)\s+(?:in\s+(?:19|20)\d\d\s+)?as\b",
    "fr": r"\b(?:née?s?|a vu le jour|a démarré|a commencé)\s+(?:en\s+(?:19|20)\d\d\s+)?comme\b",
    "it": r"\b(?:nat[ao]|nacque|è nat[ao]|ha iniziato|ha cominciato)\s+(?:nel\s+(?:19|20)\d\d\s+)?come\b",
    "es": r"\b(?:naci[óo]|nacida|nacido|surgi[óo]|comenz[óo]|empez[óo])\s+(?:en\s+(?:19|20)\d\d\s+)?como\b",
    "de": r"\b(?:entstand|entstanden|startete|begann)\s+(?:(?:19|20)\d\d\s+)?als\b",
}
_BORN_BEFORE = {lang: re.compile(rf"(?:{rx})\s+(?:[\w'’-]+\s+){{0,2}}$", re.I) for lang, rx in _BORN.items()}
#: the unit nouns a company is born as (never a venture, which a company born as one most often still is)
_UNIT = re.compile(r"(?:subsidiary|unit|division|arm|filiale?|divisione|división|controllata|Tochter|Sparte)\b", re.I)
#: words that say the tie still holds or a new one came ("still", "now", "ancora", "todavía", "noch")
_STILL = re.compile(r"\b(?:still|now|today|toujours|encore|aujourd['’]hui|ancora|oggi|todavía|aún|hoy|noch|heute|weiterhin)\b", re.I)


def past_origin(lang: str, text: str, t0: int, t1: int, party_spans: list[tuple[int, int]] = ()) -> bool:
    """Whether a past copula with an adverb of origin stands right before the trigger at t0..t1 (at most
    four words between, in its clause), with no word of "still" or "now" between, and no party of the tie
    named past the trigger's clause (its next comma, ';' or ':')."""
    rx = _BEFORE.get(lang)
    if rx is None:
        return False
    m = rx.search(text, max(0, t0 - 70), t0)
    if m is None and _UNIT.match(text, t0):
        m = _BORN_BEFORE[lang].search(text, max(0, t0 - 50), t0)
    if m is None or _STILL.search(text, m.start(), t0) is not None:
        return False
    cut = _CLAUSE_END.search(text, t1)
    end = cut.start() if cut else len(text)
    return all(b <= end for _, b in party_spans)


_CLAUSE_END = re.compile(r"[,;:]")
