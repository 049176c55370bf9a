"""find_dates / parse_date in five languages, and the DateFinder component."""

from __future__ import annotations

import pytest

from tierscope.dates import DateFinder, find_dates, parse_date
from tierscope.doc import Document


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Signed on 25 March 2022 in Seoul.", [("25 March 2022", "2022-03-25")]),
        ("en", "Signed on March 25, 2022, in Seoul.", [("March 25, 2022", "2022-03-25")]),
        ("en", "Signed on Mar. 25 2022 and 1st April 2022.", [("Mar. 25 2022", "2022-03-25"), ("1st April 2022", "2022-04-01")]),
        ("en", "filed 2022-03-25T10:00:00Z", [("2022-03-25", "2022-03-25")]),
        ("en", "Deliveries start in May 2025.", [("May 2025", "2025-05")]),
        ("en", "Shares may 2025 rise", []),  # a verb, not a month
        ("it", "Firmato il 26 luglio 2016 a Milano.", [("26 luglio 2016", "2016-07-26")]),
        ("it", "dal 1° gennaio 2024 e da marzo 2025", [("1° gennaio 2024", "2024-01-01"), ("marzo 2025", "2025-03")]),
        ("it", "Il 25/03/2022 e il 03.05.2023", [("25/03/2022", "2022-03-25"), ("03.05.2023", "2023-05-03")]),
        ("de", "Am 3. Mai 2023 unterschrieben.", [("3. Mai 2023", "2023-05-03")]),
        ("de", "Seit 03.05.2023 und ab März 2024, im Jänner 2021", [("03.05.2023", "2023-05-03"), ("März 2024", "2024-03"), ("Jänner 2021", "2021-01")]),
        ("fr", "Signé le 1er juin 2021 et le 3 mai 2023.", [("1er juin 2021", "2021-06-01"), ("3 mai 2023", "2023-05-03")]),
        ("fr", "depuis le 14 février 2020 (14/02/2020)", [("14 février 2020", "2020-02-14"), ("14/02/2020", "2020-02-14")]),
        ("es", "Firmado el 5 de marzo de 2024 en Madrid.", [("5 de marzo de 2024", "2024-03-05")]),
        ("es", "desde el 1º de julio de 2023 hasta diciembre de 2025", [("1º de julio de 2023", "2023-07-01"), ("diciembre de 2025", "2025-12")]),
    ],
)
def test_find_dates(language, text, expected):
    found = find_dates(text, language)
    assert [(text[s:e], iso) for s, e, iso in found] == expected


@pytest.mark.parametrize("language, date, iso", [
    ("en", "31st of September, 2023", None),  # impossible, and not read as September 2023 either
    ("en", "30th of September, 2023", "2023-09-30"),
    ("es", "1º de septiembre de 2023", "2023-09-01"),
    ("fr", "1er septembre 2023", "2023-09-01"),
    ("en", "September 30th, 2023", "2023-09-30"),
    ("de", "30.09.2023", "2023-09-30"),
    ("en", "2023-09-30", "2023-09-30"),
    ("it", "settembre 2023", "2023-09"),
])
@pytest.mark.parametrize("where", ["alone", "start", "middle", "end"])
def test_dates_far_from_other_numbers_are_found_whole(language, date, iso, where):
    # dates are looked for only around the years of a text: the window must hold the whole date
    filler = "Die Werke liefern Teile, the plants ship parts, gli impianti producono pezzi. " * 3
    text = {"alone": date, "start": date + " " + filler, "middle": filler + date + " " + filler,
            "end": filler + date}[where]
    start = text.index(date)
    expected = [(start, start + len(date), iso)] if iso else []
    assert find_dates(text, language) == expected


def test_offsets_are_exact():
    text = "Il contratto, firmato il 26 luglio 2016, vale 3 milioni."
    [(s, e, iso)] = find_dates(text, "it")
    assert text[s:e] == "26 luglio 2016" and iso == "2016-07-26"


def test_impossible_dates_rejected():
    assert find_dates("on 31 February 2023, 2023-02-30 and 32.01.2023", "en") == []
    assert find_dates("am 30. Februar 2024", "de") == []
    assert parse_date("2023-13-01") is None


def test_english_slash_dates_need_evidence_of_order():
    assert find_dates("on 03/05/2023", "en") == []  # March or May? unknown
    uk = find_dates("on 03/05/2023 and 25/12/2023", "en")
    assert [iso for _, _, iso in uk] == ["2023-05-03", "2023-12-25"]
    us = find_dates("on 03/05/2023 and 12/25/2023", "en")
    assert [iso for _, _, iso in us] == ["2023-03-05", "2023-12-25"]
    # day-first in the other languages
    assert [iso for _, _, iso in find_dates("il 03/05/2023", "it")] == ["2023-05-03"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023-05-03", "2023-05-03"),
        ("2023-05-03T08:00:00+02:00", "2023-05-03"),
        ("Wed, 03 May 2023 08:00:00 GMT", "2023-05-03"),
        ("20230503", "2023-05-03"),
        ("3 mai 2023", "2023-05-03"),
        ("May 2023", "2023-05"),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def run(text, language="en", **kw):
    return DateFinder()(Document(id="t", source="t", text=text, language=language, **kw))


@pytest.mark.parametrize(
    "language, head",
    [
        ("en", "date 2022-03-25"),
        ("en", "Published: 25 March 2022"),
        ("it", "Pubblicato il 25 marzo 2022"),
        ("de", "Veröffentlicht am 25. März 2022, 10:15 Uhr"),
        ("fr", "Publié le 25 mars 2022 à 08h30"),
        ("es", "Publicado el 25 de marzo de 2022"),
        ("en", "Friday, 25 March 2022"),
        ("en", "By Jane Smith | March 25, 2022"),
    ],
)
def test_date_lines(language, head):
    doc = run(f"Headline of the story\n{head}\nThe deal was agreed on 1 January 2021 by both companies.\n", language)
    assert (doc.published, doc.published_from) == ("2022-03-25", "dateline")


def test_city_dateline():
    doc = run("Pirelli e Volkswagen\nMILANO, 26 luglio 2016 – Pirelli fornirà pneumatici a Volkswagen.\n", "it")
    assert (doc.published, doc.published_from) == ("2016-07-26", "dateline")


def test_published_line_beats_updated_line():
    doc = run("Title\nUpdated: 27 March 2022\nPublished: 25 March 2022\nText.\n")
    assert doc.published == "2022-03-25"


def test_first_date_in_text_when_no_date_line():
    text = "Menu | News | Sport\nBMW said on 3 May 2023 that it would buy cells from CATL from 12 June 2024.\n"
    doc = run(text, boilerplate=[(0, 19)])
    assert (doc.published, doc.published_from) == ("2023-05-03", "text")


def test_date_in_boilerplate_or_far_away_is_ignored():
    text = "© 3 May 2023 Autonews\n" + "No date here at all. " * 40 + "It happened on 5 June 2021."
    doc = run(text, boilerplate=[(0, 21)])
    assert doc.published is None and doc.published_from is None


def test_metadata_date_is_normalised():
    doc = run("Text without dates.", published="2023-05-03T08:00:00Z", published_from="metadata")
    assert (doc.published, doc.published_from) == ("2023-05-03", "metadata")
    doc = run("Text without dates.", published="3. Mai 2023", language="de")
    assert (doc.published, doc.published_from) == ("2023-05-03", "metadata")


def test_bad_metadata_date_dropped_with_note():
    doc = run("Published: 25 March 2022\nText.", published="not a date")
    assert (doc.published, doc.published_from) == ("2022-03-25", "dateline")
    assert doc.errors == ["published date 'not a date' not understood; ignored"]


@pytest.mark.parametrize("line, language, iso", [
    ("Paris, le 1er mars 2023 – Renault a signé un contrat avec Verkor.", "fr", "2023-03-01"),
    ("Madrid, el 3 de marzo de 2023 - Seat ha firmado un contrato con Iberdrola.", "es", "2023-03-03"),
    ("Stuttgart, den 3. Mai 2023 – Bosch liefert Radarsensoren an Volvo Cars.", "de", "2023-05-03"),
])
def test_dateline_with_article_before_the_date(line, language, iso):
    doc = run(f"Headline of the story\n{line}\nThe deal was agreed on 1 January 2021 by both companies.\n", language)
    assert (doc.published, doc.published_from) == (iso, "dateline")


UNDATED = "Mahle hat die Übernahme von Thermotec Brandl abgeschlossen, teilte das Unternehmen mit.\n"


@pytest.mark.parametrize("kw, expected", [
    ({"source": "news/de/2024-08-01-mahle-thermotec.txt", "format": "txt"}, ("2024-08-01", "filename")),
    ({"source": "crawl/20240801_mahle.html", "format": "html"}, ("2024-08-01", "filename")),
    ({"source": "crawl.warc#record-2", "format": "warc", "url": "https://autonews.example/de/2024/08/01/mahle"},
     ("2024-08-01", "url")),
    # a feed's file name dates the export, not its articles; impossible or partial dates are no dates
    ({"source": "2024-08-01-export.jsonl#L3", "format": "jsonl"}, (None, None)),
    ({"source": "news/2024-13-01-mahle.txt", "format": "txt"}, (None, None)),
    ({"source": "news/mahle-2024-0801.txt", "format": "txt"}, (None, None)),
])
def test_date_from_the_address_when_the_text_has_none(kw, expected):
    doc = DateFinder()(Document(id="t", text=UNDATED, language="de", **kw))
    assert (doc.published, doc.published_from) == expected


def test_date_in_the_text_beats_the_file_name():
    doc = DateFinder()(Document(id="t", source="2020-01-01-old-name.txt", format="txt", language="de",
                                text="Stuttgart, 3. Mai 2023 – " + UNDATED))
    assert (doc.published, doc.published_from) == ("2023-05-03", "dateline")
