"""Turn raw bytes into text: the encoding is detected, never assumed.

Order: a byte-order mark, then strict UTF-8 (most of the web), then any charset the container
declared (HTML meta, HTTP header), then charset-normalizer's guess. Bytes that still look binary
are refused, so a PDF renamed to .txt becomes a clear rejection, not a page of mojibake.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "DecodeError", "html_charset"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can detect."""


def html_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    m = _META_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def decode_bytes(data: bytes, hint: str | None = None) -> str:
    """Decode ``data`` to text with ``\\n`` newlines; raise ``DecodeError("binary file")`` when it
    is not text. ``hint`` is a charset the container declared (tried after strict UTF-8)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise_newlines(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise DecodeError("binary file (byte-order mark but undecodable content)") from exc
    # NUL bytes never occur in text without a BOM (UTF-16 without BOM is too rare to guess at).
    if b"\x00" in data[:65536]:
        raise DecodeError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None and hint:
        try:
            text = data.decode(hint)
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise DecodeError("binary file (no text encoding fits)")
        text = str(best)
    if _looks_binary(text):
        raise DecodeError("binary file")
    return _normalise_newlines(text)
