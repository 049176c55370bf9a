"""A town the place list does not know, after a description's noun ("il gruppo di Curno", "des
Unternehmens aus Bolechowo", "la empresa de Ormaiztegi", "the group from Curno"), or a German town
adjective the "-er" rule of coref._adjective cannot read ("das Darmstädter Unternehmen", "der Karlsruher
Konzern").

coref.py reads "la casa di Torino" through the place list; a smaller town it does not know was dropped,
and the description went to the nearest company even when the gazetteer knows that company to be at home
elsewhere. coref.py reads the town only where the story names a company the gazetteer knows at home there
(by name: "Solaris Bus & Coach" of Bolechowo); then the description fits that company, or one whose home is
unknown, never one known to be at home in another town. Elsewhere the town is not read: the place list
lacks other names of known towns too ("l'équipementier de Ratisbonne" is Vitesco of Regensburg). Only a
capitalised word (or two) that no mention covers and that names no company, person, sector, month or common
word: "la società di Elkann" (a person), "la società di BYD" (a company) stay as they were.
"""
from __future__ import annotations

import re

from .gazetteer import gazetteer, places
from .vocab import MONTHS, SPEC_SECTORS, STOP, WEEKDAYS

__all__ = ["town_adjective_names", "unknown_town"]

# Prepositions of origin before a town (not "von", "des", "of the": an owner or a field)
_FROM = re.compile(r"\s+(?:di|de|du|aus|from)\s+$", re.IGNORECASE)
# One or two capitalised words ("Bolechowo", "Upplands Väsby"); the description regex may have taken a
# lower-case word after the town as well ("di Curno ha").
_TOWN = re.compile(r"[A-ZÀ-Ý][a-zà-ÿß]+(?:[ -][A-ZÀ-Ý][a-zà-ÿß]+)?(?![\w'’-])")


def unknown_town(m: re.Match, end: int, occupied, given_names) -> tuple[str, int] | None:
    """(town, new end of the description) for the capitalised word after ``end`` that names a town the
    place list does not know, or None."""
    if not m.group("spec") or m.start("spec") < end or not _FROM.fullmatch(m.string, end, m.start("spec")):
        return None
    town = _TOWN.match(m.string, m.start("spec"))
    if town is None:
        return None
    spec = town.group(0)
    first = spec.split()[0].split("-")[0]
    key = first.casefold()
    if places().get(spec) is not None or places().get(first) is not None:
        return None  # a place the description already reads (coref._constraint)
    if key in SPEC_SECTORS or key in STOP or key in MONTHS or key in WEEKDAYS or key in given_names:
        return None
    if gazetteer().entry(spec) is not None or gazetteer().entry(first) is not None:
        return None
    stop = m.start("spec") + len(spec)
    if occupied.overlaps(m.start("spec"), stop):
        return None  # a company or person the entity stage found
    return spec, stop


def town_adjective_names(word: str) -> tuple[str, ...]:
    """The towns a German capitalised adjective in "-er" may be of, for towns the place list does not know
    or whose adjective is not the town plus "-er": "Darmstädter" (Darmstadt), "Karlsruher" (Karlsruhe),
    "Aachener" (Aachen), "Paderborner" (Paderborn). Empty for any other word."""
    if len(word) < 5 or not word[:1].isupper() or not word.endswith("er") or "-" in word:
        return ()
    stem = word[:-2]
    names = {stem, word[:-1]}  # "Aachen"; "Karlsruhe"
    if stem.endswith("städt"):
        names.add(stem[:-5] + "stadt")  # "Darmstädter", "Eisenstädter"
    return tuple(sorted(names))
