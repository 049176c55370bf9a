"""The triggers a sentence may fire: its trigger prefixes and required literals, found from the set
of the sentence's four-character pieces (speed).

Each sentence used to test every trigger prefix of its language (about 200, ``p in lower`` each) and
then the required literals of each trigger they let through (``prefilter.any_in``). Most prefixes
are four characters long: such a prefix is in a sentence exactly when it is one of the sentence's
four-character pieces, so one set intersection finds them all; the few shorter ones are tested as
before. A required literal of four characters or more is in the sentence only if its first four
are one of the pieces: a trigger none of whose literals' heads is there is skipped at once; the
others get the exact test. The triggers searched, and so the extraction, are the same.

The walk starts from that last test: short prefixes such as "a", "the" or "der" let some 30 to 40
triggers of a sentence through, where the heads of the required literals let through 17 to 22 (those
under the sentence's pieces, and the few whose literals are shorter or unknown); only those are then
asked for a prefix and for their literals in full.

The answer is kept in the sentence's scan (``SentenceScan.memo``) for the page: the relation stage asks
first, and the admitters, which search the same sentences' triggers again for their features, read it
instead of walking the index a second time.
"""

from __future__ import annotations

from ..scan.prefilter import any_in
from ..scan.sentence_scan import SentenceScan

__all__ = ["search_orders"]


class _Index:
    """A lexicon's trigger prefixes and required literals, sorted for the four-character test, and the
    triggers by the first four characters of their required literals (``by_head``)."""

    __slots__ = ("lex", "long", "short", "heads", "by_head", "head_keys", "headless", "always", "prefixes")

    def __init__(self, lex):
        self.lex = lex
        self.long = frozenset(p for p in lex.trigger_prefix_all if len(p) == 4)
        self.short = tuple(p for p in lex.trigger_prefix_all if len(p) != 4)
        # (a literal under four characters leaves the trigger to the exact test alone)
        self.heads = [frozenset(x[:4] for x in req) if req and all(len(x) >= 4 for x in req) else None
                      for req in lex.trigger_required]
        by_head: dict[str, list[int]] = {}
        for o, h in enumerate(self.heads):
            for head in h or ():
                by_head.setdefault(head, []).append(o)
        self.by_head = {head: tuple(os) for head, os in by_head.items()}
        self.head_keys = frozenset(by_head)
        self.headless = frozenset(o for o, h in enumerate(self.heads) if h is None)
        self.always = frozenset(lex.trigger_always)
        # each trigger's prefixes: (those of four characters, the others)
        self.prefixes = [(frozenset(x for x in p if len(x) == 4), tuple(x for x in p if len(x) != 4)) if p is not None else None
                         for p in lex.trigger_prefixes]  # (an empty tuple: no prefix can pass)


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
    tests/perf/test_fast_paths.py checks. Kept in ``scan.memo`` for the next ask of the page."""
    key = ("trigger_orders", lex.lang)
    got = scan.memo.get(key)
    if got is not None and got[0] is lex:
        return list(got[1])
    out = _search_orders(lex, scan)
    scan.memo[key] = (lex, tuple(out))
    return out


def _search_orders(lex, scan: SentenceScan) -> list[int]:
    idx = _index(lex)
    lower, odd, grams = scan.lower, scan.odd, scan.grams
    if odd:
        orders = set(lex.trigger_always)
        by_prefix = lex.trigger_by_prefix
        for p in idx.long & grams:
            orders.update(by_prefix[p])
        for p in idx.short:
            if p in lower:
                orders.update(by_prefix[p])
        return sorted(orders)
    # (the same answer from the other end: the triggers one of whose required literals' first four
    # characters is a piece of the sentence, and those whose literals say nothing of the pieces, are the
    # only ones that can pass; a sentence holds a few of them, where some 30 pass the prefix test)
    by_head = idx.by_head
    candidates = set(idx.headless)
    for head in idx.head_keys & grams:
        candidates.update(by_head[head])
    required, always, prefixes = lex.trigger_required, idx.always, idx.prefixes
    out = []
    for o in sorted(candidates):
        if o not in always:
            long, short = prefixes[o]
            if long.isdisjoint(grams) and not any_in(short, lower):
                continue  # (none of its prefixes is in the sentence)
        req = required[o]
        if req is not None and not any_in(req, lower):
            continue
        out.append(o)
    return out
