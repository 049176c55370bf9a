"""Main text and metadata of an HTML page, through trafilatura (offline: it never fetches)."""

from __future__ import annotations

import html as _html
import re
from copy import copy

from ..errors import InputError
from .page_meta import page_meta

__all__ = ["extract_html"]

_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 5
# Dates only from the page's own metadata and markup: guessing from free text is DateFinder's job.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# A whole page names its root; a fragment (a feed's `html` field, an article body saved alone) does not.
_PAGE_ROOT = re.compile(r"<(?:!doctype|html|head|body)\b", re.I)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _extract(html: str, url: str | None):
    """(title, date, main text) of ``html`` as trafilatura finds them (text "" when it found none).

    Title and date come from ``page_meta``, not from ``with_metadata=True``, which also looks
    for fields nothing here reads (author, tags, licence) at a third of the page's time."""
    import trafilatura

    title, date, page_url, tree = page_meta(html, url, _DATE_PARAMS)
    # (the URL the metadata pass hands the text extraction; the page parsed once)
    result = trafilatura.bare_extraction(html if tree is None else tree, options=_options(url or page_url))
    if result is None:
        return None, None, ""
    return title, date, getattr(result, "text", None) or ""


_BASE_OPTIONS = None


def _options(url: str | None):
    """The extractor settings ``bare_extraction(html, url=url, favor_precision=True,
    include_comments=False, include_tables=False)`` builds: built once (its eight config
    look-ups cost about a tenth of a millisecond a page), then copied with the page's URL set as
    ``Extractor`` sets it. (Extraction never changes them: its recall retry changes a copy.)"""
    global _BASE_OPTIONS
    if _BASE_OPTIONS is None:
        from trafilatura.settings import Extractor

        _BASE_OPTIONS = Extractor(output_format="python", precision=True, comments=False, tables=False)
    options = copy(_BASE_OPTIONS)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def extract_html(html: str, source: str, url: str | None = None) -> tuple[str, str | None, str | None]:
    """(main text, title, ISO date) of a page; ``InputError`` when it has no article text."""
    title, date, text = _extract(html, url)
    words = len(_WORD.findall(text))
    if words < _MIN_WORDS and not _PAGE_ROOT.search(html[:4096]):
        # trafilatura refuses a fragment with a single top element as "not HTML"; wrapped in a
        # page it reads it. Whole pages are not retried: a broken page stays a rejection.
        title, date, text = _extract(f"<html><body>{html}</body></html>", url)
        words = len(_WORD.findall(text))
    # A page cut off after its first tags, or markup debris, leaves a few stray words: no article.
    if words < _MIN_WORDS:
        detail = f" (only {words} word{'s' if words != 1 else ''}; broken or truncated page?)" if words else ""
        raise InputError(source, f"no article text found in the HTML{detail}")
    title = title or None
    date = date or None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    headline = _headline(html)
    if headline and _SPACE.sub(" ", headline) not in _SPACE.sub(" ", text[: len(headline) + 400]):
        # trafilatura keeps the page's headline as metadata, not text; news often states its fact
        # there first ("Milence commande ses chargeurs à Kempower"), so it opens the text as a
        # line of its own, as in a plain-text article
        text = f"{headline}\n\n{text}"
    return text, title, date


def _headline(html: str) -> str | None:
    """The text of the page's first <h1>, when it reads like a headline (three words or more)."""
    m = _H1.search(html)
    if m is None:
        return None
    words = _SPACE.sub(" ", _html.unescape(_TAG.sub(" ", m.group(1)))).strip()
    return words if len(_WORD.findall(words)) >= 3 else None
