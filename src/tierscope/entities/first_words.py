"""A known company named again by the first word of its name alone: "Core" after "Core Lithium",
"CIE" after "CIE Automotive", "Ebro" after "Ebro EV Motors".

News writes a company's full name once and then its first word. When the gazetteer knows the full
name but not the first word, the name finder takes the word as a company of its own ("Core"), so a
tie told with it pairs a company no list gives ("Tianqi prepares a rival offer for Core"). The word
names the known company when:

* the gazetteer has no company under the word alone (it was found by position, not looked up);
* exactly one known company the page names (outside references back) starts with that word, or one
  that the others' names start with ("CIE Automotive" beside its unit "CIE Automotive India"): on a
  page that names "Samsung SDI" and "Samsung Electronics", "Samsung" alone stays what it was;
* no other name found on the page starts with it ("Rinova" beside "Rinova Batterie" is left to the
  name finder's own short forms), or none before the word alone: "CIE" after "CIE Automotive" is the
  known company even where a unit "CIE Galfor" comes later;
* the full name comes first on the page, a story's headline aside ("Pilbara to swallow Core ...
  Pilbara Minerals agreed to buy Core Lithium"): a word the story's body gives before its namesake
  may be another company ("Vallourec" before "Vallourec Umbilicals", its unit).

A distinctive inner word of a known name works the same way ("Metaplant" after "Northfield Motor
Group Metaplant Georgia"): after the full name, a word of it that is no first word, no place and no
word a company's name merely ends with, where one known name of the page holds it and no other name
does.
"""

from __future__ import annotations

from ..doc import Mention
from .gazetteer import places
from .short_names import first_word, is_bare_short, opens_name

__all__ = ["known_first_words"]


#: words inside a name that tell its kind, its field or its market, never the company alone
_KIND_WORDS = frozenset(
    "motor motors group holding holdings international global company corporation industries industrial "
    "automotive auto cars car energy energia energía énergie technologies technology systems solutions electric "
    "electronics battery batteries materials material mobility power new america americas europe asia north south "
    "east west china japan germany usa plant works factory cell cells lithium steel chemical chemicals capital "
    "partners ventures investments recycling services trucks truck bus components parts".split()
)


def _inner_words(mentions: list[Mention], shorts: list[Mention], known_first: dict) -> None:
    """A one-word name found by position that is a distinctive inner word of exactly one known name
    of the page, named in full before it: that company."""
    holders: dict[str, dict[str, Mention]] = {}  # inner word -> canonical -> first mention
    inside_others: set[str] = set()
    for m in mentions:
        if m.label != "COMPANY" or not m.canonical:
            continue
        words = m.text.split()
        if (m.attrs or {}).get("known") and m.source == "gazetteer" and len(words) > 2:
            for w in words[1:]:
                holder = holders.setdefault(w, {})
                if m.canonical not in holder or m.start < holder[m.canonical].start:
                    holder[m.canonical] = m
        elif m.source == "pattern" and len(words) > 1:
            inside_others.update(words)
    for word in {m.canonical for m in shorts}:
        whole = holders.get(word)
        if (not whole or len(whole) != 1 or word in inside_others or word in known_first or len(word) < 5
                or word.casefold() in _KIND_WORDS or not word[0].isupper() or places().get(word) is not None):
            continue
        full = next(iter(whole.values()))
        mine = [m for m in shorts if m.canonical == word]
        if min(m.start for m in mine) < full.start:
            continue
        _rename(mine, full, "inner_word")


def _rename(mine: list[Mention], full: Mention, how: str) -> None:
    for m in mine:
        m.canonical = full.canonical
        m.attrs = {**{k: v for k, v in (full.attrs or {}).items() if k in ("known", "sectors", "country")},
                   **{k: v for k, v in (m.attrs or {}).items() if k not in ("known", "sectors", "country")},
                   how: True}


def known_first_words(mentions: list[Mention], heads: frozenset[int] = frozenset()) -> list[Mention]:
    """``mentions`` with each one-word name found by position that is the first word of one known
    company named before it turned into that company (same list, mentions changed in place).
    ``heads``: the sentences that open a story (its headline), where a short name may come first."""
    shorts = [m for m in mentions if is_bare_short(m)]
    if not shorts:
        return mentions
    known: dict[str, dict[str, Mention]] = {}  # first word -> canonical -> first mention
    others: dict[str, int] = {}  # first words of multi-word names found by position -> first start
    for m in mentions:
        if m.label != "COMPANY" or not m.canonical:
            continue
        if (m.attrs or {}).get("known") and m.source == "gazetteer":
            for name in (m.text, m.canonical):
                if len(name.split()) > 1:
                    first = known.setdefault(first_word(name), {})
                    if m.canonical not in first or m.start < first[m.canonical].start:
                        first[m.canonical] = m
        elif m.source == "pattern" and len(m.canonical.split()) > 1:
            first = first_word(m.canonical)
            others[first] = min(others.get(first, m.start), m.start)
    for word in {m.canonical for m in shorts}:
        whole = known.get(word)
        if not whole:
            continue
        mine = [m for m in shorts if m.canonical == word]
        if word in others and others[word] < min(m.start for m in mine):
            continue  # an unknown namesake came before the word alone: which of the two it is, is open
        if len(whole) > 1:
            # "CIE Automotive" and its unit "CIE Automotive India": the name the others start with
            base = [c for c in whole if all(o == c or opens_name(c, o) for o in whole)]
            if len(base) != 1:
                continue
            whole = {base[0]: whole[base[0]]}
        full = next(iter(whole.values()))
        if min((m.start for m in mine if m.sentence not in heads), default=full.start) < full.start:
            continue
        _rename(mine, full, "first_word")
    _inner_words(mentions, [m for m in shorts if (m.attrs or {}).get("known") is not True], known)
    return mentions
