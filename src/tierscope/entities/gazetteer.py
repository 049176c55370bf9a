"""The company and place lists (``data/*.tsv``) and name lookups over them.

Alias flags in the data files (prefix of one alias):

* none: case-insensitive, but the text must be capitalised where the alias is ("tesla" never matches);
* ``=``: exact case only ("GM", "SEAT", "GEM");
* ``?``: exact case *and* context (a sector word nearby, a legal form after it, the company named
  elsewhere in the document, or standing alone mid-sentence) — for names that are also words
  ("Smart", "Vale", "Hydro", "Lotus"); places with ``?`` need a preposition before them;
* ``@``: only when the company is named by another alias in the same document ("ST").

A flagged alias equal to the entry's name replaces the name's default (unflagged) matching.
Everything is loaded on first use and cached per process, never at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .text import cached_name_key, name_key, strip_legal

__all__ = ["Entry", "Place", "Gazetteer", "Places", "Towns", "gazetteer", "gazetteer_parents", "known_ventures", "places", "towns", "FLAGS"]

FLAGS = "=?@"

# Words that wrap a company name without changing which company it is.
_GROUP_PREFIXES = ("gruppo ", "groupe ", "grupo ", "gruppe ", "the ")
_GROUP_SUFFIXES = (" group", " gruppe", " konzern", " holding", " holdings", " gruppo", " groupe", " grupo")


@dataclass(frozen=True, slots=True)
class Entry:
    """One company of the gazetteer."""

    name: str
    aliases: tuple[str, ...]
    sectors: tuple[str, ...]
    country: str | None
    parent: str | None = None
    city: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: str


def _split_flag(alias: str) -> tuple[str, str]:
    if alias and alias[0] in FLAGS:
        return alias[1:], alias[0]
    return alias, ""


def _alias_flags(name: str, aliases: str) -> list[tuple[str, str]]:
    """(surface, flag) pairs of an entry: the listed aliases plus the name itself, unflagged unless
    the list gives it a flag."""
    pairs = [_split_flag(a.strip()) for a in aliases.split("|") if a.strip()]
    if not any(text == name for text, _ in pairs):
        pairs.insert(0, (name, ""))
    return pairs


def _rows(filename: str, columns: int):
    text = resources.files(__package__).joinpath("data", filename).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise ValueError(f"{filename}:{lineno}: expected {columns} tab-separated fields, got {len(fields)}")
        yield [f.strip() for f in fields]


class Gazetteer:
    """Known companies. ``canonical()`` and ``entry()`` accept any alias, in any case, with or
    without accents, legal forms ("Pirelli & C. S.p.A.") or group words ("Gruppo Stellantis")."""

    def __init__(self, entries: list[Entry], aliases: list[tuple[str, str, Entry]]):
        self.entries = entries
        #: (surface, flag, entry) for every alias, for the matcher.
        self.aliases = aliases
        self._by_name = {e.name: e for e in entries}
        self._by_key: dict[str, Entry] = {}
        self._children: dict[str, list[Entry]] | None = None
        #: Alias keys claimed by two companies; the first one keeps it (a data bug, tested).
        self.conflicts: list[tuple[str, str, str]] = []
        for surface, _flag, entry in aliases:
            key = name_key(surface)
            other = self._by_key.setdefault(key, entry)
            if other is not entry:
                self.conflicts.append((key, other.name, entry.name))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def entry(self, name: str) -> Entry | None:
        if not name:
            return None
        hit = self._by_name.get(name)
        if hit is not None:
            return hit
        key = cached_name_key(name)
        for candidate in self._variants(key):
            hit = self._by_key.get(candidate)
            if hit is not None:
                return hit
        return None

    def canonical(self, name: str) -> str | None:
        hit = self.entry(name)
        return hit.name if hit else None

    def children(self, name: str) -> list[Entry]:
        """Entries whose ``parent`` is the company ``name`` names."""
        if self._children is None:
            self._children = {}
            for e in self.entries:
                if e.parent:
                    self._children.setdefault(e.parent, []).append(e)
        return list(self._children.get(self.canonical(name) or "", ()))

    @staticmethod
    def _variants(key: str):
        yield key
        bare = strip_legal(key)
        yield bare
        for prefix in _GROUP_PREFIXES:
            if bare.startswith(prefix):
                bare = bare[len(prefix) :]
                yield bare
        for suffix in _GROUP_SUFFIXES:
            if bare.endswith(suffix):
                yield strip_legal(bare[: -len(suffix)])


class Places:
    """Countries, regions and cities in the five languages' spellings."""

    def __init__(self, places: list[Place], aliases: list[tuple[str, str, Place]]):
        self.places = places
        self.aliases = aliases
        self._by_key: dict[str, Place] = {}
        for surface, _flag, place in aliases:
            self._by_key.setdefault(name_key(surface), place)

    def __len__(self) -> int:
        return len(self.places)

    def get(self, name: str) -> Place | None:
        """The place ``name`` names in the hand-written list (countries, regions, big cities)."""
        return self._by_key.get(cached_name_key(name)) if name else None

    def find(self, name: str) -> Place | None:
        """``get``, else a town of the long GeoNames list: for a name already known to stand for a
        place (a plant's location), never to judge whether a word is a place, since thousands of
        towns share their names with words and companies ("Brennero Motors")."""
        if not name:
            return None
        key = cached_name_key(name)
        return self._by_key.get(key) or towns().get(key)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The company gazetteer, loaded once per process."""
    entries: list[Entry] = []
    aliases: list[tuple[str, str, Entry]] = []
    for name, alias_field, sectors, country, parent, city in _rows("companies.tsv", 6):
        pairs = _alias_flags(name, alias_field)
        entry = Entry(
            name=name,
            aliases=tuple(text for text, _ in pairs if text != name),
            sectors=tuple(s.strip() for s in sectors.split(",") if s.strip()),
            country=country or None,
            parent=parent or None,
            city=city or None,
        )
        entries.append(entry)
        aliases.extend((text, flag, entry) for text, flag in pairs)
    return Gazetteer(entries, aliases)


def gazetteer_parents(name: str, depth: int = 4) -> list[str]:
    """The gazetteer's parent, grandparent... of company ``name``, nearest first, at most ``depth`` of
    them (a loop in the data stops the walk)."""
    out: list[str] = []
    while len(out) < depth:
        entry = gazetteer().entry(name)
        name = entry.parent if entry else None
        if not name or name in out:
            break
        out.append(name)
    return out


@lru_cache(maxsize=1)
def known_ventures() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Joint company -> its parents (``data/ventures.tsv``), each parent as the names that stand for
    its side (a group, or its unit that holds the stake), by gazetteer name."""
    return {venture: tuple(tuple(a.strip() for a in side.split("|")) for side in parents.split(";"))
            for venture, parents in _rows("ventures.tsv", 2)}


class Towns:
    """Name key -> town, from ``data/places_geonames.tsv`` (built by scripts/build_places.py). The
    file holds each name's key already, so loading is one split per line; a ``Place`` is made only
    for a name that is looked up. Each town is kept as the rest of its line ("Name\tCC\tcity"), split
    at lookup: one string per town instead of a tuple of three, some 20 MB less for the ninety
    thousand towns, which every process holds for its whole life."""

    def __init__(self, rows: dict[str, str]):
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, key: str) -> Place | None:
        row = self._rows.get(key)
        if not row:
            return None
        name, country, kind = row.split("\t")
        return Place(name, (), country or None, kind)


@lru_cache(maxsize=1)
def towns() -> Towns:
    """The long town list, loaded on first lookup."""
    text = resources.files(__package__).joinpath("data", "places_geonames.tsv").read_text(encoding="utf-8")
    rows: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, rest = line.partition("\t")
            if rest.count("\t") != 2:
                raise ValueError(f"places_geonames.tsv: a town needs a key, a name, a country and a kind: {line!r}")
            rows.setdefault(key, rest)
    return Towns(rows)


@lru_cache(maxsize=1)
def places() -> Places:
    """The place list, loaded once per process."""
    items: list[Place] = []
    aliases: list[tuple[str, str, Place]] = []
    for name, alias_field, country, kind in _rows("places.tsv", 4):
        pairs = _alias_flags(name, alias_field)
        place = Place(name, tuple(t for t, _ in pairs if t != name), country or None, kind)
        items.append(place)
        aliases.extend((text, flag, place) for text, flag in pairs)
    return Places(items, aliases)
