"""German verb second after a fronted phrase: "Nach Informationen aus Finanzkreisen führt X Gespräche
mit Y", "Im Rahmen der Partnerschaft mit Z liefert X ...", "Bei Batteriezellen setzt X auf Y".

The finite verb stands between the fronted phrase's noun and the subject named after it; the
preposition that opens the phrase governs that noun, not the name. ``assign_markers`` (groups.py)
asks ``verb_after_noun`` about the token right before a name and stops looking for a marker there,
as it does for the finite verbs of ``marker_stop`` ("soll", "hat", "ist"). Only the third person
singular in -t or -te and a few strong past forms are taken: a plural in -en looks like an adjective
("aus Ungarn stammenden Y" keeps "aus").
"""

from __future__ import annotations

import re

#: a lower-case word in -t or -te ("führt", "prüft", "hält", "lieferte"): a finite verb of the singular
_FINITE = re.compile(r"(?:[a-zäöüß]{1,20}(?:t|te))")
#: strong past forms of business verbs with no -t ending ("übernahm", "stieg ... ein")
_STRONG_PAST = frozenset({"übernahm", "nahm", "stieg", "gab", "bot", "kam", "ging", "sah", "schloss", "unterschrieb",
                          "zog", "fand", "traf", "lag", "stand", "begann"})
#: lower-case words in -t that are no verbs but may stand inside a phrase ("insgesamt", "samt", "seit")
_NOT_VERBS = frozenset({"samt", "nebst", "seit", "insgesamt", "bzw", "ebenfalls", "zuletzt", "erst", "meist",
                        "zumeist", "längst", "selbst", "sonst", "jetzt", "nicht", "fast", "bereits", "gut"})


def verb_after_noun(text: str, toks: list[str], offs: list[int], i: int) -> bool:
    """``toks[i - 1]`` (the token right before a name, lower-cased; ``offs`` their offsets in ``text``)
    is a finite verb and ``toks[i - 2]`` a capitalised noun: "aus Finanzkreisen führt X"."""
    if i < 2:
        return False
    tok = toks[i - 1]
    if tok in _NOT_VERBS or not (tok in _STRONG_PAST or _FINITE.fullmatch(tok)):
        return False
    if not text[offs[i - 1] : offs[i - 1] + 1].islower():
        return False
    noun = text[offs[i - 2] : offs[i - 2] + 1]
    return noun.isupper()
