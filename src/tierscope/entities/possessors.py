"""A company named as the possessor of the one its clause is about: "Renault's electric-vehicle unit
Ampere has taken a different route", "Tata's battery maker Agratas will build ...". The subject is the
company after the possessive (Ampere, Agratas), so a pronoun or a description in the next sentence
("It will buy cells from ...") points to it, not to its owner.

English only: the other languages put the owner after ("la filiale de Renault, Ampere", "Renaults
Tochter Ampere" reads as one name there).
"""

from __future__ import annotations

import re

__all__ = ["participle_clause", "possessed_after"]

# "'s" and one to three lower-case words (a descriptor: "electric-vehicle unit", "supplier", "new
# battery venture") right before the next company, none of them a preposition, verb or conjunction.
_POSSESSED = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){1,3})$")
_NOT_DESCRIPTOR = frozenset(
    "with and or to from for of in on at by as into than is are was were has have had will would said says "
    "says buys bought sells sold supplies supplied owns owned signed agreed the a an its their that which who "
    "deal deals talks contract contracts agreement stake offer bid order orders".split())


# the noun that ends the descriptor: a company noun ("unit", "battery maker", "supplier") - a verb there
# makes the second company an object ("Posco Future M's largest customer remains LG Energy Solution")
_HEADS = frozenset(
    "unit subsidiary arm division affiliate venture business brand supplier partner customer client investor "
    "shareholder owner parent spin-off startup start-up company firm group maker carmaker automaker manufacturer "
    "producer chipmaker miner recycler developer operator label marque".split())


def possessed_after(text: str, owner_end: int, next_start: int) -> bool:
    """True when the text between two company mentions makes the second the first one's possession
    ("Renault" "'s electric-vehicle unit " "Ampere"); False for "Ford's deal with SK On" and for
    "X's largest customer remains Y"."""
    if next_start - owner_end > 60:
        return False
    m = _POSSESSED.match(text, owner_end, next_start)
    if m is None:
        return False
    words = m.group(1).split()
    return words[-1] in _HEADS and not any(w in _NOT_DESCRIPTOR for w in words)


# English -ing, Spanish and Italian gerunds that open a participle clause after a comma: its subject is
# the subject of the clause before ("Porsche led the round, putting money into the company" - the company
# is not Porsche; "Stellantis firmó con CATL, convirtiendo a la empresa en ...").
_NOT_PARTICIPLE = frozenset("during including according regarding following concerning excluding nothing something "
                            "anything everything morning evening thing king bring spring".split())


def participle_clause(word: str) -> bool:
    """Is ``word``, right after a comma, a participle opening a clause that shares the subject before?"""
    w = word.casefold()
    if not w.isalpha() or not word[:1].islower() or w in _NOT_PARTICIPLE:
        return False
    return (len(w) > 5 and w.endswith("ing")) or (len(w) > 6 and w.endswith(("ando", "iendo", "endo")))
