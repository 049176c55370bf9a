"""A sentence that opens with a phrase of "in" about a field, a market or a place of business before its
subject, with no comma: "Nell'automotive Brixo fornisce i cablaggi a Y", "Nella mobilità elettrica Brixo
collabora con Y", "En el sector ferroviario Brixo suministra a Y", "Dans l'automobile Brixo livre Y". The
preposition governs the field's noun, not the name after it: read as the name's marker, it made the
subject an oblique ("in Brixo") and the clause lost its subject. (A place after "in" is ``assign_markers``'
own; goods after "per" are ``fronted_goods``.)

Asked by ``groups.assign_markers``: an "in" that opens the sentence (or a clause after a colon or a
semicolon), the name's marker that "in" or a preposition inside its phrase, at least one word between it and the name, the word before the name in lower case (the
field's noun or adjective, not part of a name), and a lower-case word right after the name (its verb):
"In Brixo Y ha investito" keeps its "in". German is left out: its verb stands second, before the subject."""

from __future__ import annotations

import re

__all__ = ["fronted_field"]

# the prepositions of "in" that front such a phrase, per language (the articles fused into them in Italian)
_FRONTING = {
    "it": frozenset(("in", "nel", "nella", "nello", "nell'", "nei", "negli", "nelle")),
    "es": frozenset(("en",)),
    "fr": frozenset(("dans", "en")),
    "en": frozenset(("in",)),
}
#: the clause's first word, an elided article kept with it ("Nell'", "l'")
_FIRST_WORD = re.compile(r"\s*[\"“«„]?\s*(\w+['’]?)")
_LOWER_AFTER = re.compile(r"\s+(?-i:[a-zà-ÿ])")


def fronted_field(lang: str | None, text: str, marker: str, marker_start: int, name_start: int, name_end: int) -> bool:
    """Is ``marker`` (found at ``marker_start``) an opening "in", or a preposition inside the phrase it opens
    ("En el negocio de los autobuses X colabora"), whose phrase ends before the name at ``name_start``..``name_end``,
    the name the clause's subject?"""
    fronting = _FRONTING.get(lang or "", ())
    if not fronting:
        return False
    opening = max(text.rfind(c, 0, marker_start) for c in ".;:!?\n") + 1
    first = _FIRST_WORD.match(text, opening)
    if first is None or first.group(1).casefold().replace("’", "'") not in fronting or first.start(1) > marker_start:
        return False
    between = text[first.end(1) : name_start]
    words = between.split()
    if not words or not words[-1][:1].islower() or any(c in between for c in ",;:()"):
        return False
    return _LOWER_AFTER.match(text, name_end) is not None
