"""The triggers a sentence may fire: its trigger prefixes and required literals, found from the set
of the sentence's four-character pieces (speed).

Each sentence used to test every trigger prefix of its language (about 200, ``p in lower`` each) and
then the required literals of each trigger they let through (``prefilter.any_in``). Most prefixes
are four characters long: such a prefix is in a sentence exactly when it is one of the sentence's
four-character pieces, so one set intersection finds them all; the few shorter ones are tested as
before. A required literal of four characters or more is in the sentence only if its first four
are one of the pieces: a trigger none of whose literals' heads is there is skipped at once; the
others get the exact test. The triggers searched, and so the extraction, are the same.

Each literal and prefix is tested once a sentence, not once for each trigger that has it: the index
(``_Index``) keeps, under the first four characters of each, the bit mask of the triggers that have
it; one intersection with the sentence's pieces gives the entries to read, and the triggers that pass
both tests are the bits set in both masks (where each trigger let through by its literals' heads used
to be asked for its prefixes and its literals in turn: some 40% more time a sentence).

The answer is kept in the sentence's scan (``SentenceScan.memo``) for the page: the relation stage asks
first, and the admitters, which search the same sentences' triggers again for their features, read it
instead of walking the index a second time.
"""

from __future__ import annotations

from ..scan.sentence_scan import SentenceScan, scan_of

__all__ = ["frame_patterns", "search_orders"]


class _Index:
    """A lexicon's trigger prefixes and required literals as bit masks over its triggers (bit ``o``: the
    trigger of order ``o``), read by the first four characters of each literal and prefix (``table``):
    one set intersection with the sentence's pieces finds the entries to read. ``long`` and ``short``
    (the prefixes by length) serve the sentences of odd case folding."""

    __slots__ = ("lex", "long", "short", "table", "keys", "short_literals", "short_prefixes", "unread", "always")

    def __init__(self, lex):
        self.lex = lex
        self.long = frozenset(p for p in lex.trigger_prefix_all if len(p) == 4)
        self.short = tuple(p for p in lex.trigger_prefix_all if len(p) != 4)
        # (each literal and prefix once, with the triggers that have it: a literal many triggers share is
        # tested once a sentence, where each trigger tested it again)
        literals = _masks((x, o) for o, req in enumerate(lex.trigger_required) if req for x in req)
        prefixes = _masks((x, o) for o, pre in enumerate(lex.trigger_prefixes) if pre for x in pre)
        heads: dict[str, list[tuple[str, int]]] = {}
        for x in sorted(literals):
            if len(x) >= 4:
                heads.setdefault(x[:4], []).append((x, literals[x]))
        # a piece -> (the literals of four characters or more that start with it, the triggers it is a prefix of)
        self.table = {g: (tuple(heads.get(g, ())), prefixes.get(g, 0) if len(g) == 4 else 0)
                      for g in sorted(set(heads) | {p for p in prefixes if len(p) == 4})}
        self.keys = frozenset(self.table)
        # (literals and prefixes of another length: tested on each sentence, in full)
        self.short_literals = tuple((x, literals[x]) for x in sorted(literals) if len(x) < 4)
        self.short_prefixes = tuple((p, prefixes[p]) for p in sorted(prefixes) if len(p) != 4)
        # the triggers no required literal is known of (they pass that test), and those with no known prefix
        self.unread = _mask(o for o, req in enumerate(lex.trigger_required) if req is None)
        self.always = _mask(lex.trigger_always)


def _masks(pairs) -> dict[str, int]:
    """{literal: the bit mask of the triggers (orders) it is paired with}."""
    out: dict[str, int] = {}
    for x, o in pairs:
        out[x] = out.get(x, 0) | (1 << o)
    return out


def _mask(orders) -> int:
    out = 0
    for o in orders:
        out |= 1 << o
    return out


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
    # (every literal and prefix whose first four characters are a piece of the sentence, each tested once;
    # the triggers that hold one in full pass: the same as each trigger's own tests. The masks are only
    # or-ed together, so the order in which the set gives the pieces changes nothing)
    table = idx.table
    found, starts = idx.unread, idx.always
    for piece in idx.keys & grams:
        literals, prefixed = table[piece]
        starts |= prefixed  # (a prefix of four characters is in the sentence exactly when it is a piece)
        for x, bits in literals:
            if x in lower:
                found |= bits
    for x, bits in idx.short_literals:
        if bits & ~found and x in lower:
            found |= bits
    need = found & ~starts
    if need:
        for p, bits in idx.short_prefixes:
            if bits & need and p in lower:
                starts |= bits
                need &= ~bits
    passed = found & starts
    out = []
    while passed:
        low = passed & -passed
        out.append(low.bit_length() - 1)  # (lowest bit first: the orders ascending)
        passed ^= low
    return out


# per language and tuple of frames: (its lexicon, the orders of the triggers of those frames)
_BY_FRAMES: dict[tuple[str, tuple[str, ...]], tuple[object, tuple[int, ...]]] = {}


def frame_patterns(lex, text: str, frames: tuple[str, ...]) -> list:
    """The patterns of the triggers of ``frames`` that may match in ``text``, in the lexicon's order: those
    ``search_orders`` lets through (every one of them where the text's case folding is odd, which the
    gate reads by its prefixes alone). A frame that asks whether a deal verb stands in some stretch of its
    sentence searches these few, not every trigger of the lexicon (speed). A search of any stretch of the
    text, ``rx.search(text, a, b)``, by a trigger the gate leaves out finds nothing: what such a search
    matches starts with one of the trigger's prefixes and holds one of its required literals, and both
    then are in the text."""
    key = (lex.lang, frames)
    got = _BY_FRAMES.get(key)
    if got is None or got[0] is not lex:
        got = _BY_FRAMES[key] = (lex, tuple(o for o, (_rx, trig) in enumerate(lex.triggers) if trig["frame"] in frames))
    triggers = lex.triggers
    scan = scan_of(text)
    if scan.odd:
        return [triggers[o][0] for o in got[1]]
    passed = _passing(lex, scan)
    return [triggers[o][0] for o in got[1] if o in passed]


def _passing(lex, scan: SentenceScan) -> frozenset[int]:
    """``search_orders`` of the sentence as a set, kept in its scan as the list is."""
    key = ("trigger_set", lex.lang)
    got = scan.memo.get(key)
    if got is None or got[0] is not lex:
        got = scan.memo[key] = (lex, frozenset(search_orders(lex, scan)))
    return got[1]
