"""The ``Cleaner`` component: main text out of HTML, page furniture marked, stories split."""

from __future__ import annotations

import re

from ..dates.lines import date_line, is_byline
from ..doc import Document
from ..errors import InputError
from .boilerplate import find_boilerplate, line_spans
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
        if not _WORD.search(doc.text):
            raise InputError(doc.source, "no words in the text (only digits or symbols)")
        doc.boilerplate = find_boilerplate(doc.text)
        doc.stories = find_stories(doc.text, doc.boilerplate)
        if not doc.title:
            doc.title = _headline(doc)
        return doc


def _headline(doc: Document) -> str | None:
    """The first line of real text, when it reads like a headline."""
    for start, end in line_spans(doc.text):
        line = doc.text[start:end].strip()
        if not line or any(s < end and start < e for s, e in doc.boilerplate):
            continue
        if line[-1] in ".!?" or len(line) >= 200 or date_line(line, None) or is_byline(line):
            return None
        return line
    return None
