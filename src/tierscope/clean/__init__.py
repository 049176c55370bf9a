"""The ``Cleaner`` component: main text out of HTML, page furniture marked, stories split."""

from __future__ import annotations

import re

from ..dates.lines import date_line, is_byline
from ..doc import Document
from ..errors import InputError
from .apostrophes import straight_apostrophes
from .boilerplate import find_boilerplate, is_prose, line_spans
from .html import extract_html
from .stories import find_stories

__all__ = ["Cleaner", "find_boilerplate", "find_stories", "extract_html"]


_WORD = re.compile(r"[^\W\d_]{2}")


class Cleaner:
    name = "tierscope.clean.v1"
    requires = ("text", "html")
    produces = ("text", "boilerplate", "stories", "title", "published")

    def warm_up(self) -> None:
        import trafilatura  # noqa: F401  (import cost paid once, before the first document)

    def __call__(self, doc: Document) -> Document:
        if doc.html is not None and not doc.text:
            text, title, date = extract_html(doc.html, doc.source, doc.url)
            doc.text = text
            doc.title = doc.title or title
            if date and not doc.published:
                doc.published, doc.published_from = date, "metadata"
        if not doc.text.strip():
            raise InputError(doc.source, "empty article")
        doc.text = straight_apostrophes(doc.text)  # "Renault’s unit" read as "Renault's unit" (offsets kept)
        if not _WORD.search(doc.text):
            raise InputError(doc.source, "no words in the text (only digits or symbols)")
        doc.boilerplate = find_boilerplate(doc.text)
        doc.stories = find_stories(doc.text, doc.boilerplate)
        if not doc.title:
            doc.title = _headline(doc)
        return doc


# How far into the text the headline is looked for (non-blank lines).
_HEAD_LINES = 15
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,12}$", re.I)


def _headline(doc: Document) -> str | None:
    """The headline of a plain-text article, looked for above the first paragraph of prose.

    Scraped pages put the site name, menus, section labels ("SUPPLIERS", "EMPRESAS / ENERGÍA") and
    breadcrumbs above the headline, and some put a standfirst under it. So the headline is the first
    line of the last run of headline-like lines (blank lines do not break a run; anything else does)."""
    run: list[str] = []
    last_run: list[str] = []
    seen = 0
    for start, end in line_spans(doc.text):
        line = doc.text[start:end].strip()
        if not line:
            continue
        furniture = any(s < end and start < e for s, e in doc.boilerplate)
        seen += 1
        if seen > _HEAD_LINES or (not furniture and is_prose(line)):
            break
        if not furniture and _headline_like(line):
            run.append(line)
            last_run = run
        else:
            run = []
    return last_run[0] if last_run else None


def _headline_like(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(line) < 200
        and line[-1] not in ".!:;,…"
        and line.count(" ") >= 2  # a headline has words, not a label
        and not (len(letters) > 3 and all(c.isupper() for c in letters))  # a section label in capitals
        and not _DOMAIN.match(line)
        and not date_line(line, None)
        and not is_byline(line)
    )
