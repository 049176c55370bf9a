"""Plants named by their place in English: "the Newport chip plant", "Syrah's Vidalia facility",
"the Metaplant campus".

English puts a plant's place before the plant noun, as it puts a company there ("the Tesla plant"),
so a word the name finder took by position ("buy modules from the Newport chip plant", "most of
Vidalia's output", "supplying seats to the Metaplant") may be a site, not a company. Where the page
writes a one-word name right after a determiner or a possessive and before a plant noun (with up to
two lower-case words between: "chip", "cathode materials"), the word names a site; the name finder
then drops it, unless the page also gives it a company's marks (a legal form or a descriptor found
before, or a subject's verb) or names a company whose name it opens ("the Scout site" beside "Scout
Motors"). The Romance order ("la planta de General Güemes", "lo stabilimento di
Melfi") is read by ``names.validate`` with the town list.
"""

from __future__ import annotations

import re

from ..doc import Mention

__all__ = ["site_words", "drop_sites"]

#: English nouns of a plant or a site a company runs
_SITE_NOUNS = ("plant", "plants", "factory", "factories", "facility", "facilities", "site", "works", "mill",
               "refinery", "fab", "gigafactory", "campus", "complex", "smelter", "mine", "foundry")
_SITE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['’]s)\s+([A-Z][\w-]+)\s+(?:[a-z][a-z-]*\s+){0,2}(?:"
    + "|".join(_SITE_NOUNS) + r")\b")


def site_words(text: str) -> set[str]:
    """The words the page writes as a plant's place before a plant noun ("Newport" of "the Newport
    chip plant"), as written."""
    if not any(noun in text for noun in _SITE_NOUNS):
        return set()
    return {m.group(1) for m in _SITE.finditer(text)}


def drop_sites(text: str, language: str, found: list[Mention], existing: list[Mention]) -> list[Mention]:
    """``found`` (the name finder's one-word names) less those the page writes as a site only."""
    if language != "en":
        return found
    sites = site_words(text)
    if not sites:
        return found
    marked = {m.canonical for m in existing if m.label == "COMPANY" and m.source == "pattern"}
    marked |= {m.canonical for m in found if (m.attrs or {}).get("cue") == "subject"}
    # the first word of a longer company's name is that company's short form ("the Scout site" beside
    # "Scout Motors": the carmaker's site, and "Scout" the carmaker)
    marked |= {m.canonical.split()[0] for m in (*existing, *found)
               if m.label == "COMPANY" and m.canonical and " " in m.canonical.strip()}
    return [m for m in found if not (m.canonical in sites and m.canonical not in marked
                                     and " " not in m.canonical)]
