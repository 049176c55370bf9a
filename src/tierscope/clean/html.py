"""Main text and metadata of an HTML page, through trafilatura (offline: it never fetches)."""

from __future__ import annotations

import re

from ..errors import InputError

__all__ = ["extract_html"]

_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 5
# Dates only from the page's own metadata and markup: guessing from free text is DateFinder's job.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_html(html: str, source: str, url: str | None = None) -> tuple[str, str | None, str | None]:
    """(main text, title, ISO date) of a page; ``InputError`` when it has no article text."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = (getattr(result, "text", None) or "") if result is not None else ""
    words = len(_WORD.findall(text))
    # A page cut off after its first tags, or markup debris, leaves a few stray words: no article.
    if words < _MIN_WORDS:
        detail = f" (only {words} word{'s' if words != 1 else ''}; broken or truncated page?)" if words else ""
        raise InputError(source, f"no article text found in the HTML{detail}")
    title = getattr(result, "title", None) or None
    date = getattr(result, "date", None) or None
    return text.replace("\r\n", "\n").replace("\r", "\n"), title, date
