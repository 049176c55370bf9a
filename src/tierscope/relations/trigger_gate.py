"""The triggers a sentence may fire: its trigger prefixes and required literals, found from the set
of the sentence's four-character pieces (speed).

Each sentence used to test every trigger prefix of its language (about 200, ``p in lower`` each) and
then the required literals of each trigger they let through (``prefilter.any_in``). Most prefixes
are four characters long: such a prefix is in a sentence exactly when it is one of the sentence's
four-character pieces, so one set intersection finds them all; the few shorter ones are tested as
before. A required literal of four characters or more is in the sentence only if its first four
are one of the pieces: a trigger none of whose literals' heads is there is skipped at once; the
others get the exact test. The triggers searched, and so the extraction, are the same.
"""

from __future__ import annotations

from ..scan.prefilter import any_in
from ..scan.sentence_scan import SentenceScan

__all__ = ["search_orders"]


class _Index:
    """A lexicon's trigger prefixes and required literals, sorted for the four-character test."""

    __slots__ = ("lex", "long", "short", "heads")

    def __init__(self, lex):
        self.lex = lex
        self.long = frozenset(p for p in lex.trigger_prefix_all if len(p) == 4)
        self.short = tuple(p for p in lex.trigger_prefix_all if len(p) != 4)
        # (a literal under four characters leaves the trigger to the exact test alone)
        self.heads = [frozenset(x[:4] for x in req) if req and all(len(x) >= 4 for x in req) else None
                      for req in lex.trigger_required]


_INDEX: dict[str, _Index] = {}


def _index(lex) -> _Index:
    got = _INDEX.get(lex.lang)
    if got is None or got.lex is not lex:
        got = _INDEX[lex.lang] = _Index(lex)
    return got


def search_orders(lex, scan: SentenceScan) -> list[int]:
    """The triggers (their order in ``lex.triggers``) to search in a sentence (``scan``: its
    lower-cased text, odd case folding and four-character pieces), in their order: those with no
    prefix or one of whose prefixes is in it, and, unless the sentence has a character of odd case
    folding, one of whose required literals is in it: the same as testing each trigger's prefixes
    (``lex.trigger_prefixes``) and then ``any_in`` on its ``lex.trigger_required``, which
    tests/perf/test_fast_paths.py checks."""
    idx = _index(lex)
    lower, odd, grams = scan.lower, scan.odd, scan.grams
    orders = set(lex.trigger_always)
    by_prefix = lex.trigger_by_prefix
    for p in idx.long & grams:
        orders.update(by_prefix[p])
    for p in idx.short:
        if p in lower:
            orders.update(by_prefix[p])
    if odd:
        return sorted(orders)
    required, heads = lex.trigger_required, idx.heads
    out = []
    for o in sorted(orders):
        req = required[o]
        if req is not None:
            h = heads[o]
            if (h is not None and h.isdisjoint(grams)) or not any_in(req, lower):
                continue
        out.append(o)
    return out
