"""Acronyms written in title case: Italian, Spanish and French papers write a company's initials as a
word ("Basf", "Ocp", "Cdp", "Vhit" for BASF, OCP, CDP, VHIT). German capitalises every noun ("Weg",
"Saft" are words there) and English papers keep the capitals: left out.

The gazetteer holds such names in capitals with exact case (flag ``=``: "ERG" must not match the
word "erg"). A title-case token mid-sentence whose capitals are such an alias is read as that
company, but as an ambiguous one (flag ``?``): it then needs context, or the same company named
plainly elsewhere in the page, like "Lear" or "Apple". Never at the start of a sentence, where every
word is capitalised ("Ora", "Nel" open sentences), and a three-letter word only when it cannot be
read as a word, with no vowel after its first letter ("Ocp", "Cdp"; not "Fab", "Sap", "Tim").

Not the mere initials of a foreign company's spelt-out name ("ERG" for Eurasian Resources Group,
whose initials E-R-G these are): papers name such a company in full, and a home paper's "Erg" is far
likelier a home company the gazetteer lacks (Italy's ERG). A company whose name is the acronym
("BASF", "OCP Group", "Bosch VHIT"), whose acronym is no spelling of its name ("Hasco" for Huayu
Automotive), or a home company of the paper's country ("Cdp" for Cassa Depositi e Prestiti in an
Italian paper) is read."""

from __future__ import annotations

from dataclasses import replace

from .matcher import Candidate, Token, TokenMatcher

__all__ = ["TITLE_CASE_LANGUAGES", "reads_as_word", "title_case_acronym"]

#: papers that write a company's initials as a word ("Basf", "Idv"; also read by acronyms.py)
TITLE_CASE_LANGUAGES = frozenset({"it", "es", "fr"})
_VOWELS = frozenset("aeiouyàáâèéêìíîòóôùúû")
_HOME = {"it": "IT", "es": "ES", "fr": "FR"}  # the country of a language's papers


def reads_as_word(word: str) -> bool:
    """Three letters with a vowel after the first ("Ion", "Eni") read as a word, no initials ("Idv")."""
    return len(word) == 3 and not _VOWELS.isdisjoint(word[1:])


def title_case_acronym(matcher: TokenMatcher, tokens: list[Token], i: int, language: str) -> list[tuple[int, Candidate]]:
    """The exact-case capitals aliases that tokens[i], written "Abcd", stands for, flagged ``?``."""
    tok = tokens[i]
    word = tok.text
    if language not in TITLE_CASE_LANGUAGES or reads_as_word(word):
        return []
    if i == 0 or not (3 <= len(word) <= 5) or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return []
    if all(not t.text[0].isalnum() for t in tokens[:i]):
        return []  # the sentence's first word
    upper = word.upper()
    return [
        (1, replace(c, flag="?"))
        for c in matcher.singles(tok.key)
        if c.flag == "=" and c.surfaces[0] == upper and not _foreign_initials(c.payload, upper, language)
    ]


def _foreign_initials(entry: object, upper: str, language: str) -> bool:
    """The capitals only spell the initials of a foreign company's name ("ERG": Eurasian Resources Group)."""
    initials = "".join(w[0] for w in getattr(entry, "name", "").split() if w[0].isupper())
    return initials == upper and getattr(entry, "country", None) != _HOME[language]
