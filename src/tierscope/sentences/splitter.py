"""A fast rule-based sentence splitter for news text in en/it/de/fr/es.

One regex pass finds every place a sentence could end (sentence punctuation before whitespace, a
line break); a few cheap checks on the words around each one decide. Blank lines always end a
sentence. A single line break ends one after a headline or short line, or when the next line opens a
new paragraph or a dateline; a wrapped line (the next line starts in lower case) continues the
sentence. A dateline ("MILANO, 3 marzo --", "BERLIN (dpa) -") is a sentence of its own, so the
body's first sentence starts with its subject. Text taken out of HTML has one paragraph per line,
so there a line without final punctuation ends a sentence whatever its length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates.lines import dateline_end
from ..dates.months import MONTHS
from .abbreviations import STARTERS, SUFFIXES, TITLES

__all__ = ["split_sentences", "split_range"]

_PARAGRAPH = re.compile(r"\n[ \t\u00a0\u200b]*\n\s*")
_CANDIDATE = re.compile(r"[.!?…]+['\"”’»)\]]*(?=\s)|\n")
_OPENERS = "\"'“‘«„‚([¿¡"
_CLOSERS = "'\"”’»)]"
_BULLET = re.compile(r"[-–—•*·▪►]\s|\d{1,2}[.)]\s")
# A line ending in one of these goes on in the next line.
_CONTINUES = ",;-–—(/&+"
_FUNCTION_WORDS = frozenset(
    """and or the of to a an with for from by in on at as its their
e o il la lo gli le di del della dei degli da con per tra fra su un una
und oder der die das den dem des ein eine einen mit für von zu im am
et ou les des du au aux une par pour avec sur en
y o los las del al con por para sobre entre una""".split()
)
_ALL_MONTHS = frozenset(name for table in MONTHS.values() for name in table)
# a single capital letter joined by a conjunction to another one before it: labels ("A y B", "C et D")
_LABEL_PAIR = re.compile(r"\b[A-Z]\s+(?:y|e|et|and|und|o|ou|or|ed)\s+$")
_ROMAN = re.compile(r"^[IVXLC]{2,6}$")  # regnal numbers: "Philipp IV. und", "Juan Carlos I."
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")


@lru_cache(maxsize=16)
def _abbreviations(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    if language in TITLES:
        return TITLES[language] | TITLES["en"], SUFFIXES[language] | SUFFIXES["en"]
    return frozenset().union(*TITLES.values()), frozenset().union(*SUFFIXES.values())


_WORD = re.compile(r"[\w'’]+")


def _next_word(text: str, pos: int, end: int) -> str:
    m = _WORD.match(text, pos, min(end, pos + 40))
    return m.group() if m else ""


def _opens_sentence(word: str) -> bool:
    """Is ``word`` one that typically opens a sentence, an elided article too ("L'acquéreur", "L'azienda": "l'"
    is the starter, whatever noun it is glued to)?"""
    key = word.lower().replace("’", "'")
    if key in STARTERS:
        return True
    cut = key.find("'")
    return cut > 0 and key[: cut + 1] in STARTERS


class _Splitter:
    def __init__(self, text: str, language: str | None, lines_are_paragraphs: bool = False):
        self.text = text
        self.language = language
        self.lines_are_paragraphs = lines_are_paragraphs
        self.titles, self.suffixes = _abbreviations(language)

    def _period_ends(self, word: str, next_char: str, next_word: str) -> bool:
        """After "<word>." with the next sentence starting at next_char: is this a boundary?"""
        w = word.lstrip(_OPENERS).lower()
        if "'" in w or "’" in w:
            w = re.split(r"['’]", w)[-1]  # elision: "l'ing." is "ing."
        if not w:
            return True
        if w in self.titles:
            return False
        if next_char.isdigit():
            # "No. 3", "Jan. 5", "in 2022. 2023 …": only a plain word before makes it an end
            return w.isalpha() and len(w) >= 3 and w not in self.suffixes
        if w.isdigit():
            if next_word.lower() in _ALL_MONTHS:
                return False  # "3. Mai", "1. Januar"
            if self.language == "de" and len(w) <= 3:
                return next_word.lower() in STARTERS  # German ordinals: "im 3. Quartal"
            return True
        if w in self.suffixes or (len(w) == 1 and w.isalpha()) or _INITIALS.match(w) or _ROMAN.match(word):
            # "Apple Inc. said" vs "… Apple Inc. The deal"; "J. P. Morgan"; "U.S."
            return _opens_sentence(next_word) and next_char not in _OPENERS
        return True

    def _punct_break(self, m: re.Match, par_end: int) -> bool:
        text = self.text
        pos = m.end()
        while pos < par_end and text[pos].isspace():
            pos += 1
        if pos >= par_end:
            return False  # the paragraph's end is a break anyway
        c = text[pos]
        if c.islower():
            return False
        if m.group().rstrip(_CLOSERS) != ".":
            return True  # "!", "?", "...", "…" before a capital, digit or quote
        # a period: look at the word in front of it
        start = m.start()
        lo = max(0, start - 80)  # a bounded look-back keeps the splitter linear in the text length
        word_start = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), text.rfind("\t", lo, start), lo - 1) + 1
        word = text[word_start:start]
        if len(word) == 1 and word.isupper() and _LABEL_PAIR.search(text, lo, word_start):
            return True  # "los segmentos A y B. Renault ...", "classes C et D. Le": a label, no initial
        np_ = pos
        while np_ < par_end and text[np_] in _OPENERS:
            np_ += 1
        return self._period_ends(word, c, _next_word(text, np_, par_end))

    def _newline_break(self, pos: int, par_start: int, par_end: int) -> bool:
        text = self.text
        line_start = text.rfind("\n", par_start, pos) + 1
        a = text[max(line_start, par_start) : pos].rstrip()
        b_start = pos + 1
        while b_start < par_end and text[b_start] in " \t\u00a0":
            b_start += 1
        if not a or b_start >= par_end:
            return False
        if a.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…"):
            return False  # decided by the punctuation rule
        b0 = text[b_start]
        if b0.islower():
            return False  # a wrapped line
        if _BULLET.match(text, b_start):
            return True
        if a[-1] in _CONTINUES:
            return False
        last = a[a.rfind(" ") + 1 :].lower()
        if last in _FUNCTION_WORDS:
            return False
        if a[-1] == ":" or len(a) < 60 or self.lines_are_paragraphs:
            return True  # a headline, a byline, a short line
        if (b0.isupper() or b0 == "(") and dateline_end(text[b_start : b_start + 160]):
            return True  # a long headline over the dateline that opens the article
        # a long line without final punctuation: wrapped prose if it has a wrapped line's width,
        # otherwise a whole paragraph (or a long headline) on its own line
        return len(a) > 100

    def split(self, start: int, end: int) -> list[tuple[int, int]]:
        text = self.text
        out: list[tuple[int, int]] = []
        par_start = start
        for pm in _PARAGRAPH.finditer(text, start, end):
            self._split_paragraph(par_start, pm.start(), out)
            par_start = pm.end()
        self._split_paragraph(par_start, end, out)
        return out

    def _split_paragraph(self, start: int, end: int, out: list[tuple[int, int]]) -> None:
        text = self.text
        cut = start
        for m in _CANDIDATE.finditer(text, start, end):
            if m.group() == "\n":
                if self._newline_break(m.start(), start, end):
                    self._emit(cut, m.start(), out)
                    cut = m.end()
            elif self._punct_break(m, end):
                self._emit(cut, m.end(), out)
                cut = m.end()
        self._emit(cut, end, out)

    def _at_line_start(self, pos: int) -> bool:
        """Datelines open a paragraph or a line, never a sentence in the middle of one."""
        j = pos - 1
        while j >= 0 and self.text[j] in " \t\u00a0":
            j -= 1
        return j < 0 or self.text[j] == "\n"

    def _emit(self, start: int, end: int, out: list[tuple[int, int]]) -> None:
        """Add a sentence; a dateline at its start becomes a sentence of its own."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        if start < end and (text[start].isupper() or text[start] == "(") and self._at_line_start(start):
            hit = dateline_end(text[start : min(end, start + 160)])
            # A weak dateline ("DETROIT —", but also "BMW - Neue Partnerschaft") is split off only
            # when what follows ends like a sentence, not like a headline.
            if hit and (hit[1] or text[start:end].rstrip()[-1:] in ".!?\"”»’"):
                _emit(text, start, start + hit[0], out)
                start += hit[0]
        _emit(text, start, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Add text[start:end] trimmed of whitespace, if it holds a letter or digit."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        piece = text[start:end]
        if any(ch.isalnum() for ch in piece):
            out.append((start, end))


def split_range(
    text: str, start: int, end: int, language: str | None, *, lines_are_paragraphs: bool = False
) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) offsets into ``text``. ``lines_are_paragraphs``
    is for text with one paragraph per line (what comes out of HTML)."""
    return _Splitter(text, language, lines_are_paragraphs).split(start, end)


def split_sentences(text: str, language: str | None = None, *, lines_are_paragraphs: bool = False) -> list[tuple[int, int]]:
    """Sentences of a whole text as (start, end) offsets."""
    return split_range(text, 0, len(text), language, lines_are_paragraphs=lines_are_paragraphs)
