"""Regex prefilters for the lexicon's patterns: what a match must start with, found by reading the
parsed pattern. ``_gate`` adds a lookahead on the possible first characters (Python's regex engine
then skips most positions at once); ``_prefixes`` gives the literal starts the extractor looks for in
a sentence before it runs a trigger at all.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def first_chars(items) -> tuple[set[str] | None, bool]:
    """Possible first characters of a parsed regex sequence (None: any), and whether it can be empty."""
    from re import _constants as C

    out: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            out.add(chr(av))
            return out, False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < 64:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    return None, False
            return out, False
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                f, n = first_chars(alt)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            if not nullable:
                return out, False
            continue
        if op is C.SUBPATTERN:
            f, n = first_chars(av[-1])
            if f is None:
                return None, False
            out |= f
            if not n:
                return out, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            f, n = first_chars(av[2])
            if f is None:
                return None, False
            out |= f
            if av[0] > 0 and not n:
                return out, False
            continue
        return None, False
    return out, True


def _seq_prefixes(items, k: int) -> set[str] | None:
    """Lower-case strings (at most ``k`` characters) one of which starts every match of a parsed
    regex sequence; shorter ones where the analysis stops early. None: no such set is known."""
    from re import _constants as C

    out = {""}
    for op, av in items:
        if all(len(p) >= k for p in out):
            break
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width
        if op is C.LITERAL:
            out = {p + chr(av).lower() if len(p) < k else p for p in out}
            continue
        if op is C.IN:
            chars = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav).lower())
                elif iop is C.RANGE and iav[1] - iav[0] < 8:
                    chars.update(chr(c).lower() for c in range(iav[0], iav[1] + 1))
                else:
                    return out if out != {""} else None
            if len(out) * len(chars) > 256:
                break
            out = {p + c if len(p) < k else p for p in out for c in chars}
            continue
        sub = None
        if op is C.BRANCH:
            sub = set()
            for alt in av[1]:
                got = _seq_prefixes(alt, k)
                if got is None:
                    sub = None
                    break
                sub |= got
        elif op is C.SUBPATTERN:
            sub = _seq_prefixes(av[-1], k)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            sub = _seq_prefixes(av[2], k)
        if sub is None or len(out) * len(sub) > 256:
            break
        out = {(p + q)[:k] for p in out for q in sub}
        break  # what follows a group is not followed further
    return None if "" in out else out


def _prefixes(pattern: str, k: int = 4) -> tuple[str, ...] | None:
    try:
        from re import _parser

        got = _seq_prefixes(_parser.parse(pattern, _I), k)
    except Exception:  # pragma: no cover
        return None
    return tuple(sorted(got)) if got else None


def _gate(pattern: str) -> str:
    """Prefix a trigger pattern with a lookahead on its possible first characters: Python's regex
    engine then skips most positions at once (about three times faster on news text)."""
    try:
        from re import _parser

        first, nullable = first_chars(_parser.parse(pattern, _I))
    except Exception:  # pragma: no cover - an exotic pattern: keep it as written
        return pattern
    if first is None or nullable or not first:
        return pattern
    chars = {c for ch in first for c in (ch.lower(), ch.upper())}
    cls = "".join(re.escape(c) for c in sorted(chars))
    return f"(?=[{cls}])(?:{pattern})"


def _literal_char(op, av) -> str | None:
    """The lower-case character a parsed item matches (a literal, or a class of one letter in both
    cases: "[Aa]"), where plain ``str.lower`` agrees with the regex engine's case folding; else None."""
    from re import _constants as C

    if op is C.LITERAL:
        chars = {chr(av)}
    elif op is C.IN and av and all(iop is C.LITERAL for iop, _ in av):
        chars = {chr(iav) for _, iav in av}
    else:
        return None
    lows = {c.lower() for c in chars}
    if len(lows) != 1:
        return None
    low = lows.pop()
    if len(low) != 1 or not _PLAIN_FOLD.fullmatch(low) or any(c.lower() != low or _ODD_TEXT.search(c) for c in chars):
        return None
    return low


def literal_runs(items):
    """Walk a parsed regex sequence: (run, item) for each item that is no literal character, ``run`` the
    lower-case literal characters (``_literal_char``) right before it; last (run, None) for the run that
    ends the sequence. ``_seq_required`` and ``branch_gate._clauses`` read a sequence so, each keeping
    what it needs of the runs and the items between them."""
    run = ""
    for op, av in items:
        ch = _literal_char(op, av)
        if ch is not None:
            run += ch
            continue
        yield run, (op, av)
        run = ""
    yield run, None


def _seq_required(items, behind: bool = True, wide: bool = False) -> set[str] | None:
    """Lower-case strings one of which is in every match of a parsed regex sequence (anywhere in it,
    or in what a lookaround checks; with ``behind`` False, not in what a lookbehind checks, which may
    lie before a search's start); None: no such set is known. Up to 48 literals, each tested alone; with
    ``wide``, up to 160 where all have four characters or more, as a long list of alternatives has (see
    ``wide_literals_of``)."""
    from re import _constants as C

    best: set[str] | None = None

    def consider(cand: set[str] | None) -> None:
        nonlocal best
        if not cand or "" in cand or len(cand) > (160 if wide and min(map(len, cand)) >= 4 else 48):
            return
        if best is None or (min(map(len, cand)), -len(cand)) > (min(map(len, best)), -len(best)):
            best = cand

    for run, item in literal_runs(items):
        if item is None:
            consider({run} if run else None)
            break
        op, av = item
        if run and op is C.BRANCH:
            # the run goes on into each alternative's own leading literals: "n(?:iente|ulla|o)", as the
            # parser factors "niente|nulla|no", holds "niente", "nulla" or "no", not only "n"
            consider({run + _lead(alt) for alt in av[1]})
        consider({run} if run else None)
        if op is C.BRANCH:
            alts = [_seq_required(alt, behind, wide) for alt in av[1]]
            if all(a is not None for a in alts):
                consider(set().union(*alts))
        elif op is C.SUBPATTERN:
            consider(_seq_required(av[-1], behind, wide))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            consider(_seq_required(av[2], behind, wide))
        elif op is C.ASSERT and (behind or av[0] == 1):
            consider(_seq_required(av[1], behind, wide))
    return best


def _lead(items) -> str:
    """The lower-case literal characters a parsed regex sequence starts with (``_literal_char``), up to
    its first item of another kind; "" where it starts with none."""
    out = ""
    for op, av in items:
        ch = _literal_char(op, av)
        if ch is None:
            break
        out += ch
    return out


def _required(pattern: str, flags: int = _I) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of ``pattern`` (compiled with ``flags``)
    contains: a sentence whose lower-case form holds none of them has no match, unless it has a
    character of ``_ODD_TEXT`` (see ``has_odd_case``)."""
    try:
        from re import _parser

        got = _seq_required(_parser.parse(pattern, flags))
    except Exception:  # pragma: no cover
        return None
    if not got:
        return None
    # a literal that holds a shorter one adds nothing ("controlled" beside "control")
    return tuple(sorted(x for x in got if not any(y != x and y in x for y in got)))


def may_match(required: tuple[str, ...] | None, text: str, lower: str) -> bool:
    """False only where no match of the pattern whose ``_required`` literals are ``required`` can
    be in ``text`` (``lower`` is ``text.lower()``)."""
    if required is None:
        return True
    for x in required:
        if x in lower:
            return True
    return has_odd_case(text)


#: characters whose ``str.lower`` differs from the regex engine's case folding, or that the engine
#: folds together with another letter ("ſ" with "s", "ı" and "İ" with "i", Greek and Cyrillic
#: variants): in a text with one of them, "literal in text.lower()" may miss a match.
#: tests/perf/test_fast_paths.py recomputes the list from the running Python.
_ODD_TEXT = re.compile(
    "[\u00b5\u0130\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c\u03a0\u03a1\u03a3\u03a6"
    "\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6"
    "\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422\u042a\u0432\u0434\u043e\u0441\u0442\u044a"
    "\u0462\u0463\u1c80-\u1c88\u1e60\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb05\ufb06]")
#: literal characters whose case folding plain ``str.lower`` reproduces (with ``_ODD_TEXT`` absent)
_PLAIN_FOLD = re.compile(r"[^\W\d_]|[0-9 %$€&'’,.\-/]")


def odd_case(text: str) -> bool:
    """Whether ``text`` holds a character of ``_ODD_TEXT``, worked out afresh."""
    return not text.isascii() and _ODD_TEXT.search(text) is not None


def has_odd_case(text: str) -> bool:
    """``odd_case(text)``, remembered for the last few hundred texts (the same sentence is asked
    about for many patterns)."""
    if text.isascii():
        return False
    got = _ODD_SEEN.get(text)
    if got is None:
        if len(_ODD_SEEN) > 512:
            _ODD_SEEN.clear()
        got = _ODD_SEEN[text] = odd_case(text)
    return got


_ODD_SEEN: dict[str, bool] = {}


def any_in(literals: tuple[str, ...], lower: str) -> bool:
    for x in literals:
        if x in lower:
            return True
    return False


# keyed by id(): a pattern's own hash reads its whole compiled code each time; the pattern is kept
# in the value, so its id stays its own
_REQUIRED_OF: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def required_of(rx: re.Pattern) -> tuple[str, ...] | None:
    """``_required`` of a compiled pattern, worked out once per pattern."""
    got = _REQUIRED_OF.get(id(rx))
    if got is None or got[0] is not rx:
        got = _REQUIRED_OF[id(rx)] = (rx, _required(rx.pattern, rx.flags))
    return got[1]


def wide_literals_of(rx: re.Pattern) -> dict[str, tuple[str, ...]] | None:
    """For a pattern with no ``required_of`` literals (a long list of alternatives: a status cue's
    fifty ways to say a tie ended): literals of four characters or more, up to 160, one of which every
    match holds, by their first four characters; None where there are none such. A sentence holds
    one only where its first four characters are one of the sentence's four-character pieces: one set
    test finds the few to test (``sentence_scan.SentenceScan.may``), where testing each literal alone
    would cost about as much as the search."""
    try:
        from re import _parser

        got = _seq_required(_parser.parse(rx.pattern, rx.flags), wide=True)
    except Exception:  # pragma: no cover
        return None
    if not got or min(map(len, got)) < 4:
        return None
    got = {x for x in got if not any(y != x and y in x for y in got)}  # ("controlled" beside "control")
    out: dict[str, list[str]] = {}
    for x in sorted(got):
        out.setdefault(x[:4], []).append(x)
    return {head: tuple(xs) for head, xs in out.items()}


def warm_up(patterns) -> None:
    """Work out ``required_of`` for every compiled pattern in ``patterns`` (a dict, list or tuple of
    them, nested), at start-up rather than on the first sentence that asks."""
    values = patterns.values() if isinstance(patterns, dict) else patterns
    for v in values:
        if isinstance(v, re.Pattern):
            required_of(v)
        elif isinstance(v, (dict, list, tuple)):
            warm_up(v)


def may_search(rx: re.Pattern, text: str, lower: str) -> bool:
    """False only where ``rx`` has no match in ``text`` (``lower`` is ``text.lower()``): a cheap
    test before a search over a whole sentence that mostly finds nothing. (``may_match`` of
    ``required_of(rx)`` written out: it is asked some 300,000 times per 400 pages.)"""
    got = _REQUIRED_OF.get(id(rx))
    required = got[1] if got is not None and got[0] is rx else required_of(rx)
    if required is None:
        return True
    for x in required:
        if x in lower:
            return True
    return has_odd_case(text)
