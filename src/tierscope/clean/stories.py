"""Split a page into stories: separator lines (``---``, ``***``, ``* * *``) or a new headline that
comes with its own byline or dateline start a new story (after a blank line, or right after a finished
sentence where the page has no blank lines between its blocks). Relations are never paired across stories,
so a round-up page of unrelated items does not link their companies."""

from __future__ import annotations

import re

from ..dates.lines import date_line, is_byline, starts_with_dateline
from .boilerplate import is_prose, line_spans

__all__ = ["find_stories", "SEPARATOR"]

SEPARATOR = re.compile(r"^\s*(?:[-_=~*#•·+]\s*){3,}$")


def _headline(line: str) -> bool:
    return 0 < len(line) < 200 and line[-1] not in ".:;," and line.count(" ") < 25 and (line[0].isupper() or line[0].isdigit())


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def find_stories(text: str, boilerplate: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each story; one range covering the text when the page has one story."""
    spans = line_spans(text)
    lines = [text[s:e].strip() for s, e in spans]
    n = len(lines)
    cuts: list[tuple[int, int]] = []  # (end of previous story, start of next story)
    has_prose = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if _inside(boilerplate, *spans[i]):
            continue
        if SEPARATOR.match(line):
            if has_prose:
                cuts.append((spans[i][0], spans[i][1]))
                has_prose = False
            continue
        if has_prose and i > 0 and _after_break(lines[i - 1]) and _headline(line) and _opens_story(lines, i + 1):
            cuts.append((spans[i][0], spans[i][0]))
            has_prose = False
            continue
        has_prose = has_prose or is_prose(line)
    if not cuts:
        return [(0, len(text))]
    bounds = [0] + [c for cut in cuts for c in cut] + [len(text)]
    stories = []
    for start, end in zip(bounds[::2], bounds[1::2]):
        raw = text[start:end]
        start, end = start + len(raw) - len(raw.lstrip()), end - len(raw) + len(raw.rstrip())
        if start < end and not SEPARATOR.match(text[start:end]):
            stories.append((start, end))
    return stories or [(0, len(text))]


#: the end of a finished sentence, maybe in quotes: « ... ». / "..." / ...)
_SENTENCE_END = re.compile(r"[.!?…][\s\"'’”»)]*$")


def _after_break(previous: str) -> bool:
    """May a headline start right after this line? After a blank line; or, where the page's blocks come
    with no blank line between them (HTML round-ups), after a line that ends a sentence: a headline is
    never the end of the prose before it. The date line after it (``_opens_story``) still decides."""
    return not previous or _SENTENCE_END.search(previous) is not None


def _opens_story(lines: list[str], i: int) -> bool:
    """Is one of the next two non-blank lines a byline, a date line or a dateline?"""
    seen = 0
    while i < len(lines) and seen < 2:
        line = lines[i]
        i += 1
        if not line:
            continue
        seen += 1
        if is_byline(line) or date_line(line, None) or starts_with_dateline(line):
            return True
    return False
