"""Turn raw bytes into text: the encoding is detected, never assumed.

Order: a byte-order mark, then strict UTF-8 (most of the web), then any charset the container
declared (HTML meta, HTTP header), then Windows-1252 when it yields plausible text in our five
languages, then charset-normalizer's guess among the encodings the web uses. Bytes that still look binary
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


# Non-ASCII characters of English, Italian, German, French and Spanish text, and the typographic
# punctuation of Windows-1252. Text decoded as cp1252 that stays inside this set is taken as is:
# on short texts charset-normalizer often prefers a DOS or Central European code page ("CATLö Ś"
# for "CATL” —", "compańía" for "compañía").
_WESTERN = frozenset("àáâäæçèéêëìíîïñòóôöœùúûüÿßÀÁÂÄÆÇÈÉÊËÌÍÎÏÑÒÓÔÖŒÙÚÛÜŸ"
                     "“”‘’„‚«»‹›–—…•€£¥©®°ºª¿¡§·\u00a0½¼¾²³×")
# Encodings news pages are served in; DOS and Mac code pages are left out on purpose.
_WEB_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
                  "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1257", "iso8859_13", "cp1255", "cp1256",
                  "shift_jis", "euc_jp", "iso2022_jp", "gb18030", "big5", "euc_kr"]


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NULs fall on every other byte, as in UTF-16 of Latin text."""
    head = data[:4096]
    if len(data) % 2 or len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _western(data: bytes) -> str | None:
    """``data`` as Windows-1252 when that reads as text in our languages, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    odd = [ch for ch in text if ord(ch) > 127]
    # Cyrillic or Greek read as cp1252 is mostly accented letters; our languages use a few.
    if any(ch not in _WESTERN for ch in odd) or len(odd) > 0.3 * max(letters, 1):
        return None
    return text


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
    # NUL bytes never occur in 8-bit text: they mean UTF-16 without a byte-order mark, or binary.
    if b"\x00" in data[:65536]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise DecodeError("binary file")
        try:
            return _normalise_newlines(data.decode(encoding))
        except UnicodeDecodeError as exc:
            raise DecodeError("binary file") from exc
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
        text = _western(data)
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=_WEB_ENCODINGS).best() or from_bytes(data).best()
        if best is None:
            raise DecodeError("binary file (no text encoding fits)")
        text = str(best)
    if _looks_binary(text):
        raise DecodeError("binary file")
    return _normalise_newlines(text)
