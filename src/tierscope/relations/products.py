"""Products named in a sentence (``lexicon/products.py``, one alternation for all) and the tier a
company's sectors give it in the supply chain (a lower tier supplies a higher one).
"""

from __future__ import annotations

import re

from .lexicon.products import PRODUCTS
from .prefilter import _gate

_I = re.IGNORECASE


# One alternation for every product (earlier, more specific patterns win at the same position).
_PRODUCT_NAMES = [name for _, name in PRODUCTS]


_PRODUCT_RX = re.compile(
    _gate("|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(PRODUCTS))).replace("(?:", "(?<![\\w-])(?:", 1)
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
    return [(m.start(), _PRODUCT_NAMES[int(m.lastgroup[1:])]) for m in _PRODUCT_RX.finditer(text)]


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
