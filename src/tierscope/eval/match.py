"""Matching company names and places between gold and output through aliases, not exact strings."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache

from ..ids import company_key

__all__ = ["Matcher", "normalise_company", "gazetteer_canonical"]

# Legal forms and group words removed from the end (and "the" from the start) of a company name.
_SUFFIXES = {
    "ag", "se", "gmbh", "mbh", "kg", "kgaa", "ohg", "co", "company", "companies", "corp", "corporation",
    "inc", "incorporated", "ltd", "limited", "plc", "llc", "llp", "lp", "sa", "sas", "sarl", "spa", "srl",
    "nv", "bv", "ab", "asa", "as", "oyj", "oy", "pte", "pty", "kk", "sl", "slu", "sca", "scs",
    "holding", "holdings", "group", "gruppe", "groupe", "grupo", "gruppo", "international", "intl",
    "com",
}
_PREFIXES = {"the", "die", "der", "das", "le", "la", "les", "il", "lo", "el", "los", "las"}
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")  # s.p.a. -> spa, n.v. -> nv
_POSSESSIVE = re.compile(r"['’]s\b|['’]$")
_PUNCT = re.compile(r"[^\w&+]+")


def normalise_company(name: str) -> str:
    """Case-, accent-, punctuation-insensitive key without legal suffixes or group words:
    "BMW AG", "Bmw", "the BMW Group" -> "bmw". Never returns "" for a non-empty name."""
    base = company_key(name)
    s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), base)
    s = _POSSESSIVE.sub("", s)
    s = s.replace("&", " & ")
    tokens = [t for t in _PUNCT.sub(" ", s).split() if t]
    while len(tokens) > 1 and tokens[0] in _PREFIXES:
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1] in _SUFFIXES or tokens[-1] in {"&", "and", "und", "et", "y"}):
        tokens = tokens[:-1]
    if tokens and tokens[-1] == "&":
        tokens = tokens[:-1]
    return " ".join(tokens) or base


def gazetteer_canonical() -> Callable[[str], str | None] | None:
    """The gazetteer's ``canonical(name)`` when ``tierscope.entities`` provides one, else None.
    Accepts a module ``tierscope.entities.gazetteer`` with a ``canonical`` function, or a
    ``gazetteer()`` factory whose result has a ``canonical`` method."""
    try:
        ent = importlib.import_module("tierscope.entities")
    except Exception:  # the stage may not exist yet, or fail to import: fall back
        return None
    candidates = []
    try:
        candidates.append(importlib.import_module("tierscope.entities.gazetteer"))
    except Exception:
        pass
    g = getattr(ent, "gazetteer", None)
    if g is not None:
        candidates.append(g)
    for c in candidates:
        fn = getattr(c, "canonical", None)
        if callable(fn):
            return fn
        # a factory -> object with .canonical: the package's gazetteer(), or the module's gazetteer()
        factory = c if callable(c) else getattr(c, "gazetteer", None)
        if callable(factory):
            try:
                fn = getattr(factory(), "canonical", None)
            except Exception:
                continue
            if callable(fn):
                return fn
    return None


class Matcher:
    """Maps a company name to a comparison key: the gazetteer's canonical name when it knows the
    name (as written, or normalised), otherwise the normalised name. ``canonical`` may be passed
    (a callable name -> canonical name or None); by default the gazetteer is looked up lazily, and
    ``use_gazetteer=False`` turns it off."""

    def __init__(self, canonical: Callable[[str], str | None] | None = None, *, use_gazetteer: bool = True):
        self._canonical = canonical
        self._lookup_done = canonical is not None or not use_gazetteer
        self._cache: dict[str, str] = {}

    @property
    def canonical(self) -> Callable[[str], str | None] | None:
        if not self._lookup_done:
            self._canonical = gazetteer_canonical()
            self._lookup_done = True
        return self._canonical

    @property
    def uses_gazetteer(self) -> bool:
        return self.canonical is not None

    def _canon(self, name: str) -> str | None:
        fn = self.canonical
        if fn is None:
            return None
        try:
            c = fn(name)
        except Exception:
            return None
        if isinstance(c, str) and c.strip():
            return c
        c = getattr(c, "name", None)  # a gazetteer entry rather than a name
        return c if isinstance(c, str) and c.strip() else None

    def key(self, name: str | None) -> str:
        if not name:
            return ""
        hit = self._cache.get(name)
        if hit is not None:
            return hit
        norm = normalise_company(name)
        canon = self._canon(name) or self._canon(norm)
        key = normalise_company(canon) if canon else norm
        self._cache[name] = key
        return key

    def same(self, a: str | None, b: str | None) -> bool:
        return bool(a) and bool(b) and self.key(a) == self.key(b)


@lru_cache(maxsize=4096)
def _place_tokens(place: str) -> tuple[str, ...]:
    return tuple(t for t in _PUNCT.sub(" ", company_key(place)).split() if t not in _PREFIXES and t not in {"in", "at", "near", "of", "bei", "a", "en", "di"})


def same_place(gold: str | None, pred: str | None) -> bool:
    """Places match when their normalised tokens are equal or one's tokens are a contiguous part of
    the other's ("Debrecen" ~ "Debrecen, Hungary")."""
    if not gold or not pred:
        return gold is None and pred is None
    g, p = _place_tokens(gold), _place_tokens(pred)
    if not g or not p:
        return False
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))
