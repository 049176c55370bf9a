"""Candidate pairs and their features, shared by the training script and the run-time component.

A candidate is an unordered pair of distinct companies named in one sentence; ``a`` is the one
mentioned first. Its text is the sentence with ``a``'s mentions replaced by ``[A]``, ``b``'s by
``[B]`` and other companies by ``[C]`` (cut to a window around the pair when the sentence is long);
the encoder embeds that text. Lexical features are a handful of cheap numbers. numpy only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..doc import Document, Mention
from ..relations.extractor import company_name, sentence_index

__all__ = ["Candidate", "candidates", "lexical", "CLASSES", "LANGS", "class_of", "decode_class", "N_LEX"]

LANGS = ("en", "it", "de", "fr", "es")
#: Pair classes: "none", the symmetric types, and each directed type in both directions
#: (``_ab``: the first-mentioned company is the source).
CLASSES = (
    "none",
    "supplies_ab", "supplies_ba",
    "partners_with", "joint_venture",
    "invests_in_ab", "invests_in_ba",
    "acquires_ab", "acquires_ba",
    "owns_ab", "owns_ba",
)
MAX_PAIRS = 8  # per sentence, nearest pairs first
WINDOW = 200  # characters of marked text kept around the pair


@dataclass(slots=True)
class Candidate:
    sentence: int
    a: str
    b: str
    text: str  # marked text that is embedded
    lex: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))


def class_of(rel_type: str, a_is_source: bool) -> str:
    if rel_type in ("partners_with", "joint_venture"):
        return rel_type
    return f"{rel_type}_{'ab' if a_is_source else 'ba'}"


def decode_class(cls: str, a: str, b: str) -> tuple[str, str, str] | None:
    """(type, source, target) of a class for the pair (a, b); None for "none"."""
    if cls == "none":
        return None
    if cls in ("partners_with", "joint_venture"):
        return cls, a, b
    typ, d = cls.rsplit("_", 1)
    return (typ, a, b) if d == "ab" else (typ, b, a)


N_LEX = len(LANGS) + 6


def lexical(lang: str | None, gap: int, n_companies: int, between: int, sent_len: int, a_first_pos: float) -> np.ndarray:
    v = np.zeros(N_LEX, dtype=np.float32)
    if lang in LANGS:
        v[LANGS.index(lang)] = 1.0
    k = len(LANGS)
    v[k] = math.log1p(max(gap, 0)) / 6.0
    v[k + 1] = min(n_companies, 8) / 8.0
    v[k + 2] = min(between, 4) / 4.0
    v[k + 3] = math.log1p(sent_len) / 7.0
    v[k + 4] = a_first_pos
    v[k + 5] = 1.0 if gap < 25 else 0.0
    return v


def candidates(doc: Document, per_sentence: list[list[Mention]] | None = None) -> list[Candidate]:
    """Every candidate pair of the document, in sentence order. Only sentences with at least two
    distinct company names yield any (so only those are ever embedded)."""
    if per_sentence is None:
        per_sentence = sentence_index(doc)
    out: list[Candidate] = []
    for i, sent in enumerate(doc.sentences):
        comps = [m for m in per_sentence[i] if m.label == "COMPANY" and company_name(m)]
        names: list[str] = []
        first: dict[str, int] = {}
        for m in comps:
            n = company_name(m)
            if n not in first:
                first[n] = m.start
                names.append(n)
        if len(names) < 2:
            continue
        text = doc.text[sent.start : sent.end]
        base = sent.start
        spans = sorted(((m.start - base, m.end - base, company_name(m)) for m in comps), key=lambda x: (x[0], -x[1]))
        # drop nested/overlapping spans
        clean: list[tuple[int, int, str]] = []
        for s, e, n in spans:
            if clean and s < clean[-1][1]:
                continue
            clean.append((s, e, n))
        pairs = []
        for x in range(len(names)):
            for y in range(x + 1, len(names)):
                pairs.append((abs(first[names[y]] - first[names[x]]), names[x], names[y]))
        pairs.sort(key=lambda p: p[0])
        for _dist, a, b in pairs[:MAX_PAIRS]:
            parts: list[str] = []
            pos = 0
            a_pos = b_pos = None
            between = 0
            for s, e, n in clean:
                parts.append(text[pos:s])
                mark = "[A]" if n == a else "[B]" if n == b else "[C]"
                cur = sum(len(p) for p in parts)
                if n == a and a_pos is None:
                    a_pos = cur
                if n == b and b_pos is None:
                    b_pos = cur
                parts.append(mark)
                pos = e
            parts.append(text[pos:])
            marked = " ".join("".join(parts).split())
            lo, hi = min(a_pos or 0, b_pos or 0), max(a_pos or 0, b_pos or 0)
            if len(marked) > WINDOW:
                pad = max(0, (WINDOW - (hi - lo)) // 2)
                marked = marked[max(0, lo - pad) : hi + 3 + pad]
            sa, ea = min((s, e) for s, e, n in clean if n == a)
            sb, eb = min((s, e) for s, e, n in clean if n == b)
            gap = max(sb - ea, sa - eb, 0)
            between = sum(1 for s, e, n in clean if n not in (a, b) and min(ea, eb) <= s < max(sa, sb))
            lex = lexical(doc.language, gap, len(names), between, len(text), sa / max(len(text), 1))
            out.append(Candidate(i, a, b, marked, lex))
    return out
