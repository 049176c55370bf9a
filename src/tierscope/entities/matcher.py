"""Longest-match lookup of multi-token names over a token list.

Patterns are indexed by their first token's key, longest first, so one dict lookup per token finds
every candidate; a sentence costs about one lookup per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .text import TOKEN

__all__ = ["Token", "Candidate", "TokenMatcher", "tokenize", "token_key"]


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str


def token_key(token: str) -> str:
    # Case-folded but accent-sensitive: accent folding would make German "Über" match "Uber".
    # Accent-free spellings ("Citroen", "Skoda") are listed as aliases instead.
    return token.casefold()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    # One split keeps what lies between the tokens (spaces, hyphens): each token's offset is the
    # sum of the lengths before it. Faster than match objects, or than finding each word again.
    parts = _SPLIT(text[start:end])  # gap, token, gap, token, ..., gap
    out: list[Token] = []
    append = out.append
    rest = iter(parts)
    pos = start + len(next(rest))
    for word in rest:
        after = pos + len(word)
        append(Token(pos, after, word, word.casefold()))
        pos = after + len(next(rest))
    return out


_SPLIT = re.compile(f"({TOKEN.pattern})", TOKEN.flags).split


@dataclass(slots=True)
class Candidate:
    keys: tuple[str, ...]
    surfaces: tuple[str, ...]
    flag: str
    payload: Any
    capital: bool  # the alias starts with a capital: the text must too


class TokenMatcher:
    def __init__(self, patterns: Iterable[tuple[str, str, Any]]):
        index: dict[str, list[Candidate]] = {}
        for surface, flag, payload in patterns:
            toks = TOKEN.findall(surface)
            if not toks:
                continue
            cand = Candidate(
                keys=tuple(token_key(t) for t in toks),
                surfaces=tuple(toks),
                flag=flag,
                payload=payload,
                capital=toks[0][0].isupper(),
            )
            index.setdefault(cand.keys[0], []).append(cand)
        for cands in index.values():
            cands.sort(key=lambda c: -len(c.keys))
        self._index = index
        #: Keys that start some pattern: a cheap test before ``candidates``.
        self.first_keys = frozenset(index)
        # The same candidates by what a match needs at once: the first two keys of a longer
        # pattern, the key of a one-word one (each list in the index's order, longest first).
        by_pair: dict[tuple[str, ...], list[Candidate]] = {}
        singles: dict[str, list[Candidate]] = {}
        for cands in index.values():
            for cand in cands:
                if len(cand.keys) > 1:
                    by_pair.setdefault(cand.keys[:2], []).append(cand)
                else:
                    singles.setdefault(cand.keys[0], []).append(cand)
        self._by_pair, self._singles = by_pair, singles
        #: Keys that are a whole pattern, and the first two keys of the longer ones: ``candidates``
        #: finds nothing at a token whose key is in neither with the next token's key.
        self.single_keys = frozenset(singles)
        self.first_pairs = frozenset(by_pair)

    def candidates(self, tokens: list[Token], i: int) -> list[tuple[int, Candidate]]:
        """Every pattern matching at token ``i``, as (token count, candidate), longest first.
        Case rules are applied here; context rules (flag ``?``/``@``) are the caller's."""
        first = tokens[i]
        n_tokens = len(tokens)
        # longer patterns are only those whose second key is the next token's (they all come
        # before the one-word patterns in the index's order, so the order is the same)
        longer = self._by_pair.get((first.key, tokens[i + 1].key), ()) if i + 1 < n_tokens else ()
        out = []
        for cand in longer:
            keys = cand.keys
            n = len(keys)
            if i + n > n_tokens:
                continue
            if n > 2:  # the keys after the first two (a loop: cheaper than a generator for two or three)
                k = 2
                while k < n and tokens[i + k].key == keys[k]:
                    k += 1
                if k < n:
                    continue
            if cand.flag:  # exact case for every flagged alias
                if first.text != cand.surfaces[0] or any(tokens[i + k].text != cand.surfaces[k] for k in range(1, n)):
                    continue
            elif cand.capital and not (first.text[0].isupper() or first.text[0].isdigit()):
                continue
            out.append((n, cand))
        for cand in self._singles.get(first.key, ()):
            if cand.flag:
                if first.text != cand.surfaces[0]:
                    continue
            elif cand.capital and not (first.text[0].isupper() or first.text[0].isdigit()):
                continue
            out.append((1, cand))
        return out

    def singles(self, key: str) -> list[Candidate]:
        """The one-word patterns with this key, whatever their case rules."""
        return self._singles.get(key, [])

    def genitive(self, tokens: list[Token], i: int) -> list[Candidate]:
        """One-token, unflagged names followed by an attached "s" ("Teslas", "BMWs"): the German
        genitive, and English plurals that still name the company. Only when the base is known."""
        tok = tokens[i]
        if not tok.key.endswith("s") or not tok.text[0].isupper():
            return []
        if len(tok.key) < 4 and not (len(tok.text) == 3 and tok.text[:2].isupper() and tok.text[2] == "s"):
            return []  # two capitals and a small "s" are an acronym's genitive ("VWs Zulieferer", "GMs Werk")
        cands = self._index.get(tok.key[:-1], ())
        return [c for c in cands if len(c.keys) == 1 and c.flag in ("", "=")
                and (c.flag == "" or tok.text[:-1] == c.surfaces[0])]
