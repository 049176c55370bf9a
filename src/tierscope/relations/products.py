"""Products named in a sentence (``lexicon/products.py``, one alternation for all) and the tier a
company's sectors give it in the supply chain (a lower tier supplies a higher one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon.products import PRODUCTS
from ..scan.prefilter import first_chars, _gate, _required
from ..scan.sentence_scan import scan_of

_I = re.IGNORECASE


# One alternation for every product (earlier, more specific patterns win at the same position).
_PRODUCT_NAMES = [name for _, name in PRODUCTS]


# (the alternation is one group: with a product that may start with any character ``_gate`` leaves the
# pattern ungated, and the lookbehind and lookahead must still bind to every product, not to one)
_PRODUCT_RX = re.compile(
    _gate("(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(PRODUCTS)) + ")").replace("(?:", "(?<![\\w-])(?:", 1)
    + r"(?![\w])",
    _I,
)


#: Sector words that place a company in the chain: lower tier supplies higher tier.
_TIERS = (
    (0, ("mining", "miner", "lithium", "chemical", "material", "metal", "steel", "refin", "nickel", "cobalt", "graphite")),
    (1, ("battery", "cell", "semiconductor", "chip", "component", "supplier", "parts", "electronics", "tyre", "tire")),
    (2, ("automotive", "automaker", "carmaker", "car maker", "oem", "vehicle", "auto", "truck", "mobility")),
)


def products_in(text: str) -> list[tuple[int, str]]:
    """Every product named in ``text``: (start, English name)."""
    # The same matches as ``_PRODUCT_RX.finditer(text)``, about three times faster: the places a
    # product may start are found with the head of ``_PRODUCT_RX`` (its first-character gate and
    # "not inside a word"), and there only the products that may start with that character are
    # tried, in their order (the others cannot match there, so the first that matches is the same).
    out: list[tuple[int, str]] = []
    if _PRODUCT_START is None:
        return [(m.start(), _PRODUCT_NAMES[int(m.lastgroup[1:])]) for m in _PRODUCT_RX.finditer(text)]
    search, at, pos = _PRODUCT_START.search, _PRODUCTS_AT.get, 0
    while (m := search(text, pos)) is not None:
        p = m.start()
        rx = at(text[p], _PRODUCT_HEAD)
        if rx is _PRODUCT_HEAD:
            rx = _products_at(text[p])
        hit = rx.match(text, p) if rx is not None else None
        if hit is None:
            pos = p + 1
        elif hit.end() == p:  # an empty match (no product can be empty): finditer's own rules
            return [(m.start(), _PRODUCT_NAMES[int(m.lastgroup[1:])]) for m in _PRODUCT_RX.finditer(text)]
        else:
            out.append((p, _PRODUCT_NAMES[int(hit.lastgroup[1:])]))
            pos = hit.end()
    return out



def products_outside(text: str, blocked: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The products named in ``text`` outside the ``blocked`` spans (names): "Steel" in "Thyssenkrupp
    Steel Europe" is part of a company's name, so "X plans to sell Thyssenkrupp Steel Europe" names no
    goods sold, and "Thyssenkrupp Steel Europe builds a plant in Duisburg" no steel plant."""
    if not _may_name_product(text):
        return []
    # (the products of a sentence are found once for the page: the relation and the plant stages both ask)
    memo = scan_of(text).memo
    found = memo.get("products")
    if found is None:
        found = memo["products"] = products_in(text)
    if not found or not blocked:
        return list(found)
    return [p for p in found if not any(s <= p[0] < e for s, e in blocked)]

def _product_literals() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]] | None:
    """The literals one of which every product's match holds (``prefilter._required``): those under
    four characters, and the others by their first four; None where a product has none known."""
    short: list[str] = []
    long: dict[str, list[str]] = {}
    for pattern, _ in PRODUCTS:
        required = _required(pattern)
        if required is None:
            return None
        for x in required:
            if len(x) < 4:
                short.append(x)
            else:
                long.setdefault(x[:4], []).append(x)
    return tuple(sorted(set(short))), {head: tuple(xs) for head, xs in long.items()}


_LITERALS = _product_literals()


def _may_name_product(text: str) -> bool:
    """False only where the sentence ``text`` names no product: it holds none of their literals (read
    from its scan: its four-character pieces against the literals' heads), and no character of odd
    case folding. Half the sentences of news name none; ``products_in`` then need not walk them."""
    if _LITERALS is None:
        return True
    scan = scan_of(text)
    if scan.odd:
        return True
    short, long = _LITERALS
    lower = scan.lower
    if any(x in lower for x in short):
        return True
    return any(x in lower for head in scan.grams.intersection(long) for x in long[head])


_PRODUCT_HEAD = "(?<![\\w-])"
# "(?=[first characters])(?<![\w-])": where a match of _PRODUCT_RX may start
_PRODUCT_START = (re.compile(_PRODUCT_RX.pattern[: _PRODUCT_RX.pattern.index(_PRODUCT_HEAD) + len(_PRODUCT_HEAD)], _I)
                  if _PRODUCT_RX.pattern.startswith("(?=[") and _PRODUCT_HEAD in _PRODUCT_RX.pattern else None)
_PRODUCTS_AT: dict[str, re.Pattern | None] = {}  # first character -> the products that may start with it


@lru_cache(maxsize=1)
def _product_firsts() -> tuple[re.Pattern | None, ...]:
    """Per product, its possible first characters (None: any)."""
    from re import _parser

    out = []
    for pattern, _ in PRODUCTS:
        try:
            first, nullable = first_chars(_parser.parse(pattern, _I))
        except Exception:  # pragma: no cover - keep the product everywhere
            first, nullable = None, True
        out.append(None if not first or nullable else re.compile("[" + "".join(re.escape(c) for c in sorted(first)) + "]", _I))
    return tuple(out)


def _products_at(ch: str) -> re.Pattern | None:
    rx = _PRODUCTS_AT.get(ch, _PRODUCT_HEAD)
    if rx is _PRODUCT_HEAD:
        idx = [i for i, first in enumerate(_product_firsts()) if first is None or first.match(ch)]
        rx = re.compile(_PRODUCT_HEAD + "(?:" + "|".join(f"(?P<p{i}>{PRODUCTS[i][0]})" for i in idx) + r")(?![\w])",
                        _I) if idx else None
        _PRODUCTS_AT[ch] = rx
    return rx


def nearest_product(found: list[tuple[int, str]], lo: int, hi: int, anchor: int) -> str | None:
    best = None
    for start, name in found:
        if lo <= start < hi and (best is None or abs(start - anchor) < best[0]):
            best = (abs(start - anchor), name)
    return best[1] if best else None


def tier(sectors: list[str]) -> int | None:
    joined = " ".join(sectors).lower()
    if not joined:
        return None
    found = [t for t, words in _TIERS if any(w in joined for w in words)]
    return min(found) if found else None


def warm_up() -> None:
    """Compile the per-character product patterns of ``_products_at`` for the characters news text
    starts words with (others are still compiled on first use)."""
    if _PRODUCT_START is None:
        return
    import string

    for ch in string.ascii_letters + string.digits + "ÀÁÂÄÇÈÉÊÍÎÓÔÖÚÜàáâäçèéêíîóôöúüß":
        if _PRODUCT_START.match(ch):
            _products_at(ch)
