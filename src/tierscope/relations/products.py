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
    # (the products of a sentence are found once for the page: the relation and the plant stages both ask;
    # half the sentences of news hold none of the products' literals, which _products_named tells at once)
    memo = scan_of(text).memo
    found = memo.get("products")
    if found is None:
        found = memo["products"] = _products_named(text)
    if not found or not blocked:
        return list(found)
    return [p for p in found if not any(s <= p[0] < e for s, e in blocked)]

def _products_named(text: str) -> list[tuple[int, str]]:
    """``products_in(text)`` for a whole sentence, from the products one of whose literals the sentence
    holds, each searched with its own pattern (speed: a search or two in C over the sentence, where
    ``products_in`` tries a pattern at every word). A product whose literals are all absent matches
    nowhere."""
    found = _product_matches(text)
    if found is None:
        return products_in(text)
    return [(start, _PRODUCT_NAMES[i]) for start, _end, i in found]


def product_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the products named in the sentence ``text``: ``[m.span() for m in
    _PRODUCT_RX.finditer(text)]``, from the products one of whose literals the sentence holds, as
    ``_products_named`` finds them (the pair admitter's goods; kept for the page)."""
    found = _product_matches(text)
    if found is None:
        return [m.span() for m in _PRODUCT_RX.finditer(text)]
    return [(start, end) for start, end, _i in found]


def _product_matches(text: str) -> list[tuple[int, int, int]] | None:
    """The matches of ``_PRODUCT_RX`` in the sentence ``text`` as (start, end, product number), found
    once per sentence of the page; None where only the alternation itself can tell (no literals to
    test, case folding the lower-cased text may not show, an empty match)."""
    scan = scan_of(text)
    got = scan.memo.get("product_matches", scan)
    if got is scan:
        got = scan.memo["product_matches"] = _matches_by_literals(scan)
    return got


def _matches_by_literals(scan) -> list[tuple[int, int, int]] | None:
    """The alternation takes, at the first place any product matches, the first product in order that
    matches there, and goes on after it: so does this, from each product's next match."""
    if _LITERALS_OF is None or scan.odd:
        return None
    text = scan.text
    short, long = _LITERALS_OF
    lower = scan.lower
    held = {i for x, i in short if x in lower}
    for head in scan.grams.intersection(long):
        held.update(i for x, i in long[head] if i not in held and x in lower)
    if not held:
        return []
    if len(held) == 1:  # (most sentences: one product, whose own matches are the alternation's)
        (i,) = held
        found = [(m.start(), m.end(), i) for m in _product_rx(i).finditer(text)]
        if any(s == e for s, e, _i in found):
            return None  # (an empty match: the alternation's own rules)
        return found
    # each held product's next match (its leftmost at or after ``pos``; None once it has no more)
    nxt = {i: _product_rx(i).search(text) for i in sorted(held)}
    out: list[tuple[int, int, int]] = []
    pos = 0
    while True:
        due = [(m.start(), i, m) for i, m in nxt.items() if m is not None]
        if not due:
            return out
        start, i, m = min(due)  # (the first place, and there the first product in order)
        if m.end() == start:  # an empty match (no product can be empty): the alternation's own rules
            return None
        out.append((start, m.end(), i))
        pos = m.end()
        for j, mj in nxt.items():
            if mj is not None and mj.start() < pos:
                nxt[j] = _product_rx(j).search(text, pos)


def _product_rx(i: int) -> re.Pattern:
    """Product ``i``'s own pattern, bound as in ``_PRODUCT_RX``: not inside a word, and no word after."""
    rx = _ONE_RX.get(i)
    if rx is None:
        rx = _ONE_RX[i] = re.compile(_PRODUCT_HEAD + "(?:" + _gate(PRODUCTS[i][0]) + r")(?![\w])", _I)
    return rx


def _literals_by_product() -> tuple[tuple[tuple[str, int], ...], dict[str, tuple[tuple[str, int], ...]]] | None:
    """(literal, product) for each literal one of which every match of the product holds: those under
    four characters, and the others by their first four; None where a product has none known."""
    short: list[tuple[str, int]] = []
    long: dict[str, list[tuple[str, int]]] = {}
    for i, (pattern, _) in enumerate(PRODUCTS):
        required = _required(pattern)
        if required is None:
            return None
        for x in required:
            if len(x) < 4:
                short.append((x, i))
            else:
                long.setdefault(x[:4], []).append((x, i))
    return tuple(short), {head: tuple(xs) for head, xs in long.items()}


_LITERALS_OF = _literals_by_product()
_ONE_RX: dict[int, re.Pattern] = {}  # each product's own pattern, by its number (``_product_rx``)


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
    got = _TIER_OF.get(joined, _UNKNOWN)  # (one lookup: a thread's clear between two would lose the key)
    if got is not _UNKNOWN:
        return got
    found = [t for t, words in _TIERS if any(w in joined for w in words)]
    if len(_TIER_OF) > 4096:  # (bounded; the gazetteer's sector lists are a few hundred)
        _TIER_OF.clear()
    got = _TIER_OF[joined] = min(found) if found else None
    return got


#: the tier of each sector list met, by the list joined and lower-cased: the pair admitter asks of the same
#: companies' sectors for each pair of a page (speed)
_TIER_OF: dict[str, int | None] = {}
_UNKNOWN = object()


def warm_up() -> None:
    """Compile the per-character product patterns of ``_products_at`` for the characters news text
    starts words with (others are still compiled on first use)."""
    for i in range(len(PRODUCTS)):
        _product_rx(i)  # (each product's own pattern, for _products_named)
    if _PRODUCT_START is None:
        return
    import string

    for ch in string.ascii_letters + string.digits + "ÀÁÂÄÇÈÉÊÍÎÓÔÖÚÜàáâäçèéêíîóôöúüß":
        if _PRODUCT_START.match(ch):
            _products_at(ch)
