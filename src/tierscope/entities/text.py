"""Text helpers shared by the entity stage: folding, tokens and legal suffixes.

Tokens are runs of word characters or single punctuation marks; hyphens are *not* tokens, so
"Mercedes-Benz" and "Mercedes Benz" give the same keys and "Tesla-Zulieferer" exposes "Tesla".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

__all__ = [
    "TOKEN",
    "add_in_order",
    "closing_token",
    "LEGAL",
    "LEGAL_AFTER",
    "UPPER",
    "fold",
    "name_key",
    "strip_legal",
    "is_capitalised",
    "Occupied",
]

TOKEN = re.compile(r"\w+|[^\w\s-]")

# Upper-case letters a name may start with (Python's re has no \p{Lu}).
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"

# Legal forms, longest first so "GmbH & Co. KG" wins over "GmbH". Case-sensitive on purpose:
# "se" (Italian "if") or "sa" must not end a company name.
_LEGAL_FORMS = [
    r"GmbH\s*&\s*Co\.?\s*KGaA",
    r"GmbH\s*&\s*Co\.?\s*KG",
    r"AG\s*&\s*Co\.?\s*KGaA",
    r"&\s*Co\.?\s*KGaA",
    r"&\s*C\.\s*S\.p\.A\.?",
    # "Hahn & Co", "Hankook & Company", "Lazard & Cie": a partnership's style, no other word after
    r"&\s*Company",
    r"&\s*Cie\.?",
    r"&\s*Co\.?",
    r"Co\.,?\s*Ltd\.?",
    r"Co\.,?\s*Limited",
    r"Pty\.?\s*Ltd\.?",
    r"S\.p\.A\.?",
    r"SpA",
    r"S\.r\.l\.?",
    r"Srl",
    r"S\.à\s?r\.l\.?",
    r"S\.A\.S\.?",
    r"S\.A\.U\.?",
    r"S\.A\.?",
    r"S\.L\.U\.?",
    r"S\.L\.?",
    r"S\.C\.A\.?",
    r"N\.V\.?",
    r"B\.V\.?",
    r"L\.L\.C\.?",
    r"K\.K\.",
    r"SARL",
    r"SAS",
    r"SA",
    r"SL",
    r"NV",
    r"BV",
    r"GmbH",
    r"KGaA",
    r"KG",
    r"AG",
    r"SE",
    r"Ltd\.?",
    r"Limited",
    r"Inc\.?",
    r"Incorporated",
    r"Corp\.?",
    r"Corporation",
    r"LLC",
    r"plc",
    r"PLC",
    r"AB(?:\s*\(publ\))?",
    r"ASA",
    r"A/S",
    r"Oyj",
    r"Oy",
    # Central and Eastern Europe and Turkey, where much of the chain's supply is made: without
    # them "Velmora Ptuj d.o.o." is not read as a name and its town alone is taken for the company
    r"d\.\s?o\.\s?o\.?",  # Slovenia, Croatia, Serbia, Bosnia
    r"s\.\s?r\.\s?o\.?",  # Czechia, Slovakia
    r"a\.\s?s\.",  # Czechia, Slovakia
    r"Sp\.\s?z\s?o\.\s?o\.?",  # Poland
    r"Kft\.?",  # Hungary
    r"Zrt\.?",
    r"Nyrt\.?",
    r"SRL",  # Romania writes it in capitals
    r"S\.R\.L\.?",
    r"A\.\s?Ş\.?",  # Turkey
    r"Co\.",
]
LEGAL = "(?:" + "|".join(_LEGAL_FORMS) + ")"
# A legal form right after a name: "BMW AG", "Stellantis N.V.", "Foo, Inc.".
LEGAL_AFTER = re.compile(r"(?:,\s*|\s+)" + LEGAL + r"(?![\w&])")

# The same forms as folded keys, for lookups by name ("BMW AG" -> "bmw").
_LEGAL_KEYS = sorted(
    {
        "gmbh & co kgaa", "gmbh & co kg", "ag & co kgaa", "& co kgaa", "& c s p a", "& company", "& cie", "& co", "co ltd",
        "co limited", "pty ltd", "s p a", "spa", "s r l", "srl", "s a r l", "sarl", "s a s", "sas",
        "s a u", "s a", "sa", "s l u", "s l", "sl", "s c a", "n v", "nv", "b v", "bv", "l l c",
        "llc", "k k", "gmbh", "kgaa", "kg", "ag", "se", "ltd", "limited", "inc", "incorporated",
        "corp", "corporation", "plc", "ab publ", "ab", "asa", "a s", "oyj", "oy", "co",
        "d o o", "s r o", "sp z o o", "kft", "zrt", "nyrt",
    },
    key=len,
    reverse=True,
)


def fold(s: str) -> str:
    """Case- and accent-insensitive form of one token or name."""
    s = s.casefold()
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_NON_KEY = re.compile(r"[^\w&]+")


def name_key(name: str) -> str:
    """Key for looking a name up: folded, punctuation and hyphens as spaces ("S.p.A." -> "s p a")."""
    return " ".join(_NON_KEY.sub(" ", fold(name)).replace("_", " ").split())


#: ``name_key`` remembered per name, for the lookups made while reading pages (``Gazetteer.entry``,
#: ``Places.get``/``find``): mostly of names asked before. (Building the tables calls the plain one:
#: a cache filled with every alias at load only grows the process.)
cached_name_key = lru_cache(maxsize=4096)(name_key)


def strip_legal(key: str) -> str:
    """Drop trailing legal forms from a ``name_key`` ("pirelli & c s p a" -> "pirelli")."""
    changed = True
    while changed and key:
        changed = False
        for suffix in _LEGAL_KEYS:
            if key.endswith(" " + suffix) and len(key) > len(suffix) + 1:
                key = key[: -len(suffix) - 1].rstrip(" ,&")
                changed = True
                break
    return key


def is_capitalised(token: str) -> bool:
    c = token[0]
    return c.isupper() or c.isdigit()


class Occupied:
    """Character ranges already taken by mentions; overlap checks cost one C-level scan."""

    __slots__ = ("mask",)

    def __init__(self, length: int, spans=()):
        self.mask = mask = bytearray(length + 1)
        for start, end in spans:
            if end > start:  # add(), inlined
                mask[start:end] = b"\x01" * (end - start)

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return end > start and self.mask.find(1, start, end) >= 0


def add_in_order(companies: dict, s_index: int, mention) -> None:
    """Put a mention found late (a reference, an implied subject) into its sentence's list of companies,
    which the later finders read in text order."""
    ms = companies.setdefault(s_index, [])
    ms.append(mention)
    ms.sort(key=lambda c: c.start)


_end = attrgetter("end")


def closing_token(toks, m):
    """(tokens of the sentence of company mention ``m``, index of the token that ends where ``m``
    ends), or None: not a company, no sentence, or no token ends there. ``toks``: (index, start, end,
    tokens) per sentence; token offsets increase, so a binary search finds it."""
    if m.label != "COMPANY" or m.sentence is None or not 0 <= m.sentence < len(toks):
        return None
    tokens = toks[m.sentence][3]
    k = bisect_left(tokens, m.end, key=_end)
    return (tokens, k) if k < len(tokens) and tokens[k].end == m.end else None
