"""A gzip reader that notices truncation.

warcio (and ``gzip.GzipFile`` under it) stops quietly when a ``.warc.gz`` is cut short, so a
half-downloaded crawl would look complete. This reader decompresses member by member (a WARC.gz
holds one record per gzip member), hands out only members that ended properly, and sets
``truncated`` when the file ends inside a member.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

__all__ = ["MemberGzipReader"]

_CHUNK = 1 << 16
# A member bigger than this is released before it ends, so a file compressed as one single member
# still streams instead of being held whole in memory.
_MAX_HELD = 8 << 20


class MemberGzipReader(io.RawIOBase):
    def __init__(self, raw: BinaryIO):
        self._raw = raw
        self._dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._held = bytearray()  # output of the member being decompressed
        self._ready = bytearray()  # output of finished members, not yet read
        self._member_open = False
        self._done = False
        self.truncated = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        while not self._ready and not self._done:
            chunk = self._dec.unused_data or self._raw.read(_CHUNK)
            if self._dec.unused_data:
                self._dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
            if not chunk:
                self._done = True
                if self._member_open:
                    self.truncated = True  # the file ended inside a member: drop its partial output
                return
            self._member_open = True
            try:
                self._held += self._dec.decompress(chunk)
            except zlib.error:
                self._done = True
                self.truncated = True
                return
            if self._dec.eof:
                self._member_open = False
                self._ready += self._held
                self._held = bytearray()
            elif len(self._held) > _MAX_HELD:
                self._ready += self._held
                self._held = bytearray()

    def readinto(self, buffer) -> int:
        self._fill()
        n = min(len(buffer), len(self._ready))
        buffer[:n] = self._ready[:n]
        del self._ready[:n]
        return n
