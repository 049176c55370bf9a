"""A description that titles the name after it, across the words Romance languages put after the noun:
"il fondo sovrano olandese Arvik", "el fondo soberano noruego Arvik", "el operador gallego de
recarga Zelvo", "el fondo soberano de Nueva Zelanda Arvik", "le fonds d'investissement suédois EQT".

Such a description is the name's title (an apposition), not a reference back to a company named
before: read as one, it would stand for another company right before the name and take its place in
the relation ("controlada por el fondo soberano noruego Arvik" is Arvik's control).

The words between the noun and the name may be up to three adjectives (of a country or a town, or
with an adjective's ending; no verb, article, preposition, clause word or auxiliary), then maybe one
"de"/"di"/"d'" with a field of lower-case words ("de recarga", "de frenos") or up to three capitalised
words of a place ("de Abu Dabi"), and the name must start right there. Only Italian, Spanish and French: English and German put
their adjectives before the noun, where "the fund bought Beta" has its verb.
"""

from __future__ import annotations

import re

__all__ = ["titles_name"]

_LANGUAGES = ("it", "es", "fr")
_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*|d['’])\s*")
_OF = frozenset("de di d' d’ del".split())
_MAX_WORDS = 3
_MAX_PLACE = 3


def titles_name(text: str, end: int, company_starts: set[int], language: str, is_verb, function_words,
                 adjective) -> bool:
    """Does a company name start after the description ending at ``end``, past adjectives, a field and a
    place only (see the module)? ``is_verb(word, language)``, ``function_words`` (folded articles,
    prepositions, clause words, auxiliaries) and ``adjective(word)`` ((country, city) the word states)
    are the caller's."""
    if language not in _LANGUAGES:
        return False
    pos, words, field, field_words = end, 0, False, 0
    while True:
        gap = len(text[pos : pos + 3]) - len(text[pos : pos + 3].lstrip())
        if pos + gap in company_starts:
            # (not right after "di": "la società di Eni" is Eni's company, not Eni)
            return field_words > 0 if field else words > 0
        m = _WORD.match(text, pos)
        if m is None:
            return False
        word = m.group(1)
        key = word.casefold()
        if key in _OF and not field:
            # "de recarga Zunder", "di freni Brembo" (a field, then the name), "di Hong Kong LK" (a place)
            field, pos = True, m.end()
            continue
        if word[:1].isupper():
            # a place of up to three capitalised words, the name right after it
            for _ in range(_MAX_PLACE):
                m = _WORD.match(text, pos)
                if m is None or not m.group(1)[:1].isupper():
                    return False
                pos = m.end()
                gap = len(text[pos : pos + 3]) - len(text[pos : pos + 3].lstrip())
                if pos + gap in company_starts:
                    return True
            return False
        words += 1
        field_words += field
        if words > _MAX_WORDS or key in function_words or is_verb(word, language):
            return False
        if not field and adjective(word) == (None, None) and not _ADJECTIVE.fullmatch(key):
            return False  # a word after the noun that is no adjective: a verb we do not know ("analizaba")
        pos = m.end()


# Endings of adjectives of origin and kind after the noun: "soberano", "olandese", "emiratí", "palentino",
# "neerlandés", "souverain", "suédois", "chileno", "industriale".
_ADJECTIVE = re.compile(
    r"[^\W\d_]+(?:aire|ique|ier|ière|ien|ienne|ais|aise|ois|oise|ain|aine|ano|ana|ese|és|esa|ico|ica|ale|ivo|iva|"
    r"ario|aria|ero|era|iero|iera|al|ista|ense|ino|ina|eno|ena|í)")
