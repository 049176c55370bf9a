"""page_meta gives the title, date and URL that trafilatura's whole metadata pass gives, and the
cleaner's text, title and date are those of the full ``with_metadata=True`` extraction."""

from __future__ import annotations

import pytest

from tierscope.clean.html import _DATE_PARAMS, extract_html
from tierscope.clean.page_meta import page_meta

_BODY = ("<p>The valve maker Korvell Systems said on Tuesday it will open a second assembly line near "
         "Tarragona next spring, adding two hundred jobs to the site it bought three years ago.</p>"
         "<p>Korvell will supply the new actuators to Hessan Motors under a five-year agreement, the "
         "company said in a statement published after the markets closed.</p>")

PAGES = [
    # a <title> and an <h1>, nothing else
    f"<html><head><title>Korvell adds a line | Valve Weekly</title></head><body><article>"
    f"<h1>Korvell adds a line in Tarragona</h1>{_BODY}</article></body></html>",
    # Open Graph title and date, a canonical link
    f"<html><head><meta property='og:title' content='Korvell &amp; Hessan sign supply deal'>"
    f"<meta property='article:published_time' content='2025-03-04T08:00:00Z'>"
    f"<link rel='canonical' href='https://news.example.org/industry/korvell-hessan'></head>"
    f"<body><nav><a href='/'>Home</a></nav><article>{_BODY}</article>"
    f"<footer><a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>CC BY</a></footer></body></html>",
    # JSON-LD headline, date and a one-word author (dropped before JSON-LD adds its own)
    f"<html><head><meta name='author' content='Staff'><script type='application/ld+json'>"
    f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hessan picks Korvell actuators",'
    f'"datePublished":"2024-11-19","author":{{"@type":"Person","name":"Maren Olsby"}}}}</script></head>'
    f"<body><div class='post'>{_BODY}<a href='/category/industry'>Industry</a> <a href='/tag/valves'>valves</a>"
    f"</div></body></html>",
    # broken JSON-LD, a date in the URL only, a long title with entities and stray spaces
    f"<html><head><title>  Korvell   &quot;expands&quot;\n in Spain  </title>"
    f"<script type='application/ld+json'>{{\"headline\": \"Korvell grows\", broken</script></head>"
    f"<body><main>{_BODY}</main></body></html>",
]


def _full(html: str, url: str | None):
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, favor_precision=True, include_comments=False,
                                       include_tables=False, with_metadata=True,
                                       date_extraction_params=_DATE_PARAMS)


@pytest.mark.parametrize("url", [None, "https://news.example.org/2023/05/17/korvell-line.html"])
@pytest.mark.parametrize("page", PAGES)
def test_same_fields_as_the_whole_metadata_pass(page, url):
    full = _full(page, url)
    title, date, page_url, _tree = page_meta(page, url, _DATE_PARAMS)
    assert (title, date, page_url) == (full.title, full.date, full.url)


@pytest.mark.parametrize("page", PAGES)
def test_cleaner_text_title_date_unchanged(page):
    full = _full(page, None)
    text, title, date = extract_html(page, "page.html")
    assert text.endswith(full.text.replace("\r\n", "\n").replace("\r", "\n"))
    assert (title, date) == (full.title or None, full.date or None)


def test_page_that_does_not_parse():
    assert page_meta("", None, _DATE_PARAMS) == (None, None, None, None)


@pytest.mark.parametrize("url", [None, "https://news.example.org/a.html", "https://news.example.org/caf\udce9"])
def test_options_as_bare_extraction_builds_them(url):
    from trafilatura.settings import Extractor

    from tierscope.clean.html import _options

    built = Extractor(output_format="python", precision=True, comments=False, tables=False, url=url,
                      formatting=None, links=False, images=False, dedup=False, fast=False, recall=False)
    fields = [f for cls in type(built).__mro__ for f in getattr(cls, "__slots__", ())]
    assert len(fields) > 20
    ours = _options(url)
    assert {f: getattr(ours, f) for f in fields} == {f: getattr(built, f) for f in fields}
    assert _options(url) is not _options(url)  # each page its own copy
