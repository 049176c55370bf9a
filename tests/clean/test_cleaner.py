"""The Cleaner component: HTML main text and metadata, errors, stories, title."""

from __future__ import annotations

import pytest

from tierscope.clean import Cleaner, find_stories
from tierscope.doc import Document
from tierscope.errors import InputError

ARTICLE_HTML = """<!doctype html><html lang="en"><head>
<title>LG to supply Tesla | Autonews</title>
<meta property="og:title" content="LG Energy Solution to supply Tesla from Arizona">
<meta property="article:published_time" content="2023-05-03T08:00:00+02:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/biz">Business</a></li></ul></nav>
<article>
<h1>LG Energy Solution to supply Tesla from Arizona</h1>
<p>LG Energy Solution will supply cylindrical battery cells to Tesla from its new plant in Arizona, the companies said on Wednesday.</p>
<p>The deal covers about 20 GWh a year from 2025, according to a filing with the Korea Exchange in Seoul.</p>
<p>Panasonic, Tesla's oldest cell supplier, is also expanding in Kansas, where it is building a large factory.</p>
</article>
<aside><h3>Related articles</h3><ul><li><a href="/a">Tesla cuts prices</a></li><li><a href="/b">BMW opens plant</a></li></ul></aside>
<div class="comments"><h3>3 comments</h3><p>Great news for Arizona and for everybody who works there.</p></div>
<footer><p>© 2023 Autonews Media. All rights reserved.</p></footer>
</body></html>"""


def clean(**kw):
    return Cleaner()(Document(id="t", source="t", **kw))


def test_html_main_text_title_and_date():
    doc = clean(format="html", html=ARTICLE_HTML)
    assert "LG Energy Solution will supply cylindrical battery cells" in doc.text
    assert "Panasonic, Tesla's oldest cell supplier" in doc.text
    assert "Great news for Arizona" not in doc.text  # comments left out
    assert "Home" not in doc.text.split("\n")[0]
    assert doc.title and doc.title.startswith("LG Energy Solution to supply Tesla")
    assert (doc.published, doc.published_from) == ("2023-05-03", "metadata")
    assert doc.stories == [(0, len(doc.text))]


def test_html_headline_opens_the_text_once():
    # trafilatura keeps the <h1> as metadata; the headline states the news first, so it is text too
    doc = clean(format="html", html=ARTICLE_HTML)
    lines = doc.text.split("\n")
    assert lines[0] == "LG Energy Solution to supply Tesla from Arizona"
    assert doc.text.count("LG Energy Solution to supply Tesla from Arizona") == 1
    assert doc.stories == [(0, len(doc.text))]  # one story: the headline and its body


def test_html_headline_inside_the_article_header_is_kept():
    page = ARTICLE_HTML.replace("<h1>LG Energy Solution to supply Tesla from Arizona</h1>",
                                "<header><h1>Korvan orders its chargers from Maltrix</h1><p>3 May 2023</p></header>")
    doc = clean(format="html", html=page)
    assert doc.text.startswith("Korvan orders its chargers from Maltrix\n")


def test_html_logo_heading_is_no_headline():
    # a site's logo in an <h1> ("Autonews") is no headline: fewer than three words
    page = ARTICLE_HTML.replace("<nav>", "<h1><a href='/'>Autonews</a></h1><nav>").replace(
        "<h1>LG Energy Solution to supply Tesla from Arizona</h1>", "")
    doc = clean(format="html", html=page)
    assert not doc.text.startswith("Autonews")


def test_html_date_does_not_override_ingest_metadata():
    doc = clean(format="html", html=ARTICLE_HTML, published="2023-05-01", title="Given")
    assert doc.published == "2023-05-01" and doc.title == "Given"


def test_html_without_article_text_is_an_input_error():
    with pytest.raises(InputError) as err:
        clean(format="html", html="<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")
    assert err.value.reason == "no article text found in the HTML" and err.value.source == "t"


def test_empty_text_is_an_input_error():
    with pytest.raises(InputError, match="empty article"):
        clean(text=" \n\t\n")


def test_title_from_first_real_line_of_text():
    doc = clean(text="Home | News | Business\nSiemens sells unit to Bosch\nSiemens has agreed to sell its unit to Bosch, it said.\n")
    assert doc.title == "Siemens sells unit to Bosch"
    doc = clean(text="Siemens has agreed to sell its unit to Bosch, it said on Monday.\nMore text here.\n")
    assert doc.title is None


MULTI = """Home | News | Business

BMW opens plant in Debrecen
By Peter Kovacs
BMW opened its new plant in Debrecen on Wednesday, where it will build 150,000 electric cars a year.
The plant cost about €2 billion.

Pirelli signs tyre supply deal with Volkswagen
MILAN (Reuters) - Pirelli will supply tyres for Volkswagen's electric models, the Italian company said.

***

Iberdrola and Seat sign power purchase agreement
The Spanish utility will supply renewable power to Seat's Martorell plant for ten years, it said.
"""


def test_multi_story_page_split_by_headline_with_byline_and_separator():
    doc = clean(text=MULTI)
    parts = [doc.text[s:e] for s, e in doc.stories]
    assert len(parts) == 3
    assert parts[0].startswith("Home | News") and parts[0].endswith("about €2 billion.")
    assert parts[1].startswith("Pirelli signs tyre supply deal") and parts[1].endswith("the Italian company said.")
    assert parts[2].startswith("Iberdrola and Seat") and "***" not in "".join(parts)


@pytest.mark.parametrize("sep", ["---", "* * *", "***", "________"])
def test_separator_lines_split_stories(sep):
    text = f"First story about BMW buying a stake in a supplier, as reported.\n{sep}\nSecond story about Eni selling a unit to a fund.\n"
    stories = find_stories(text, [])
    assert [text[s:e] for s, e in stories] == [
        "First story about BMW buying a stake in a supplier, as reported.",
        "Second story about Eni selling a unit to a fund.",
    ]


def test_single_story_with_subheadings_stays_one():
    text = (
        "Tesla picks LG for battery cells\n"
        "By Jane Smith\n\n"
        "LG Energy Solution will supply battery cells to Tesla from its plant in Arizona, they said.\n\n"
        "What the deal means\n\n"
        "The agreement gives Tesla a second supplier for the cells used in its cheapest cars.\n"
    )
    assert find_stories(text, []) == [(0, len(text))]


@pytest.mark.parametrize("html", [
    "<<<>>><html<<body></p></div>",  # markup debris
    '<html><head><title>Fiat</title></head><body><nav><a href="/">Home</a></nav><p>Stellantis buys',  # cut off
])
def test_broken_html_without_an_article_is_an_input_error(html):
    with pytest.raises(InputError, match="no article text found in the HTML"):
        Cleaner()(Document(id="p", source="p.html", html=html))


def test_broken_html_with_an_article_is_still_read():
    html = ("<html><body><div><p>Stellantis has signed a supply agreement with CATL for battery cells, "
            "the carmaker said on Monday.<div><table><tr><td>")  # never closed
    doc = Cleaner()(Document(id="p", source="p.html", html=html))
    assert doc.text.startswith("Stellantis has signed a supply agreement with CATL")


@pytest.mark.parametrize("html", [
    "<p>Bosch will supply brake systems to Audi.</p>",  # a feed's `html` field: one element, no page
    "Bosch will supply brake systems to Audi.",  # a .htm file saved as bare text
    "<div><p>Bosch will supply brake systems to Audi.</p></div>\n<p>Deliveries start in 2025.</p>",
])
def test_html_fragment_is_read(html):
    doc = Cleaner()(Document(id="f", source="feed.jsonl#L1", html=html))
    assert doc.text.startswith("Bosch will supply brake systems to Audi.")


def test_text_without_words_is_an_input_error():
    with pytest.raises(InputError, match="no words in the text"):
        Cleaner()(Document(id="t", source="t.txt", text="+++ 123 +++ ...\n"))


@pytest.mark.parametrize("text", [
    # site name, menu, section label in capitals, headline, date, body
    "Autowelt.example\nHome | Auto | Economy | Markets\n\nSUPPLIERS\n\nBosch wins radar order from Volvo Cars\n\n"
    "May 2, 2024 | 9:15 AM\n\nBosch will supply radar sensors to Volvo Cars from 2026, the companies said on Thursday.\n",
    # site name in words, breadcrumb, menu, headline, standfirst without final punctuation, body
    "Il Quotidiano dell'Auto\nHome > Economia > Industria\nHome | Auto | Economia | Motori | Usato\n\n"
    "Bosch wins radar order from Volvo Cars\n\nThe contract runs for seven years and covers two plants\n\n"
    "Bosch will supply radar sensors to Volvo Cars from 2026, the companies said on Thursday.\n",
    # a site banner above the menu
    "AUTO INDUSTRY WIRE — Latest headlines\nHome > News > Autos\nTop stories | Autos | Markets\n\n"
    "Bosch wins radar order from Volvo Cars\n\nStuttgart, May 2, 2024\n\n"
    "Bosch will supply radar sensors to Volvo Cars from 2026, the companies said on Thursday.\n",
])
def test_title_is_the_headline_not_the_site_name_or_section_label(text):
    assert clean(text=text).title == "Bosch wins radar order from Volvo Cars"


def test_cookie_banner_is_never_the_title():
    text = ("Wir verwenden Cookies, damit dieses Blatt Ihnen passende Anzeigen zeigt. [Einverstanden]\n\n"
            "Bosch liefert Radarsensoren an Volvo Cars\n\n"
            "Ab 2026 bezieht Volvo Cars Radarsensoren aus Bosch-Werken, so eine Sprecherin der Schweden.\n")
    doc = clean(text=text)
    assert doc.title == "Bosch liefert Radarsensoren an Volvo Cars"
    assert doc.boilerplate and doc.boilerplate[0][0] == 0


@pytest.mark.parametrize("date", ["12 mars 2026", "March 12, 2026", "12. März 2026", "12 marzo 2026", "12 de marzo de 2026"])
def test_a_digest_item_right_after_the_last_sentence_of_the_one_before_opens_a_story(date):
    # HTML round-ups come out of the cleaner with no blank line between blocks: a headline line right after
    # a finished sentence, followed by its own date line, still opens a new story
    text = (
        "Weekly round-up\n"
        "Korvan wins an inverter order\n"
        f"{date}\n"
        "Korvan will supply inverters to Maltrix from next year, the company said.\n"
        "Bellind agrees to sell its interiors unit\n"
        f"{date}\n"
        "Bellind is in exclusive talks with a fund over the sale of its interiors business.\n"
    )
    stories = find_stories(text, [])
    assert [text[s:e].split("\n")[0] for s, e in stories] == ["Weekly round-up", "Bellind agrees to sell its interiors unit"]


def test_a_subheading_right_after_a_sentence_without_a_date_stays_in_the_story():
    text = (
        "Korvan wins an inverter order\n"
        "March 12, 2026\n"
        "Korvan will supply inverters to Maltrix from next year, the company said.\n"
        "What the order means\n"
        "The contract gives Maltrix a second source for its inverters.\n"
    )
    assert find_stories(text, []) == [(0, len(text))]
