"""One reader per input format. Each yields ``Document``s and ``Rejection``s and never raises for
bad content: a broken record is rejected and the reader moves on to the next one."""

from __future__ import annotations

import io
import json
import os
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..doc import Document, Rejection
from .decode import DecodeError, decode_bytes, html_charset
from .gzipstream import MemberGzipReader

__all__ = ["read_file", "read_stream", "read_whole", "read_jsonl", "read_warc", "size_message", "sniff"]

Item = Document | Rejection
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def size_message(size: int, limit: int, what: str = "file") -> str:
    def fmt(n: int, decimals: bool) -> str:
        if n >= 1_000_000:
            return f"{n / 1e6:.1f} MB" if decimals else f"{n / 1e6:g} MB"
        return f"{n:,} bytes"

    return f"{what} is {fmt(size, True)}, over the {fmt(limit, False)} limit; split it or raise --max-bytes"


def sniff(data: bytes) -> str:
    """Format of content with no file name (stdin): html, jsonl or txt."""
    try:
        head = decode_bytes(data[:65536]).lstrip("\ufeff \t\n")
    except DecodeError:
        return "txt"  # let the text path reject it with the proper reason
    if head.startswith("<"):
        return "html"
    # An article never opens with a brace; a feed does. Its broken lines are then each rejected
    # as invalid JSON, as they would be from a .jsonl file, instead of turning the feed into text.
    if head.startswith("{"):
        return "jsonl"
    return "txt"


def read_whole(data: bytes, fmt: str, *, doc_id: str, source: str) -> Item:
    """A whole .txt or .html input as one document."""
    if not data.strip():
        return Rejection(source, "empty file")
    try:
        text = decode_bytes(data, html_charset(data) if fmt == "html" else None)
    except DecodeError as exc:
        return Rejection(source, str(exc))
    if not text.strip():
        return Rejection(source, "empty file")
    if fmt == "html":
        return Document(id=doc_id, source=source, format="html", html=text)
    return Document(id=doc_id, source=source, format="txt", text=text)


def _str_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, int]]:
    """(line number, bytes, size) of each line. A line longer than ``limit`` is measured while it is
    skipped, never held whole: one 200 MB line must not be read into memory. Its bytes come back empty."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        size = len(raw)
        if size > limit and not raw.endswith(b"\n"):
            while True:  # the rest of the over-long line, in pieces
                piece = stream.readline(1 << 20)
                size += len(piece)
                if not piece or piece.endswith(b"\n"):
                    break
            raw = b""
        yield number, raw, size


def read_jsonl(stream: BinaryIO, *, name: str, source: str, max_bytes: int) -> Iterator[Item]:
    """One document per line; lines are read one at a time so big files stream."""
    seen_any = False
    for number, raw, size in _bounded_lines(stream, max_bytes):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if size <= max_bytes and not raw.strip():
            continue
        seen_any = True
        where = f"{source}#L{number}"
        if size > max_bytes:
            yield Rejection(where, size_message(size, max_bytes, "record"))
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield Rejection(where, f"line {number} is not UTF-8 text")
            continue
        except json.JSONDecodeError as exc:
            yield Rejection(where, f"invalid JSON on line {number}: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Rejection(where, f"line {number} is not a JSON object")
            continue
        text, html = _str_field(record, "text"), _str_field(record, "html")
        if not (text and text.strip()) and not (html and html.strip()):
            yield Rejection(where, f"record on line {number} has neither 'text' nor 'html'")
            continue
        doc = Document(
            id=_str_field(record, "id") or f"{name}:{number}",
            source=where,
            format="jsonl",
            url=_str_field(record, "url"),
            title=_str_field(record, "title"),
            published=_str_field(record, "published"),
        )
        if text and text.strip():
            doc.text = text.replace("\r\n", "\n").replace("\r", "\n")
        else:
            doc.html = html.replace("\r\n", "\n").replace("\r", "\n")
        yield doc
    if not seen_any:
        yield Rejection(source, "empty file")


def _payload_type(record) -> tuple[str, str | None]:
    """(content type, declared charset) of a WARC record's payload."""
    if record.rec_type == "response" and record.http_headers is not None:
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    m = _CHARSET.search(ctype)
    return ctype.split(";")[0].strip().lower(), (m.group(1).lower() if m else None)


def _truncated(records: int) -> str:
    return f"truncated gzip after {records} record{'' if records == 1 else 's'}"


def _warcio_reason(exc: Exception) -> str:
    """warcio's reason, without the bytes it quotes: they are binary noise on a terminal."""
    message = str(exc).split("\n")[0]
    if message.startswith("Unknown archive format"):
        return "it does not start with a WARC header"
    return "".join(c if c.isprintable() else "?" for c in message)[:120]


def read_warc(stream: BinaryIO, *, source: str, max_bytes: int) -> Iterator[Item]:
    """HTML and text payloads of ``response``/``resource`` records, streamed record by record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    gz = MemberGzipReader(stream) if head == b"\x1f\x8b" else None
    if gz is not None:
        stream = io.BufferedReader(gz)
    count = 0
    index = 0
    rejected = False
    try:
        for record in ArchiveIterator(stream):
            index += 1
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response" and record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue  # redirects and errors carry no article
            ctype, charset = _payload_type(record)
            where = f"{source}#record-{index}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                rejected = True
                yield Rejection(where, size_message(len(payload), max_bytes, "record") + " (or more)")
                continue
            if "html" in ctype or (not ctype and payload.lstrip()[:1] == b"<"):
                fmt = "html"
            elif ctype.startswith("text/"):
                fmt = "txt"
            else:
                continue  # images, PDFs, scripts: not articles
            uri = record.rec_headers.get_header("WARC-Target-URI")
            rec_id = uri or record.rec_headers.get_header("WARC-Record-ID") or where
            if not payload.strip():
                rejected = True
                yield Rejection(where, "empty record")
                continue
            try:
                text = decode_bytes(payload, charset or (html_charset(payload) if fmt == "html" else None))
            except DecodeError as exc:
                rejected = True
                yield Rejection(where, str(exc))
                continue
            # WARC-Date is when the page was crawled, not published: it stays out of `published`.
            doc = Document(id=rec_id, source=where, format="warc", url=uri)
            if fmt == "html":
                doc.html = text
            else:
                doc.text = text
            count += 1
            yield doc
    except (EOFError, zlib.error, ArchiveLoadFailed) as exc:
        if gz is not None and gz.truncated or isinstance(exc, (EOFError, zlib.error)):
            yield Rejection(source, _truncated(count))
        else:
            yield Rejection(source, f"not a WARC file ({_warcio_reason(exc)})")
        return
    if gz is not None and gz.truncated:
        yield Rejection(source, _truncated(count))
    elif index == 0:
        yield Rejection(source, "empty file")
    elif count == 0 and not rejected:
        yield Rejection(source, f"no HTML or text records among its {index} WARC records")


def read_file(path: str, fmt: str, max_bytes: int) -> Iterator[Item]:
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        if fmt in ("txt", "html"):
            if size > max_bytes:
                yield Rejection(path, size_message(size, max_bytes))
                return
            with open(path, "rb") as f:
                yield read_whole(f.read(), fmt, doc_id=name, source=path)
        elif size == 0:
            yield Rejection(path, "empty file")
        elif fmt == "jsonl":
            with open(path, "rb") as f:
                yield from read_jsonl(f, name=name, source=path, max_bytes=max_bytes)
        else:
            with open(path, "rb") as f:
                yield from read_warc(f, source=path, max_bytes=max_bytes)
    except OSError as exc:
        yield Rejection(path, f"cannot read: {exc.strerror or exc}")


def read_stream(stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    """Standard input: its format is sniffed from the content."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Rejection("-", f"standard input is over the {max_bytes:,} byte limit; split it or raise --max-bytes")
        return
    if not data.strip():
        yield Rejection("-", "empty input")
        return
    fmt = sniff(data)
    if fmt == "jsonl":
        import io

        yield from read_jsonl(io.BytesIO(data), name="stdin", source="-", max_bytes=max_bytes)
    else:
        yield read_whole(data, fmt, doc_id="stdin", source="-")
