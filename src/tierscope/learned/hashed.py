"""Named features hashed into a fixed number of slots, as both learned parts write them
(``filter_features``, ``pair_features``): a feature is a string ("dist:25"), its slot its crc32 modulo
``DIM``, so the weights file keeps only the slots with a weight and no vocabulary is stored."""

from __future__ import annotations

import zlib
from functools import lru_cache

DIM = 1 << 18


@lru_cache(maxsize=1 << 16)
def slot(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % DIM


def bin_label(n: int, edges: tuple[int, ...]) -> str:
    """A count as its bin: the first edge it does not exceed, else ">last"."""
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"
