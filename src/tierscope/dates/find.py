"""Find and parse dates written the ways news articles write them, in en/it/de/fr/es.

Each pattern is compiled once per language. Numeric dates are day-first in it/de/fr/es and with
dots everywhere; English slash dates are ambiguous (UK or US), so they are read in the order the
same text proves elsewhere (a day above 12) and dropped when nothing proves it.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .months import LANGUAGES, MONTHS

__all__ = ["find_dates", "parse_date", "iso_date"]

_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|re|e|ème|°|º|ª|\.)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# (each pattern opens with a lookahead on the characters a match may start with: the engine then passes
# over most positions of a window at once; the matches are the same)
_ISO = re.compile(r"(?=[12])(?<![\d.])(?P<y>(?:19|20)\d\d)([-/])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?!\d)")
_NUMERIC = re.compile(r"(?=\d)(?<![\d./-])(?P<a>[0-3]?\d)([./-])(?P<b>[0-3]?\d)\2(?P<y>(?:19|20)\d\d)(?![\d.]\d)")
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)")
# Every date the patterns read holds a year, so they are run only in windows around the years of
# the text: on an article of a few KB that is a tenth of the scanning (this runs on every article).
# A date starts at most _BEFORE characters ahead of its year ("31st of September, 2023" is 23) and
# ends at most _AFTER characters behind it ("2023-09-30" and the lookahead after it).
_YEAR_AT = re.compile(r"(?:19|20)\d\d")
_BEFORE = 48
_AFTER = 8


def iso_date(year: int, month: int, day: int | None = None) -> str | None:
    """ISO text for a real date ("YYYY-MM-DD", or "YYYY-MM" without a day); None if impossible."""
    if not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=16)
def _patterns(language: str | None) -> tuple[dict[str, int], re.Pattern, re.Pattern, re.Pattern]:
    months: dict[str, int] = {}
    langs = (language,) if language in LANGUAGES else LANGUAGES
    for lang in langs:
        months.update(MONTHS[lang])
    if language in LANGUAGES and language != "en":
        # English full names are common in any newsroom copy; abbreviations are not added (false hits)
        months.update({k: v for k, v in MONTHS["en"].items() if len(k) > 3})
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    # English writes months capitalised; "may" in lower case is a verb.
    flags = re.I if language != "en" else 0
    month = rf"(?P<m>(?i:{names}))\.?" if language != "en" else rf"(?P<m>(?:{_title_alternatives(months)}))\.?"
    # the first letters of the month names, in either case (a lookahead: see _ISO)
    firsts = "".join(sorted({re.escape(c) for m in months for c in (m[0], m[0].upper())}))
    at_month = rf"(?=(?i:[{firsts}]))"
    dmy = re.compile(rf"(?=\d)(?<![\w.]){_DAY}\s*(?:de\s+|of\s+)?{month},?\s+(?:de\s+|del\s+)?{_YEAR}(?!\d)", flags)
    mdy = re.compile(rf"{at_month}(?<!\w){month}\s+{_DAY},?\s+{_YEAR}(?!\d)", flags)
    my = re.compile(rf"{at_month}(?<![\w.]){month},?\s+(?:de\s+|del\s+)?{_YEAR}(?!\d)", flags)
    return months, dmy, mdy, my


def _title_alternatives(months: dict[str, int]) -> str:
    """English month names in Title case or UPPER case only."""
    alts = set()
    for m in months:
        alts.add(re.escape(m.title()))
        alts.add(re.escape(m.upper()))
    return "|".join(sorted(alts, key=len, reverse=True))


def _month(months: dict[str, int], name: str) -> int:
    return months[name.lower()]


def find_dates(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """All dates in ``text``: (start, end, ISO) sorted by position. Full dates give "YYYY-MM-DD",
    a month with a year gives "YYYY-MM". Impossible dates (31 February) are skipped."""
    months, dmy, mdy, my = _patterns(language)
    windows = _year_windows(text)

    def matches(pattern: re.Pattern) -> Iterator[re.Match]:
        for start, end in windows:
            yield from pattern.finditer(text, start, end)

    found: list[tuple[int, int, str]] = []
    for m in matches(_ISO):
        iso = iso_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if iso:
            found.append((m.start(), m.end(), iso))
    impossible: list[tuple[int, int]] = []
    for pattern in (dmy, mdy):
        for m in matches(pattern):
            iso = iso_date(int(m["y"]), _month(months, m["m"]), int(m["d"]))
            if iso:
                found.append((m.start(), m.end(), iso))
            else:
                impossible.append(m.span())
    found.extend(_numeric(matches(_NUMERIC), language))
    for m in matches(my):
        iso = iso_date(int(m["y"]), _month(months, m["m"]))
        # "31 February 2023" is no date at all, not the month February 2023
        if iso and not any(s <= m.start() < e for s, e in impossible):
            found.append((m.start(), m.end(), iso))
    return _drop_overlaps(found)


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Disjoint (start, end) ranges of ``text`` around its years, in order. A pattern searched with
    these bounds still sees the characters before ``start`` for its lookbehind."""
    windows: list[tuple[int, int]] = []
    for m in _YEAR_AT.finditer(text):
        start, end = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _numeric(found: Iterable[re.Match], language: str | None) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    slash_en: list[re.Match] = []
    for m in found:
        if language == "en" and m.group(2) == "/":
            slash_en.append(m)
            continue
        iso = iso_date(int(m["y"]), int(m["b"]), int(m["a"]))  # day first
        if iso:
            out.append((m.start(), m.end(), iso))
    if slash_en:
        day_first = any(int(m["a"]) > 12 for m in slash_en)
        month_first = any(int(m["b"]) > 12 for m in slash_en)
        for m in slash_en:
            a, b = int(m["a"]), int(m["b"])
            if a > 12 or (day_first and not month_first):
                iso = iso_date(int(m["y"]), b, a)
            elif b > 12 or (month_first and not day_first):
                iso = iso_date(int(m["y"]), a, b)
            else:
                iso = None  # 03/05/2023 in English: March or May? Nothing in the text says.
            if iso:
                out.append((m.start(), m.end(), iso))
    return out


def _drop_overlaps(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the longest of overlapping matches (a full date over the month-year inside it)."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            if f[1] - f[0] > out[-1][1] - out[-1][0]:
                out[-1] = f
            continue
        out.append(f)
    return out


def parse_date(text: str, language: str | None = None) -> str | None:
    """The date a short string states (a metadata field, a dateline), as ISO; None if it states
    none. A full date is preferred over a bare month; "20230503" and ISO timestamps are understood."""
    text = text.strip()
    if not text:
        return None
    m = _COMPACT.fullmatch(text)
    if m:
        return iso_date(int(m["y"]), int(m["m"]), int(m["d"]))
    found = find_dates(text, language)
    if not found and language is not None:
        found = find_dates(text, None)
    full = [f for f in found if len(f[2]) == 10]
    if full:
        return full[0][2]
    return found[0][2] if found else None
