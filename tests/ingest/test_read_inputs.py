"""read_inputs: every format, and every kind of bad input turned into a one-line Rejection."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from tierscope.doc import Document, Rejection
from tierscope.ingest import read_inputs

ARTICLE = (
    "Pirelli firma un accordo di fornitura con la Società Elettrica Sarda.\n"
    "La fornitura riguarda pneumatici per la flotta di veicoli elettrici della città di Cagliari.\n"
)
HTML = "<html><head><title>Tesla picks LG</title></head><body><p>LG Energy Solution will supply cells.</p></body></html>"


def read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def rejections(items):
    return [i for i in items if isinstance(i, Rejection)]


def test_txt_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    [doc] = read(p)
    assert doc.id == "a.txt" and doc.source == str(p) and doc.format == "txt"
    assert doc.text == ARTICLE  # CRLF normalised
    assert doc.html is None


def test_html_file_sets_html_not_text(tmp_path):
    for ext in ("html", "htm"):
        p = tmp_path / f"page.{ext}"
        p.write_text(HTML, encoding="utf-8")
        [doc] = read(p)
        assert doc.format == "html" and doc.html == HTML and doc.text == "" and doc.id == f"page.{ext}"


def test_latin1_and_cp1252_detected(tmp_path):
    text = ARTICLE * 3 + "Il prezzo è di 3 milioni di euro, più IVA; la consegna è prevista entro l'estate.\n"
    p = tmp_path / "latin1.txt"
    p.write_bytes(text.encode("latin-1"))
    [doc] = read(p)
    assert doc.text == text
    text_cp = "Le fournisseur a livré des cellules « haut de gamme » – un contrat de 40 € par kWh.\n" * 4
    p2 = tmp_path / "cp1252.txt"
    p2.write_bytes(text_cp.encode("cp1252"))
    [doc2] = read(p2)
    assert "« haut de gamme » – un contrat de 40 €" in doc2.text


@pytest.mark.parametrize("text, encoding", [
    # one short line each: too little text for a statistical guess, which picked DOS or Central
    # European code pages here ("CATLö Ś", "compańía")
    ("BMW says “we will buy cells from CATL” — a deal worth €2 bn.\n", "cp1252"),
    ("La compañía española firmó un acuerdo con Seat; el año próximo habrá más inversión.\n", "latin-1"),
    ("Die Bosch GmbH übernimmt für 1,2 Mrd. € die Sparte; „Wir sind froh“, sagte der Chef.\n", "cp1252"),
    ("La società è più forte, perché così è più facile.\n", "latin-1"),
])
def test_short_western_texts_detected(tmp_path, text, encoding):
    p = tmp_path / "short.txt"
    p.write_bytes(text.encode(encoding))
    [doc] = read(p)
    assert doc.text == text


@pytest.mark.parametrize("text, encoding", [
    ("Компания Газпром подписала соглашение с Роснефтью о поставках газа.\n", "cp1251"),
    ("Spółka Orlen podpisała umowę z firmą z Łodzi na dostawy paliwa.\n", "cp1250"),
])
def test_other_single_byte_encodings_not_forced_into_cp1252(tmp_path, text, encoding):
    p = tmp_path / "other.txt"
    p.write_bytes(text.encode(encoding))
    [doc] = read(p)
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, encoding):
    p = tmp_path / "nobom.txt"
    p.write_bytes(ARTICLE.encode(encoding))
    [doc] = read(p)
    assert doc.text == ARTICLE


def test_html_meta_charset_used(tmp_path):
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Müller übernimmt die Fabrik.</p></body></html>'
    p = tmp_path / "de.html"
    p.write_bytes(html.encode("iso-8859-1"))
    [doc] = read(p)
    assert "Müller übernimmt" in doc.html


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_bom_encodings(tmp_path, encoding):
    p = tmp_path / "bom.txt"
    p.write_bytes(ARTICLE.encode(encoding))
    [doc] = read(p)
    assert doc.text == ARTICLE


def test_binary_file_rejected(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    [rej] = read(p)
    assert isinstance(rej, Rejection) and rej.reason.startswith("binary file")


def test_empty_file_rejected(tmp_path):
    for name in ("empty.txt", "empty.jsonl", "empty.warc"):
        p = tmp_path / name
        p.write_bytes(b"" if name != "empty.txt" else b"  \n\n")
        [rej] = read(p)
        assert rej.reason == "empty file", name


def test_too_big_file_rejected(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(ARTICLE)
    [rej] = read(p, max_bytes=100)
    assert "over the 100 bytes limit; split it or raise --max-bytes" in rej.reason
    # the message in megabytes, as the user sees it for the default limit
    from tierscope.ingest.readers import size_message

    assert size_message(200_000_000, 50_000_000) == "file is 200.0 MB, over the 50 MB limit; split it or raise --max-bytes"


def test_missing_and_unsupported_and_empty_glob(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    items = read(tmp_path / "nope.txt", pdf, tmp_path / "**" / "*.txt")
    assert [r.reason for r in items] == [
        "no such file or folder",
        "unsupported extension '.pdf' (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)",
        "the pattern matched no supported files",
    ]
    assert all(isinstance(r, Rejection) and "\n" not in r.reason for r in items)


def test_folder_without_articles_is_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "README.md").write_text("# readme")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    assert read(tmp_path) == [Rejection(str(tmp_path), "no supported files in this folder "
                                                       "(expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)")]


def test_folder_recursive_sorted_skips_hidden_and_unsupported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "1.txt").write_text(ARTICLE)
    (tmp_path / "c.html").write_text(HTML)
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / ".git" / "x.txt").write_text(ARTICLE)
    (tmp_path / "README.md").write_text("# readme")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\x00")
    items = read(tmp_path)
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in items] == ["1.txt", "c.html", "b/2.txt"]


def test_glob_recursive(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "a.txt").write_text(ARTICLE)
    (tmp_path / "x" / "b.txt").write_text(ARTICLE)
    (tmp_path / "x" / "c.html").write_text(HTML)
    items = read(tmp_path / "x" / "**" / "*.txt")
    assert sorted(d.id for d in docs(items)) == ["a.txt", "b.txt"] and not rejections(items)


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": "BMW buys cells.", "url": "https://x/1", "title": "T", "published": "2023-05-03"}),
        "",
        "{not json",
        json.dumps({"html": "<p>Hello</p>"}),
        json.dumps({"title": "no body"}),
        json.dumps(["a list"]),
        json.dumps({"text": "Fourth line of text."}),
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(p)
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Document", "Rejection", "Rejection", "Document"]
    d1, d2, d3 = docs(items)
    assert (d1.id, d1.source, d1.url, d1.title, d1.published, d1.text) == (
        "r1", f"{p}#L1", "https://x/1", "T", "2023-05-03", "BMW buys cells.")
    assert d2.id == "feed.jsonl:4" and d2.html == "<p>Hello</p>" and d2.text == "" and d2.format == "jsonl"
    assert d3.id == "feed.jsonl:7" and d3.source.endswith("#L7")
    bad_json, no_body, not_obj = rejections(items)
    assert bad_json.source.endswith("#L3") and bad_json.reason.startswith("invalid JSON on line 3")
    assert no_body.reason == "record on line 5 has neither 'text' nor 'html'"
    assert not_obj.reason == "line 6 is not a JSON object"


def test_jsonl_record_limit_applies_per_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"text": "short"}) + "\n" + json.dumps({"text": "x" * 500}) + "\n")
    items = read(p, max_bytes=100)
    assert isinstance(items[0], Document)
    assert isinstance(items[1], Rejection) and items[1].reason.startswith("record is 5")


def _warc_bytes(records, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))
    for uri, ctype, body, status in records:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


WARC_RECORDS = [
    ("https://news.example/a", "text/html; charset=utf-8", HTML.encode(), "200 OK"),
    ("https://news.example/logo.png", "image/png", b"\x89PNG\x00\x00", "200 OK"),
    ("https://news.example/old", "text/html", b"", "301 Moved Permanently"),
    ("https://news.example/b.txt", "text/plain; charset=iso-8859-1", "Société Générale achète.".encode("latin-1"), "200 OK"),
    ("https://news.example/c", "text/html", b"<html><body><p>Third page.</p></body></html>", "200 OK"),
]


@pytest.mark.parametrize("gz", [False, True])
def test_warc(tmp_path, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    p.write_bytes(_warc_bytes(WARC_RECORDS, gz))
    items = read(p)
    assert not rejections(items)
    a, b, c = items
    assert (a.id, a.url, a.format, a.html, a.text, a.published) == (
        "https://news.example/a", "https://news.example/a", "warc", HTML, "", None)
    assert a.source == f"{p}#record-2"
    assert b.text == "Société Générale achète." and b.html is None
    assert c.source == f"{p}#record-6"


def test_truncated_warc_gz_keeps_records_before_break(tmp_path):
    data = _warc_bytes(WARC_RECORDS, True)
    # cut inside the last record: the earlier members are whole gzip streams
    cut = len(data) - 60
    p = tmp_path / "broken.warc.gz"
    p.write_bytes(data[:cut])
    items = read(p)
    assert [d.id for d in docs(items)] == ["https://news.example/a", "https://news.example/b.txt"]
    assert items[-1] == Rejection(str(p), "truncated gzip after 2 records")


def test_warc_record_over_limit(tmp_path):
    p = tmp_path / "crawl.warc"
    big = b"<html><body>" + b"<p>word</p>" * 50 + b"</body></html>"
    p.write_bytes(_warc_bytes([("https://x/big", "text/html", big, "200 OK")], False))
    [rej] = read(p, max_bytes=200)
    assert rej.source == f"{p}#record-2" and "over the 200 bytes limit" in rej.reason


def test_plain_gzip_is_not_a_warc(tmp_path):
    p = tmp_path / "notes.warc.gz"
    p.write_bytes(gzip.compress(b"just some text, no warc headers\n"))
    [rej] = read(p)
    assert isinstance(rej, Rejection) and "\n" not in rej.reason


def test_binary_warc_reason_is_printable(tmp_path):
    p = tmp_path / "crawl.warc"
    p.write_bytes(bytes(range(256)) * 20)
    [rej] = read(p)
    assert rej == Rejection(str(p), "not a WARC file (it does not start with a WARC header)")


@pytest.mark.parametrize(
    "content, fmt",
    [
        (b"  <html><body><p>x</p></body></html>", "html"),
        (b'{"text": "A supplies B."}\n\n{"text": "C buys D."}\n', "jsonl"),
        (b"Plain article text.\nSecond line.\n", "txt"),
    ],
)
def test_stdin_sniffing(monkeypatch, content, fmt):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content)))
    items = list(read_inputs(["-"]))
    assert items and all(isinstance(d, Document) and d.format == fmt for d in items)
    if fmt == "jsonl":
        assert [d.text for d in items] == ["A supplies B.", "C buys D."]


def test_stdin_feed_with_bad_lines_is_still_a_feed(monkeypatch):
    content = b'{"id": "a", "text": "A supplies B."}\n{not json}\n[1, 2]\n{"id": "c", "text": "C buys D."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content)))
    items = list(read_inputs(["-"]))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    assert [r.source for r in items if isinstance(r, Rejection)] == ["-#L2", "-#L3"]


def test_string_path_is_one_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    assert [d.id for d in read_inputs(str(p))] == ["a.txt"]


def test_jsonl_over_long_line_is_measured_not_held(tmp_path):
    import tracemalloc

    p = tmp_path / "feed.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "text": "BMW buys cells."}) + "\n")
        f.write('{"text": "' + "x" * 20_000_000 + '"}\n')
        f.write(json.dumps({"id": "c", "text": "Renault buys cells."}) + "\n")
    tracemalloc.start()
    try:
        items = read(p, max_bytes=1000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Document"]
    assert items[1].source.endswith("#L2") and items[1].reason.startswith("record is 20.0 MB, over the 1,000 bytes limit")
    assert items[2].id == "c"
    assert peak < 5_000_000  # the 20 MB line was never held whole
