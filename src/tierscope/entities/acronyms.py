"""Abbreviations defined in the text: "Extremadura New Energies (ENE)", "Kestrel Battery Recycling
(KBR)". When the abbreviation is a company somewhere in the document, the words it abbreviates
are that company too, and every mention of the abbreviation takes the full name as its canonical
name (so "ENE" and "Extremadura New Energies" are one company). A defined abbreviation that never
acts as a company ("Inflation Reduction Act (IRA)") changes nothing.
"""

from __future__ import annotations

from ..doc import Mention
from .matcher import Token
from .patterns import CONNECTORS
from .title_acronyms import TITLE_CASE_LANGUAGES, reads_as_word
from .vocab import name_sectors

__all__ = ["link_acronyms"]

_MAX_WORDS = 6


def _initials_run(tokens: list[Token], close: int, abbr: str) -> tuple[int, int] | None:
    """Token range (first, after last) of the capitalised words before ``tokens[close]`` (the
    opening bracket) whose initials spell ``abbr``; connectors inside are skipped ("Banco de X")."""
    words: list[int] = []
    k = close - 1
    while k >= 0 and len(words) < _MAX_WORDS:
        t = tokens[k]
        if t.text[0].isupper():
            words.insert(0, k)
        elif not ((t.key in CONNECTORS or t.text in _APOSTROPHES or t.key in _ELIDED) and words):
            break  # (an elided particle is skipped too: "Société Nouvelle d'Affinage des Métaux")
        k -= 1
    target = abbr.casefold()
    for last in (len(words), len(words) - 1):
        if last < len(words) and (last < 1 or tokens[words[last]].key not in _LEGAL_FORMS):
            break  # the name may end in its legal form before the bracket: "Kestrel Recycling GmbH (KR)"
        for i in range(last):
            run = words[i:last]
            if any(target == spelt for spelt in _spellings([tokens[j].text for j in run])):
                return run[0], close
    return None


_APOSTROPHES = frozenset("'’")
#: elided particles before an apostrophe inside a name: "d'Affinage", "dell'Energia", "l'Industrie"
_ELIDED = frozenset("d l dell all dall nell sull".split())

#: legal forms a defined name ends in before its abbreviation, which the abbreviation leaves out
_LEGAL_FORMS = frozenset("gmbh ag se kg kgaa spa srl sa sas sarl sl ltd plc inc llc corp bv nv ab oy asa".split())

#: heads of German compounds an abbreviation spells a letter of: "Brixo Batteriesysteme (BBS)",
#: "Kestrel Antriebstechnik (KAT)" (the compound's parts are words of their own to the reader)
_COMPOUND_HEADS = ("systeme", "system", "technik", "technologie", "technologien", "werke", "werk", "energie",
                   "chemie", "elektronik", "logistik", "anlagen", "materialien", "fahrzeuge", "maschinen",
                   "zellen", "batterien", "komponenten", "kunststoffe", "metalle")


def _spellings(words: list[str]) -> set[str]:
    """The initials of ``words`` (case-folded), each German compound ending in one of
    ``_COMPOUND_HEADS`` giving its head's letter too or not."""
    out = {""}
    for w in words:
        low = w.casefold()
        head = next((h for h in _COMPOUND_HEADS if low.endswith(h) and len(low) > len(h) + 2), None)
        options = {w[0].casefold()}
        if head is not None:
            options.add(w[0].casefold() + head[0])
        out = {o + x for o in out for x in options}
    return out


def link_acronyms(text: str, toks, mentions: list[Mention], language: str = "en") -> list[Mention]:
    """``mentions`` with COMPANY mentions for the defined long forms (a place inside one is part of
    the name: "Extremadura New Energies") and abbreviation mentions re-pointed to them.
    ``toks``: (index, start, end, tokens) per sentence."""
    companies = [m for m in mentions if m.label == "COMPANY"]
    abbrs = {m.text for m in companies if 2 <= len(m.text) <= 6 and m.text.isalpha() and m.text.isupper()
             and m.canonical == m.text}
    if language in TITLE_CASE_LANGUAGES:
        _title_initials_of_named(companies)
    _known_defined(text, toks, companies)
    if not abbrs:
        return mentions
    taken = [(m.start, m.end) for m in mentions if m.label != "PLACE"]
    long_names: dict[str, str] = {}
    added: list[Mention] = []
    for s_index, abbr, a, b in _definitions(toks, abbrs):
        name = " ".join(text[a:b].split())
        long_names.setdefault(abbr, name)
        if not any(s < b and a < e for s, e in taken):
            added.append(Mention(start=a, end=b, text=text[a:b], label="COMPANY", canonical=name,
                                 sentence=s_index, source="pattern",
                                 attrs={"known": False, "sectors": name_sectors(name)}))
            taken.append((a, b))
    for m in companies:
        if m.text in long_names and m.canonical == m.text:
            m.canonical = long_names[m.text]
    _initials_of_named(companies, abbrs - set(long_names))
    if not added:
        return mentions
    kept = [m for m in mentions if not (m.label == "PLACE" and any(a.start <= m.start and m.end <= a.end for a in added))]
    return kept + added


def _definitions(toks, abbrs):
    """(sentence index, abbreviation, start, end) for each "Long Name (ABBR)" whose words before the
    bracket spell one of ``abbrs``, in text order; ``toks``: (index, start, end, tokens) per sentence."""
    for s_index, _start, _end, tokens in toks:
        for k in range(1, len(tokens) - 2):
            if tokens[k].text != "(" or tokens[k + 2].text != ")" or tokens[k + 1].text not in abbrs:
                continue
            abbr = tokens[k + 1].text
            run = _initials_run(tokens, k, abbr)
            if run is not None:
                yield s_index, abbr, tokens[run[0]].start, tokens[run[1] - 1].end


def _known_defined(text: str, toks, companies: list[Mention]) -> None:
    """An abbreviation the gazetteer gives to one company that the page defines as the initials of
    another company it knows ("la Société Nouvelle d'Affinage des Métaux (SNAM)" beside the
    gazetteer's Italian Snam): on this page the abbreviation is the defined company (mentions changed
    in place). The page's own definition outweighs a namesake; an undefined abbreviation, or one
    defined by words no known company has, stays the gazetteer's."""
    known = {m.text: m.canonical for m in companies if m.source == "gazetteer" and m.canonical and m.canonical != m.text
             and 2 <= len(m.text) <= 6 and m.text.isalpha() and m.text.isupper()}
    if not known:
        return
    defined: dict[str, Mention] = {}
    for _s_index, abbr, a, b in _definitions(toks, known):
        whole = next((m for m in companies if m.source == "gazetteer" and m.start <= a and b <= m.end
                      and m.canonical), None)
        if whole is not None and whole.canonical != known[abbr]:
            defined.setdefault(abbr, whole)
    for m in companies:
        whole = defined.get(m.text)
        if whole is not None and m.canonical == known[m.text]:
            m.canonical = whole.canonical
            m.attrs = dict(whole.attrs or {})  # its sectors and country, not the namesake's


def _initials_of_named(companies: list[Mention], abbrs: set[str]) -> None:
    """An abbreviation used without a definition ("RRM, wie es in der Branche genannt wird") that
    spells the initials of one company of several words named in the document ("Rhein Recycling
    Metalle") is that company; two companies with those initials leave it alone."""
    if not abbrs:
        return
    by_initials: dict[str, set[str]] = {}
    lengths = {len(a) for a in abbrs}
    for name in {c.canonical for c in companies if c.canonical and " " in c.canonical}:
        words = [w for w in name.split() if w.casefold() not in CONNECTORS]
        if len(words) in lengths and all(w[0].isupper() for w in words):
            by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(name)
    for m in companies:
        names = by_initials.get(m.text) if m.text in abbrs and m.canonical == m.text else None
        if names and len(names) == 1:
            m.canonical = next(iter(names))


def _title_initials_of_named(companies: list[Mention]) -> None:
    """Italian, Spanish and French papers write initials as a word: a name found by position written
    "Idv" that spells, in capitals, the initials of exactly one company of several words the page
    names ("Iveco Defence Vehicles") is that company. Three letters only where they cannot be read as a
    word (no vowel after the first: "Idv", not "Ion")."""
    words = {m.text for m in companies if m.source == "pattern" and m.canonical == m.text and 3 <= len(m.text) <= 5
             and m.text.isalpha() and m.text[0].isupper() and m.text[1:].islower()
             and not reads_as_word(m.text)}
    if not words:
        return
    by_initials: dict[str, set[str]] = {}
    for name in {c.canonical for c in companies if c.canonical and " " in c.canonical}:
        parts = [w for w in name.split() if w.casefold() not in CONNECTORS]
        if 3 <= len(parts) <= 5 and all(w[0].isupper() for w in parts):
            by_initials.setdefault("".join(w[0] for w in parts).upper(), set()).add(name)
    for m in companies:
        names = by_initials.get(m.text.upper()) if m.text in words and m.canonical == m.text else None
        if names and len(names) == 1:
            m.canonical = next(iter(names))
