"""Where "the unit of <parent>" names its parent: right after the unit noun ("la filiale de TotalEnergies"),
or past what the unit does and where it is ("la filial de baterías de Volkswagen", "la controllata per le
batterie di Volkswagen", "la filiale batteries de Volkswagen", "la filial navarra del grupo Volkswagen",
"die spanische Tochter des Volkswagen-Konzerns", "die Tochter von Volkswagen").

Between the unit noun and the "of" before the parent may stand up to three lower-case words (an adjective
of place, a field: "de baterías", "per le batterie") and no punctuation; after the "of" an article and a
group noun ("del grupo", "du groupe", "of the", "des") may stand before the parent's name; where the
description opens its sentence, also a short description of the parent ("del grupo alemán Benteler", "du
groupe chinois Minth", "des Stahlkonzerns Posco", "des chinesischen Envision-Konzerns", "of the German steel
group Salzgitter": ``parent_description``). The German
genitive article ("die Tochter des Konzerns X", "die Tochter der BASF") is an "of" too. The caller
(subsidiaries.find_subsidiary_references) still wants a unit of that parent named shortly before.
"""

from __future__ import annotations

__all__ = ["unit_parent", "parent_description"]

_OF = frozenset("de di of von del della dello dell du d des der".split())
# "des", "der": the German genitive ("die Tochter des Volkswagen-Konzerns"); "des" is French "of the" too
_GENITIVE_ONLY = {"des": ("de", "fr"), "der": ("de",)}
_ARTICLES = frozenset("the la le il el l lo das die der des dem".split())
_GROUP_NOUNS = frozenset("group grupo gruppo groupe konzern konzerns gruppe".split())
_MAX_BETWEEN = 3  # words between the unit noun and its "of"


def unit_parent(tokens, k: int, language: str, same, opens: bool):
    """The company mention (of ``same``, the sentence's) that the unit noun at ``tokens[k]`` names as its
    parent, or None. ``opens``: the description opens its sentence; only then may words stand between the
    noun and its "of" - inside a sentence such a description is most often an apposition or a predicate
    ("U, la filial de celdas de P,", "X es la filial eléctrica del grupo Y"), which the
    relation frames read as it stands."""
    starts = {c.start: c for c in same}
    between = 0
    j = k + 1
    while j < len(tokens):
        key = tokens[j].key.rstrip("'’")
        if key in _OF and language in _GENITIVE_ONLY.get(key, (language,)) and (opens or between == 0):
            parent = _after_of(tokens, j + 1, starts)
            if parent is None and opens:
                parent = parent_description(tokens, j + 1, starts, language)
            if parent is not None:
                return parent
        if between >= _MAX_BETWEEN or not tokens[j].text[:1].islower() or not tokens[j].text[:1].isalpha():
            return None
        between += 1
        j += 1
    return None


def _after_of(tokens, j: int, starts):
    """The company starting at ``tokens[j]``, past "'" of an elided "of" ("dell'", "d'"), an article and a
    group noun ("del grupo Volkswagen", "of the Volkswagen group")."""
    if j < len(tokens) and tokens[j].text in ("'", "’"):
        j += 1
    for _ in range(2):
        if j >= len(tokens):
            return None
        if tokens[j].start in starts:
            return starts[tokens[j].start]
        if tokens[j].key in _ARTICLES or tokens[j].key in _GROUP_NOUNS:
            j += 1
            continue
        return None
    return starts.get(tokens[j].start) if j < len(tokens) else None


_DESCRIPTION_WORDS = 3  # words of a description between the "of" (and its article) and the parent's name


def parent_description(tokens, j: int, starts, language: str):
    """The company past an article and up to three words that describe it, right after an "of":
    lower-case words ("del conglomerado chino Envision", "du groupe chinois Minth", "of the German steel
    group X" - a capitalised nationality in English) and in German also capitalised nouns and adjectives
    ("des Stahlkonzerns Posco", "des Münchner Versicherers Allianz"). None where a comma or another
    sign stands before a name (the phrase then lists or apposes). The caller still wants a unit of that
    parent named shortly before, so a description that names someone else finds nothing."""
    if j < len(tokens) and tokens[j].text in ("'", "’"):
        j += 1
    if j < len(tokens) and tokens[j].key in _ARTICLES:
        j += 1
    for _ in range(_DESCRIPTION_WORDS + 1):
        if j >= len(tokens):
            return None
        if tokens[j].start in starts:
            return starts[tokens[j].start]
        word = tokens[j].text
        if not word[:1].isalpha() or not (word[:1].islower() or language in ("de", "en")):
            return None
        j += 1
    return None
