"""The ``DateFinder`` component: when was this article published?"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

from ..doc import Document
from .find import find_dates, iso_date, parse_date
from .lines import date_line

__all__ = ["DateFinder"]

# How far into the article a date line or a first date is looked for.
_HEAD_LINES = 8
_HEAD_CHARS = 500
# When several lines in the head state a date, the most explicit one wins.
_RANK = {"published": 0, "date": 1, "dateline": 2, "byline": 3, "updated": 4}
# A full date in an article's address: ".../2024/08/14/slug" in a news URL, "2024-08-01-slug.txt"
# or "20240801_slug.html" as scrapers name files. The same separator on both sides, so a number
# such as "2024-0801" is not read as a date.
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_./]?)([01]\d)\2([0-3]\d)(?!\d)")


def _outside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in ranges)


def _head_end(text: str, boilerplate: list[tuple[int, int]], chars: int) -> int:
    """Offset where the first ``chars`` characters of non-furniture text end."""
    pos, left = 0, chars
    for s, e in sorted(boilerplate):
        if s - pos >= left:
            break
        left -= max(0, s - pos)
        pos = max(pos, e)
    return min(len(text), pos + left)


class DateFinder:
    name = "tierscope.dates.v1"
    requires = ("text", "language")
    produces = ("published", "published_from")

    def warm_up(self) -> None:
        from .find import _patterns
        from ..language import SUPPORTED_LANGUAGES

        for lang in (*SUPPORTED_LANGUAGES, None):
            _patterns(lang)  # the month tables and date patterns of each language

    def __call__(self, doc: Document) -> Document:
        language = doc.language
        if doc.published:
            iso = parse_date(doc.published, language)
            if iso and len(iso) == 10:
                doc.published = iso
                doc.published_from = doc.published_from or "metadata"
                return doc
            doc.errors.append(f"published date {doc.published!r} not understood; ignored")
            doc.published = None
            doc.published_from = None
        found = self._from_lines(doc) or self._from_text(doc) or self._from_address(doc)
        if found:
            doc.published, doc.published_from = found
        return doc

    def _from_lines(self, doc: Document) -> tuple[str, str] | None:
        best: tuple[int, str] | None = None
        seen = 0
        pos = 0
        for raw in doc.text.split("\n"):
            start, pos = pos, pos + len(raw) + 1
            if not raw.strip() or not _outside(doc.boilerplate, start, start + len(raw)):
                continue
            hit = date_line(raw, doc.language)
            if hit and (best is None or _RANK[hit[1]] < best[0]):
                best = (_RANK[hit[1]], hit[0])
            seen += 1
            if seen >= _HEAD_LINES:
                break
        return (best[1], "dateline") if best else None

    def _from_text(self, doc: Document) -> tuple[str, str] | None:
        limit = _head_end(doc.text, doc.boilerplate, _HEAD_CHARS)
        for start, end, iso in find_dates(doc.text[: limit + 40], doc.language):
            if start >= limit:
                break
            if len(iso) == 10 and _outside(doc.boilerplate, start, end):
                return iso, "text"
        return None

    def _from_address(self, doc: Document) -> tuple[str, str] | None:
        """The last resort when the article states no date: its URL, else its file name. A feed's
        file name is not used: it dates the export, not each article in it."""
        places = []
        if doc.url:
            places.append((urlsplit(doc.url).path, "url"))
        if doc.format in ("txt", "html") and doc.source != "-":
            places.append((os.path.basename(doc.source), "filename"))
        for place, kind in places:
            for m in _PATH_DATE.finditer(place):
                iso = iso_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
                if iso:
                    return iso, kind
        return None
