"""The page's title, date and URL as trafilatura's metadata pass finds them, without the rest.

``bare_extraction(with_metadata=True)`` also looks for the author (on a deep copy of the whole
tree), categories, tags, the site's name and a licence: about a third of its time on a news page,
for fields nothing here reads. This runs the steps of ``trafilatura.metadata.extract_metadata``
that decide the title, the URL and the date, in its order and on the same parsed tree, and trims
them as its ``clean_and_trim`` does; the main text is then extracted without metadata, given the
URL that pass would have handed it. The skipped steps only read the tree, so the text is the same.
"""

from __future__ import annotations

from functools import lru_cache
from html import unescape
from typing import Any

__all__ = ["page_meta"]


def _trimmed(value: Any) -> Any:
    """A field as ``Document.clean_and_trim`` leaves it."""
    from trafilatura.utils import line_processing

    if not isinstance(value, str):
        return value
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value))


@lru_cache(maxsize=1)
def _max_size() -> int:
    """trafilatura's limit on a page's size (its configuration, read once)."""
    from trafilatura.settings import DEFAULT_CONFIG

    return DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE")


def page_meta(html: str, url: str | None, date_params: dict[str, Any]):
    """(title, date, url, tree) of ``html``: the fields ``extract_metadata`` would give and the
    parsed page (trafilatura copies a tree it is given: the page is parsed once), or Nones when
    the page does not parse (trafilatura then rejects it anyway)."""
    from trafilatura import metadata as meta
    from trafilatura.utils import load_html

    tree = load_html(html, _max_size())
    if tree is None:
        return None, None, None, None
    found = meta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # as extract_metadata does: the JSON-LD pass below adds to this author
    try:
        found = meta.extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001  (trafilatura logs and goes on without JSON-LD: so do we)
        pass
    title = found.title or meta.extract_title(tree)
    page_url = found.url or meta.extract_url(tree, url)
    date = meta.find_date(tree, **{**date_params, "url": page_url})
    return _trimmed(title), _trimmed(date), _trimmed(page_url), tree
