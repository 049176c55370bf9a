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
    # Central and Eastern Europe (d.o.o., s.r.o., Kft., Zrt., Nyrt.; Poland's "Sp. z o.o." below)
    "doo", "sro", "kft", "zrt", "nyrt",
    "holding", "holdings", "group", "gruppe", "groupe", "grupo", "gruppo", "international", "intl",
    "com",
}
# Legal forms that fold to several tokens: written with spaces ("d. o. o.", "s. r. o.") the dotted
# letters are not joined, and Poland's "Sp. z o.o." is three tokens however written.
_SUFFIX_RUNS = (("sp", "z", "oo"), ("sp", "z", "o", "o"), ("d", "o", "o"), ("s", "r", "o"))
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
    run = next((r for r in _SUFFIX_RUNS if len(tokens) > len(r) and tuple(tokens[-len(r):]) == r), None)
    if run is not None:
        tokens = tokens[: -len(run)]
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
        # a gazetteer company is keyed by its canonical name as it stands, so two entries that
        # differ only by a legal form stay apart ("Porsche SE" is not "Porsche")
        key = "=" + " ".join(canon.casefold().split()) if canon else norm
        self._cache[name] = key
        return key

    def same(self, a: str | None, b: str | None) -> bool:
        return bool(a) and bool(b) and self.key(a) == self.key(b)


# Words that may open a place as written in a gold file or an extraction ("in Ulm", "near Izmir",
# "bei Guben", "à Douai", "nahe Leipzig") and are no part of its name.
_PLACE_LEAD = {"in", "at", "near", "of", "bei", "nahe", "a", "à", "en", "di", "de", "del", "du", "des", "d",
               "nel", "nella", "im", "am", "au", "aux", "outside", "vicino", "presso", "près", "cerca", "to", "from",
               "into"}
_PLACE_SPLIT = re.compile(r"[,;/()\[\]]")


def _place_canonical() -> Callable[[str], object] | None:
    try:
        from ..entities.gazetteer import places
    except Exception:  # the entities stage may be missing: compare as written
        return None

    def lookup(name: str):
        try:
            return places().find(name)
        except Exception:
            return None

    return lookup


_LOOKUP: list = []


def _place_entry(name: str):
    if not _LOOKUP:
        _LOOKUP.append(_place_canonical())
    fn = _LOOKUP[0]
    return fn(name) if fn else None


@lru_cache(maxsize=4096)
def _is_area(tokens: tuple[str, ...]) -> bool:
    """A country or region the place gazetteer knows ("France", "Sachsen")."""
    hit = _place_entry(" ".join(tokens))
    return hit is not None and getattr(hit, "kind", "") in ("country", "region", "continent")


@lru_cache(maxsize=4096)
def _place_tokens(place: str) -> tuple[str, ...]:
    tokens = [t for t in _PUNCT.sub(" ", company_key(place)).split() if t]
    while len(tokens) > 1 and (tokens[0] in _PLACE_LEAD or tokens[0] in _PREFIXES):
        tokens = tokens[1:]
    return tuple(tokens)


@lru_cache(maxsize=4096)
def _place_parts(place: str) -> tuple[tuple[str, ...], ...]:
    """The place's comma-separated parts, most specific first, each as normalised tokens after
    mapping through the place gazetteer ("Dunkerque" and "Dunkirk" give the same tokens)."""
    parts = []
    for raw in _PLACE_SPLIT.split(place):
        raw = raw.strip()
        if not raw:
            continue
        toks = _place_tokens(raw)
        if not toks:
            continue
        hit = _place_entry(raw) or _place_entry(" ".join(toks))  # "in Ulm" -> "ulm"
        parts.append((_place_tokens(hit.name) if hit is not None else ()) or toks)
    return tuple(parts)


def same_place(gold: str | None, pred: str | None) -> bool:
    """Does the predicted place name the gold place? Both are normalised (case, accents,
    punctuation, a leading "in"/"near"/"bei"/"à"/"en"...) and mapped through the place gazetteer, so
    "Dunkerque" = "Dunkirk" and "Sachsen" = "Saxony". They match when

    * the most specific parts (before the first comma) are equal: "Salzgitter" ~ "Salzgitter, Germany";
    * or one most specific part is a contiguous part of the other, word by word: "Frankfurt" ~
      "Frankfurt-Höchst", "Weilheim" ~ "Weilheim an der Teck", "Douvrin" ~ "Billy-Berclau Douvrin",
      unless the shorter one is a country or region the gazetteer knows ("France" is not "Hauts-de-France");
    * or the whole gold place is one part of a more specific prediction: gold "Hungary" ~ "Debrecen, Hungary".

    A prediction less specific than the gold ("Hungary" for "Debrecen, Hungary") does not match."""
    if not gold or not pred:
        return gold is None and pred is None
    g, p = _place_parts(gold), _place_parts(pred)
    if not g or not p:
        return False
    g0, p0 = g[0], p[0]
    if g0 == p0:
        return True
    short, long_ = (g0, p0) if len(g0) <= len(p0) else (p0, g0)
    n = len(short)
    if any(long_[i : i + n] == short for i in range(len(long_) - n + 1)) and not _is_area(short):
        return True
    return len(g) == 1 and g0 in p[1:]
