"""A party confirming on the record what the media reported ("X confirmed it is in talks to buy Y,
following media reports", "Y ha confermato la trattativa, anticipata dalla stampa", "X a confirmé être
en discussions, selon nos informations de la semaine dernière") puts the tie beyond hearsay: the report
cue of the same clause no longer makes it rumoured, and the rest of the sentence decides (talks,
a signing, a deal done). Not a confirmation that is refused ("did not confirm", "non ha confermato",
"wollte nicht bestätigen") nor a "neither confirm nor deny" (``no_comment``)."""

from __future__ import annotations

import re

_CONFIRMED = {
    "en": r"\b(?:confirmed|confirms|confirming)\b",
    "fr": r"\b(?:a|ont|avait|avaient) (?:\w+ )?confirmé\b|\bconfirm(?:e|ent|ait|aient)\b",
    "it": r"\b(?:ha|hanno|aveva|avevano) (?:\w+ )?confermato\b|\bconferm(?:a|ano|ava|avano)\b",
    "es": r"\b(?:ha|han|había|habían) (?:\w+ )?confirmado\b|\bconfirm(?:a|an|ó|aron|aba|aban)\b",
    "de": r"\bbestätig(?:t|te|ten)\b",
}
_CONFIRMED = {lang: re.compile(rx, re.I) for lang, rx in _CONFIRMED.items()}
#: a refusal or a "neither ... nor" right before the confirming word, or "nor"/"ni" right after it
_REFUSED_BEFORE = re.compile(r"\b(?:not|n't|never|neither|nicht|nie|weder|non|né|ni|no|ne|pas|jamais|nunca|mai)\W+(?:[\w'’]+\W+){0,2}$", re.I)
_NEITHER_AFTER = re.compile(r"\W+(?:[\w'’]+\W+)?(?:nor|ni|né|noch|pas)\b", re.I)


def confirmed_on_record(lang: str, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (the tie's stretch of the sentence) holds a confirmation that is not refused."""
    rx = _CONFIRMED.get(lang)
    if rx is None:
        return False
    for m in rx.finditer(text, lo, hi):
        if _REFUSED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _NEITHER_AFTER.match(text, m.end()):
            continue
        return True
    return False
