"""A stricter literal test for a long list of alternatives, branch by branch (speed).

A status cue is some fifty ways of saying one thing ("denied": "denies", "rejected the reports",
"no truth", ...), each a branch of one pattern. ``prefilter.required_of`` keeps one set of literals
per pattern, one of which every match holds: for such a list that is the union of one literal per
branch, and a common word of a single branch ("no", "stake", "compra") lets most sentences through
to a search that then finds nothing. Each branch, though, needs *all* of its literal runs: "sold its
stake" holds "sold its" and "stake". ``BranchGate.may`` asks, per branch, for every one of them,
and answers a branch that has no literal of four characters or more by its own search (a small
pattern, fast), so that a sentence passes only where some branch may match in full.

Sound: ``may`` is False only where the whole pattern has no match in the sentence (every branch's
literal runs are read from the parsed pattern as ``prefilter`` reads them, and a branch that has
none is searched as it stands). A text with odd case folding (``prefilter.odd_case``) always passes.

``BranchGate.narrowed`` goes one step further for a sentence that passes: the pattern made of only the
branches that may match there, in their order. A list of fifty alternatives, each behind a word
boundary, is tried branch by branch at every word of the sentence (some 200-300 µs a sentence for
the report cues); the few branches left are searched in a few µs. The matches are the same: a
branch whose literals are not all in the sentence matches nowhere in it, so at no position does
dropping it change which alternative matches first.
"""

from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as C

from .prefilter import _lead, _seq_required, literal_runs

__all__ = ["BranchGate", "branch_gate", "long_gate"]


def _clauses(items) -> list[frozenset[str]]:
    """Sets of lower-case literals, each of which some literal of must be in every match of the parsed
    sequence ``items`` (all sets at once: a conjunction). Items read as ``prefilter._seq_required`` reads
    them: a run of literal characters; a group, a repeat of at least once, a lookaround (its text is in
    the sentence too) add their own sets; an alternation its ``_seq_required`` union."""
    out: list[frozenset[str]] = []
    for run, item in literal_runs(items):
        if item is None:
            if run:
                out.append(frozenset((run,)))
            break
        op, av = item
        if run:
            # (the run goes on into each alternative's leading literals: "n(?:o|iente)" holds "no" or "niente")
            out.append(frozenset(run + _lead(alt) for alt in av[1]) if op is C.BRANCH else frozenset((run,)))
        if op is C.BRANCH:
            alts = [_seq_required(alt) for alt in av[1]]
            if all(alts):
                out.append(frozenset().union(*alts))
        elif op is C.SUBPATTERN:
            out.extend(_clauses(av[-1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            out.extend(_clauses(av[2]))
        elif op is C.ASSERT:
            out.extend(_clauses(av[1]))
    # (a literal that holds a shorter one of its set adds nothing: "nothing" beside "no")
    return [frozenset(x for x in c if not any(y != x and y in x for y in c)) for c in out if c and "" not in c]


def _branches(parsed) -> list[list]:
    """The top-level branches of a parsed pattern, each with the items the parser factored out before
    and after the alternation ("\\b(?:a|b)" parses as "\\b" then a branch): one per alternative."""
    items = list(parsed.data)
    at = [i for i, (op, _av) in enumerate(items) if op is C.BRANCH]
    if len(at) != 1:
        return [items]
    i = at[0]
    return [items[:i] + list(alt) + items[i + 1 :] for alt in items[i][1][1]]


def _uses_groups(items) -> bool:
    """Whether a parsed sequence refers back to a group (a branch searched alone could not)."""
    for op, av in items:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return True
        if op is C.BRANCH and any(_uses_groups(alt) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and _uses_groups(av[-1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and _uses_groups(av[2]):
            return True
        if op in (C.ASSERT, C.ASSERT_NOT) and _uses_groups(av[1]):
            return True
    return False


class BranchGate:
    """Per branch of a pattern, its literal sets (``_clauses``); the branches keyed by the first four
    characters of the literals of one set of long ones (``heads``), the others searched alone
    (``searched``)."""

    __slots__ = ("clauses", "heads", "keys", "searched", "_searched_at", "_build_parts", "_narrowed")

    def __init__(self, clauses, heads, searched, searched_at=(), parts=None):
        self.clauses = clauses
        self.heads = heads
        self.keys = frozenset(heads)
        self.searched = searched
        # (the branch each pattern of ``searched`` stands for, and what ``narrowed`` builds its patterns
        # from: the parsed pattern's state and flags, the items before and after its alternation, its
        # alternatives; None where the gate was made without them)
        self._searched_at = searched_at
        self._build_parts = parts
        self._narrowed: dict[tuple[int, ...], re.Pattern] = {}

    def may(self, scan) -> bool:
        """False only where the pattern has no match in the sentence of ``scan`` (a ``SentenceScan``)."""
        if scan.odd:
            return True
        for rx in self.searched:
            if rx.search(scan.text) is not None:
                return True
        for _ in self._open_branches(scan):
            return True
        return False

    def _open_branches(self, scan):
        """The branches (by index) reached through the sentence's four-character pieces each of whose
        literal sets has a literal in the sentence, each once, lazily (``may`` stops at the first)."""
        lower = scan.lower
        seen = set()
        for head in scan.grams & self.keys:
            for b in self.heads[head]:
                if b in seen:
                    continue
                seen.add(b)
                for clause in self.clauses[b]:
                    for x in clause:
                        if x in lower:
                            break
                    else:
                        break  # (a set none of whose literals is here: the branch cannot match)
                else:
                    yield b

    def narrowed(self, rx: re.Pattern, scan) -> re.Pattern | None:
        """``rx`` (the pattern this gate was built from) with only the branches that may match in the
        sentence of ``scan``, in their order: the same matches, found faster; None where no branch may
        match; ``rx`` itself for a text of odd case folding or a gate made without its parts."""
        if scan.odd or self._build_parts is None:
            return rx
        text = scan.text
        keep = [b for b, srx in zip(self._searched_at, self.searched) if srx.search(text) is not None]
        keep.extend(self._open_branches(scan))
        if not keep:
            return None
        key = tuple(sorted(keep))
        got = self._narrowed.get(key)
        if got is None:
            if len(self._narrowed) >= _NARROWED_KEPT:
                self._narrowed.clear()  # (bounded: a long run meets many combinations, each compiled once again)
            got = self._narrowed[key] = _compile_branches(self._build_parts, key)
        return got


#: the narrowed patterns a gate keeps (each a few branches; most sentences meet one of a few dozen)
_NARROWED_KEPT = 512


def _compile_branches(parts, keep: tuple[int, ...]) -> re.Pattern:
    """The pattern of the alternatives ``keep`` (their indices, in order) of a parsed alternation, with the
    items before and after it."""
    state, flags, before, alternatives, after = parts
    chosen = [alternatives[i] for i in keep]
    middle = list(chosen[0]) if len(chosen) == 1 else [(C.BRANCH, (None, chosen))]
    return _compiler.compile(_parser.SubPattern(state, before + middle + after), flags)


# keyed by id(): (the pattern, its gate or None)
_GATES: dict[int, tuple[re.Pattern, BranchGate | None]] = {}


def branch_gate(rx: re.Pattern) -> BranchGate | None:
    """The gate of a pattern, worked out once; None where it would test nothing stricter (a pattern
    of one branch, or one that refers back to a group)."""
    got = _GATES.get(id(rx))
    if got is None or got[0] is not rx:
        got = _GATES[id(rx)] = (rx, _build(rx))
    return got[1]


#: a pattern of this many branches or more is worth testing branch by branch before its search
#: (``long_gate``): the search of a long list costs some 30-120 µs a sentence, its branches' literals a few;
#: a short pattern's search costs no more than the test
LONG = 8


def long_gate(rx: re.Pattern) -> BranchGate | None:
    """``branch_gate`` of a pattern of ``LONG`` branches or more, else None (a pattern with fewer '|'
    has fewer branches: not parsed); worked out once per pattern."""
    got = _LONG.get(id(rx))
    if got is None or got[0] is not rx:
        gate = branch_gate(rx) if rx.pattern.count("|") + 1 >= LONG else None
        got = _LONG[id(rx)] = (rx, gate if gate is not None and len(gate.clauses) >= LONG else None)
    return got[1]


# keyed by id(): (the pattern, its ``long_gate`` or None)
_LONG: dict[int, tuple[re.Pattern, BranchGate | None]] = {}


def _build(rx: re.Pattern) -> BranchGate | None:
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover
        return None
    if _uses_groups(parsed.data):
        return None
    branches = _branches(parsed)
    if len(branches) < 2:
        return None
    clauses: list[list[frozenset[str]]] = []
    heads: dict[str, list[int]] = {}
    searched = []
    searched_at = []
    for i, items in enumerate(branches):
        sets = _clauses(items)
        clauses.append(sets)
        long_sets = [c for c in sets if min(map(len, c)) >= 4]
        if long_sets:
            # (keyed by the set of fewest literals: the fewest branches to test for a sentence)
            key = min(long_sets, key=len)
            for head in {x[:4] for x in key}:
                heads.setdefault(head, []).append(i)
            continue
        try:
            searched.append(_compiler.compile(_parser.SubPattern(parsed.state, items), rx.flags))
        except Exception:  # pragma: no cover
            return None
        searched_at.append(i)
    data = list(parsed.data)
    at = next(i for i, (op, _av) in enumerate(data) if op is C.BRANCH)
    parts = (parsed.state, rx.flags, data[:at], list(data[at][1][1]), data[at + 1 :])
    return BranchGate(clauses, {h: tuple(bs) for h, bs in heads.items()}, tuple(searched), tuple(searched_at), parts)
