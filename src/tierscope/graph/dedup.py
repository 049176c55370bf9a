"""Near-duplicate documents: reprints and translations of one story, found cheaply and offline.

``near_duplicates(docs)`` -> {doc_id: cluster_id}; the cluster id is the smallest doc id of the
cluster, so it is stable across runs. Two rules, joined transitively:

* **Reprints**: word 5-gram shingle Jaccard >= ``threshold`` (0.7). Candidates come from a MinHash
  sketch made with one-permutation hashing (each shingle hashed once, 128 bins, empty bins filled
  from the next one to the right) and LSH banding (32 bands of 4 rows: a pair at Jaccard 0.7 becomes
  a candidate with probability > 0.999); every candidate pair is checked on the exact shingle sets,
  so a reported pair always meets the threshold. Pure Python, one pass per document.
* **Translations**: different languages, the same set of at least two companies, the same numbers
  (amounts, capacities, days and years; at least two shared and a Jaccard >= 0.6 between the two
  number sets), published within ``days`` (3) of each other. When either date is unknown the number
  match must be stronger (>= 3 shared, Jaccard >= 0.8).

``docs``: tuples ``(doc_id, text, language, companies[, published])`` or objects/dicts with those
names (``companies`` a set of canonical names).
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from .history import parse_date

__all__ = ["DocSketch", "near_duplicates", "shingles", "numbers", "jaccard", "band_keys", "is_reprint",
           "translation_pairs"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUM = re.compile(r"(?<![\w.,])\d{1,3}(?:([.,'\u00a0\u202f ])\d{3})(?:\1\d{3})*(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)?")
_BINS = 128
_BANDS = 32
_ROWS = _BINS // _BANDS
_MASK = (1 << 32) - 1
_EMPTY = 1 << 32


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashes (crc32) of the word k-grams of ``text``, case-folded; the whole text when shorter."""
    words = _WORD.findall(text.casefold())
    if not words:
        return set()
    if len(words) < k:
        return {zlib.crc32(" ".join(words).encode("utf-8"))}
    return {zlib.crc32(" ".join(words[i : i + k]).encode("utf-8")) for i in range(len(words) - k + 1)}


def numbers(text: str) -> set[float]:
    """Numbers written in ``text``, read the same whatever the locale: "1,500" and "1.500" (thousands)
    -> 1500; "1.5" and "1,5" -> 1.5; "2 000" -> 2000."""
    out: set[float] = set()
    for m in _NUM.finditer(text):
        s = m.group(0)
        if m.group(1) is not None:  # grouped thousands, maybe with a decimal tail
            sep = m.group(1)
            tail = ""
            body = s
            dec = re.search(r"[.,]\d+$", s)
            if dec and not re.fullmatch(rf"\{sep}\d{{3}}", dec.group(0)):
                body, tail = s[: dec.start()], "." + dec.group(0)[1:]
            s = re.sub(r"[.,'\u00a0\u202f ]", "", body) + tail
        else:
            s = s.replace(",", ".")
        try:
            out.add(round(float(s), 6))
        except ValueError:
            continue
    return out


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _sketch(sh: set[int]) -> tuple[int, ...]:
    bins = [_EMPTY] * _BINS
    for h in sh:
        x = (h * 0x9E3779B1 + 0x7F4A7C15) & _MASK  # mix, then split: bin from the top bits
        x ^= x >> 15
        x = (x * 0x85EBCA6B) & _MASK
        x ^= x >> 13
        b = x >> 25  # 7 bits -> 128 bins
        v = x & 0x1FFFFFF
        if v < bins[b]:
            bins[b] = v
    if all(v == _EMPTY for v in bins):
        return tuple(bins)
    # Densify: an empty bin takes the value of the next filled bin to the right (circular), offset by
    # the distance so that it does not collide with that bin's own value.
    out = list(bins)
    for i in range(_BINS):
        if bins[i] == _EMPTY:
            j, d = (i + 1) % _BINS, 1
            while bins[j] == _EMPTY:
                j, d = (j + 1) % _BINS, d + 1
            out[i] = bins[j] + (d << 25)
    return tuple(out)


@dataclass(slots=True)
class DocSketch:
    doc_id: str
    language: str | None
    companies: frozenset[str]
    published: str | None
    shingles: set[int]
    numbers: set[float]


def _coerce(d: Any) -> DocSketch:
    if isinstance(d, Mapping):
        doc_id, text, lang, comp, pub = d["doc_id"] if "doc_id" in d else d["id"], d.get("text", ""), d.get("language"), d.get("companies", ()), d.get("published")
    elif isinstance(d, (tuple, list)):
        doc_id, text, lang, comp = d[0], d[1], d[2], d[3]
        pub = d[4] if len(d) > 4 else None
    else:
        doc_id, text, lang = getattr(d, "doc_id", None) or d.id, d.text, d.language
        comp, pub = getattr(d, "companies", ()), getattr(d, "published", None)
    return DocSketch(str(doc_id), lang, frozenset(comp or ()), pub, shingles(text or ""), numbers(text or ""))


class _UF:
    def __init__(self, ids: Iterable[str]) -> None:
        self.p = {i: i for i in ids}

    def find(self, x: str) -> str:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.p[rb] = ra


def _numbers_match(a: set[float], b: set[float], dated: bool) -> bool:
    shared = len(a & b)
    if dated:
        return shared >= 2 and jaccard(a, b) >= 0.6
    return shared >= 3 and jaccard(a, b) >= 0.8


def band_keys(sh: set[int]) -> list[str]:
    """The LSH band keys of a shingle set ("band:v1,v2,v3,v4"); two documents are reprint
    candidates when they share one. Empty for a text without words. The store keeps these keys so
    that a new document is compared only with the stored documents it shares a band with."""
    if not sh:
        return []
    sig = _sketch(sh)
    return [f"{band}:" + ",".join(map(str, sig[band * _ROWS : (band + 1) * _ROWS])) for band in range(_BANDS)]


def is_reprint(a: set[int], b: set[int], threshold: float = 0.7) -> bool:
    """Whether two shingle sets have a Jaccard of at least ``threshold``."""
    if not a or not b:
        return False
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < threshold * len(big):  # Jaccard <= |small|/|big|
        return False
    inter = len(small & big)
    return inter / (len(a) + len(b) - inter) >= threshold


def reprint_pairs(sketches: list[DocSketch], threshold: float = 0.7) -> set[tuple[str, str]]:
    """Pairs of doc ids (sorted) whose shingle Jaccard is >= threshold."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for idx, s in enumerate(sketches):
        for key in band_keys(s.shingles):
            buckets[key].append(idx)
    checked: set[tuple[int, int]] = set()
    out: set[tuple[str, str]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for i, j in combinations(members, 2):
            if (i, j) in checked:
                continue
            checked.add((i, j))
            if is_reprint(sketches[i].shingles, sketches[j].shingles, threshold):
                x, y = sketches[i].doc_id, sketches[j].doc_id
                out.add((x, y) if x < y else (y, x))
    return out


def translation_pairs(sketches: list[DocSketch], days: int = 3) -> set[tuple[str, str]]:
    groups: dict[frozenset[str], list[DocSketch]] = defaultdict(list)
    for s in sketches:
        if len(s.companies) >= 2 and s.numbers:
            groups[s.companies].append(s)
    out: set[tuple[str, str]] = set()

    def check(a: DocSketch, b: DocSketch, both_dated: bool) -> None:
        if not a.language or not b.language or a.language == b.language:
            return
        if _numbers_match(a.numbers, b.numbers, both_dated):
            out.add((a.doc_id, b.doc_id) if a.doc_id < b.doc_id else (b.doc_id, a.doc_id))

    for members in groups.values():
        dated = sorted(((d, s.doc_id, s) for s in members if (d := parse_date(s.published)) is not None), key=lambda x: x[:2])
        undated = [s for s in members if parse_date(s.published) is None]
        for i, (da, _, a) in enumerate(dated):  # sliding window over dates
            for db, _, b in dated[i + 1 :]:
                if (db - da).days > days:
                    break
                check(a, b, True)
        for a in undated:
            for b in members:
                if b is not a and (parse_date(b.published) is not None or a.doc_id < b.doc_id):
                    check(a, b, False)
    return out


def near_duplicates(
    docs: Iterable[Any], *, threshold: float = 0.7, days: int = 3, translations: bool = True
) -> dict[str, str]:
    """{doc_id: cluster_id} for every document; singletons map to themselves."""
    sketches = [_coerce(d) for d in docs]
    uf = _UF(s.doc_id for s in sketches)
    for a, b in reprint_pairs(sketches, threshold):
        uf.union(a, b)
    if translations:
        for a, b in translation_pairs(sketches, days):
            uf.union(a, b)
    return {s.doc_id: uf.find(s.doc_id) for s in sketches}
