"""A learned status for the ties the pair admitter adds, read from the lexicon's status classes.

The admitter's ties are the rules' hard cases, and the rules' own status reading (``status_for`` at
the family's nearest trigger) gets about two in three of them right: a tie told as ended or
announced in a clause the trigger does not reach comes out "active". This head weighs, per status,
what ``status_for`` said, the nearest trigger's default status and type, where each of the lexicon's
status and local classes sits (before the pair, between, after), and the page's own hedges and
rumours; never the words. One multinomial logistic regression, trained by
``scripts/train_pair_admitter.py`` on the dev candidates that are gold ties; it is used only where its
weights ship (``pair_status.json``).
"""

from __future__ import annotations

import math

from ..relations.compiled import compiled
from ..scan.branch_gate import branch_gate
from ..scan.sentence_scan import SentenceScan

STATUSES = ("rumoured", "in_talks", "announced", "active", "ended", "denied")


def _place(pos: int, lo: int, hi: int) -> str:
    return "before" if pos < lo else ("between" if pos < hi else "after")


def status_features(lang: str, fam: str, text: str, lo: int, hi: int, cue, rule_status: str,
                    page_cues: frozenset[str]) -> list[str]:
    """Named features of one added tie: ``text`` its sentence, ``lo``/``hi`` the pair's span in it,
    ``cue`` the trigger its type came from (or None), ``rule_status`` what ``status_for`` read,
    ``page_cues`` the status classes found anywhere on the page."""
    lex = compiled(lang)
    out = ["bias", f"lang:{lang}", f"fam:{fam}", f"rule:{rule_status}", f"rule:{fam}:{rule_status}"]
    if cue is not None:
        out += [f"cue:{cue[1]}", f"default:{cue[5] or 'none'}", f"cueplace:{_place(cue[3], lo, hi)}"]
    else:
        out.append("cue:none")
    for group in (lex.status, lex.local):
        for key, rx in group.items():
            for m in rx.finditer(text):
                out.append(f"st:{key}:{_place(m.start(), lo, hi)}")
                out.append(f"st:{key}")
                break
    out.extend(f"page:{k}" for k in sorted(page_cues))
    return out


def page_status_cues(lang: str, text: str) -> frozenset[str]:
    """The page's hedges, rumours, talks, denials and ends (the lexicon's classes found in it). Asked
    for each tie the admitter adds, so the last page's answer is kept: one search per page."""
    global _LAST
    lex = compiled(lang)
    last = _LAST  # (read once: another thread may replace it meanwhile, never change it)
    if last[0] is lex and last[1] == text:  # (the lexicon itself, not its language: a recompiled one asks anew)
        return last[2]
    scan = SentenceScan(text)
    got = frozenset(k for k in _PAGE_KEYS if k in lex.status and found_in(lex.status[k], scan))
    _LAST = (lex, text, got)
    return got


_PAGE_KEYS = ("rumoured", "in_talks", "denied", "ended", "hedge", "condition")
#: the compiled lexicon, the text and the cues of the page asked last (one tuple, replaced whole)
_LAST: tuple = (None, None, frozenset())


def found_in(rx, scan) -> bool:
    """Whether ``rx`` matches anywhere in the text of ``scan`` (a ``SentenceScan``): ``rx.search``, but
    where the pattern is a list of alternatives only the branches whose literals the text holds are
    searched (``branch_gate``; a status class is some fifty branches, tried at every word of a whole
    page otherwise)."""
    gate = branch_gate(rx)
    if gate is not None:
        rx = gate.narrowed(rx, scan)
    return rx is not None and rx.search(scan.text) is not None


def predict(model: dict[str, tuple[float, dict[str, float]]], feats: list[str]) -> tuple[str, float]:
    """The likeliest status and its probability under ``model`` (status -> bias, named weights)."""
    z = {s: b + sum(w.get(f, 0.0) for f in feats) for s, (b, w) in model.items()}
    top = max(z.values())
    tot = sum(math.exp(v - top) for v in z.values())
    best = max(z, key=lambda s: (z[s], s))
    return best, 1.0 / tot
