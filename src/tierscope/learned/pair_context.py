"""Context of a candidate pair for the pair admitter, read from the lexicon's classes, never the words.

The first features of ``pair_features`` say which triggers a sentence holds and where; what they miss
are the shapes journalists use to tell a tie the frames do not read:

* a clause boundary between the two names (a comma, a semicolon, a colon, a parenthesis, a relative
  pronoun after a comma): the further apart in clauses, the less one clause ties them;
* a list of coordinated names ("customers including A, B and C"): two members of one list are seldom
  tied to each other, and where the rules tied a third company to one member, the others of its list
  often share that tie (list propagation);
* goods named near a name or between the two (the product list, the lexicon's goods nouns): a supply
  is told through its goods;
* a name as the sentence's subject (at its start, before its first trigger) or a trigger right after a
  name (its verb) or right before it;
* the lexicon's "choose", "among" and "one of" classes around the pair ("picked Y as its new
  supplier", "talks with several makers, among them A and B").

Each feature is a string with a short group prefix (``GROUPS``), so the trainer can weigh the groups
one at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Mention
from ..relations.compiled import compiled
from ..relations.engine import company_name
from ..relations.products import product_spans

#: the prefixes of the context features, one per group
GROUPS = ("cl", "ls", "lq", "gd", "sj", "cn", "lx")

#: a relative pronoun opening a clause after a comma, by language
_REL = {
    "en": r"which|who|whose|that",
    "it": r"che|cui|il quale|la quale|i quali|le quali",
    "de": r"der|die|das|dem|den|deren|dessen|welche[rsmn]?",
    "fr": r"qui|que|qu'|dont|lequel|laquelle|lesquels|lesquelles",
    "es": r"que|quien|quienes|cuyo|cuya|el cual|la cual|los cuales|las cuales",
}
_ARTICLES = re.compile(r"^\s*(?:(?:the|a|an|il|la|lo|l'|i|gli|le|der|die|das|le|les|el|los|las|un|una|une|ein|eine)\s+)?$",
                       re.IGNORECASE)
_NEAR = 40


@lru_cache(maxsize=None)
def _rel_rx(lang: str) -> re.Pattern:
    return re.compile(r",\s*(?:" + _REL.get(lang, "which|who") + r")\b", re.IGNORECASE)


def clause_features(lang: str, between: str) -> list[str]:
    """The clause boundaries in the text between the two names."""
    commas = between.count(",")
    out = [f"cl:commas:{min(commas, 3)}"]
    for mark, name in ((";", "semi"), (":", "colon"), ("(", "paren"), (" – ", "dash"), (" - ", "dash")):
        if mark in between:
            out.append(f"cl:{name}")
    if _rel_rx(lang).search(between):
        out.append("cl:rel")
    return out


def coordinated_lists(lang: str, text: str, mentions: list[Mention]) -> dict[int, int]:
    """Mention start (in the sentence) -> list id, for the names joined only by the lexicon's
    coordination ("A, B and C"); a name in no list is absent."""
    coord = compiled(lang).coord
    ms = sorted(mentions, key=lambda m: m.start)
    out: dict[int, int] = {}
    lid = 0
    for x, y in zip(ms, ms[1:]):
        gap = text[x.end:y.start]
        if x.end <= y.start and gap and coord.match(gap) and company_name(x) != company_name(y):
            if x.start not in out:
                lid += 1
                out[x.start] = lid
            out[y.start] = out[x.start]
    return out


@dataclass(slots=True)
class SentenceMarks:
    """What one sentence holds, found once for all its pairs: the goods' spans and the lexicon
    classes' starts."""

    goods: list[tuple[int, int]]
    classes: list[tuple[str, int]]


def sentence_marks(lang: str, text: str) -> SentenceMarks:
    """The goods (the product list, the lexicon's goods nouns) and the "choose", "among" and "one of"
    classes of the lexicon in ``text``."""
    lex = compiled(lang)
    goods = product_spans(text)
    if lex.goods_noun is not None:
        goods += [m.span() for m in lex.goods_noun.finditer(text)]
    classes = []
    for name in ("choose", "among", "one_of"):
        rx = getattr(lex, name)
        if rx is not None:
            classes += [(name, m.start()) for m in rx.finditer(text) if m.end() > m.start()]
    return SentenceMarks(sorted(goods), classes)


def goods_near(marks: SentenceMarks, lo: int, hi: int) -> bool:
    """Whether goods are named wholly inside ``[lo, hi)`` of the sentence."""
    return any(lo <= g0 and g1 <= hi for g0, g1 in marks.goods)


def name_features(role: str, text: str, m0: int, m1: int, cues: list[tuple], marks: SentenceMarks) -> list[str]:
    """A name as subject, and the triggers right before and after it (offsets in the sentence)."""
    out = []
    if _ARTICLES.match(text[:m0]):
        out.append(f"sj:{role}:first")
    first_cue = min((c[3] for c in cues), default=None)
    if first_cue is not None:
        out.append(f"sj:{role}:{'precue' if m1 <= first_cue else 'postcue'}")
    for cfam, _, _, t0, t1, _ in cues:
        if 0 <= t0 - m1 <= 30:
            out.append(f"cn:{cfam}:{role}:right")
        if 0 <= m0 - t1 <= 30:
            out.append(f"cn:{cfam}:{role}:left")
    if goods_near(marks, m0 - _NEAR, m0):
        out.append(f"gd:{role}:before")
    if goods_near(marks, m1, m1 + _NEAR):
        out.append(f"gd:{role}:after")
    return out


def lexicon_classes(marks: SentenceMarks, lo: int, hi: int) -> list[str]:
    """Where the lexicon's "choose", "among" and "one of" classes sit around the pair (``lo``, ``hi``:
    the first name's start, the second name's end)."""
    return [f"lx:{name}:{'before' if at < lo else ('between' if at < hi else 'after')}" for name, at in marks.classes]
