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


#: the slots of features written as their parts, filled as they are met (the parts are a feature group's
#: template and values, a few thousand in all, so it stays small)
_JOINED: dict[tuple, int] = {}


def joined_slot(parts: tuple) -> int:
    """The slot of the feature ``":".join(map(str, parts))`` (``slot`` of it), from a table of the parts
    filled once per process: a feature used on every page is not written out as a string each time
    (speed). ``parts`` holds strings, booleans and integers, written as an f-string writes them; a place of
    ``parts`` holds one kind only: ``True == 1`` as a key, so ("x", True) would be given the slot of "x:1"
    met before it."""
    got = _JOINED.get(parts)
    if got is None:
        if len(_JOINED) >= 1 << 16:
            _JOINED.clear()
        got = _JOINED[parts] = slot(":".join(map(str, parts)))
    return got
