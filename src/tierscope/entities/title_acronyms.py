"""Acronyms written in title case: Italian, Spanish and French papers write a company's initials as a
word ("Basf", "Ocp", "Cdp", "Vhit" for BASF, OCP, CDP, VHIT). German capitalises every noun ("Weg",
"Saft" are words there) and English papers keep the capitals: left out.

The gazetteer holds such names in capitals with exact case (flag ``=``: "ERG" must not match the
word "erg"). A title-case token mid-sentence whose capitals are such an alias is read as that
company, but as an ambiguous one (flag ``?``): it then needs context, or the same company named
plainly elsewhere in the page, like "Lear" or "Apple". Never at the start of a sentence, where every
word is capitalised ("Ora", "Nel" open sentences), and a three-letter word only when it cannot be
read as a word, with no vowel after its first letter ("Ocp", "Cdp"; not "Fab", "Sap", "Tim")."""

from __future__ import annotations

from dataclasses import replace

from .matcher import Candidate, Token, TokenMatcher

__all__ = ["title_case_acronym"]

_LANGUAGES = frozenset({"it", "es", "fr"})
_VOWELS = frozenset("aeiouyàáâèéêìíîòóôùúû")


def title_case_acronym(matcher: TokenMatcher, tokens: list[Token], i: int, language: str) -> list[tuple[int, Candidate]]:
    """The exact-case capitals aliases that tokens[i], written "Abcd", stands for, flagged ``?``."""
    tok = tokens[i]
    word = tok.text
    if language not in _LANGUAGES or (len(word) == 3 and not _VOWELS.isdisjoint(word[1:])):
        return []
    if i == 0 or not (3 <= len(word) <= 5) or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return []
    if all(not t.text[0].isalnum() for t in tokens[:i]):
        return []  # the sentence's first word
    upper = word.upper()
    return [(1, replace(c, flag="?")) for c in matcher.singles(tok.key) if c.flag == "=" and c.surfaces[0] == upper]
