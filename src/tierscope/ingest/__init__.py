"""Read inputs (files, folders, globs, stdin) into ``Document``s, or ``Rejection``s for what cannot
be read. Bad input never raises: one broken file must not stop a batch."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from ..doc import Document, Rejection
from .decode import DecodeError, decode_bytes
from .paths import STDIN, SUPPORTED, expand_paths, format_of
from .readers import read_file, read_stream

__all__ = ["read_inputs", "decode_bytes", "DecodeError", "SUPPORTED", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50_000_000


def read_inputs(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Rejection]:
    """Yield one ``Document`` per article found in ``paths``, in order, and a ``Rejection`` with a
    one-line reason for each input or record that cannot be read.

    ``max_bytes`` caps each whole .txt/.html file and each jsonl line or WARC record."""
    if isinstance(paths, str):  # a lone path, not a list of characters
        paths = [paths]
    for item in expand_paths(paths):
        if isinstance(item, Rejection):
            yield item
        elif item == STDIN:
            yield from read_stream(sys.stdin.buffer, max_bytes)
        else:
            yield from read_file(item, format_of(item) or "txt", max_bytes)
