"""The page's lower-cased text, worked out once per page, and the gate words it holds (speed).

Many rule modules walk every sentence of a page and first ask whether the sentence holds one of
their gate words (``any(w in lower for w in _STEMS)``). A word the whole page lacks is in none of
its sentences, so each module asks the page once (``present``) and then its sentences only about
the words the page holds: mostly none, and the sentence test ends at once. (``str.lower`` maps each
character on its own, but for the Greek final sigma, which no gate word holds: a sentence's
lower-cased text is a piece of the page's.)
"""

from __future__ import annotations

from .prefilter import any_in, odd_case, required_of

__all__ = ["page_lower", "page_may_search", "page_odd", "present"]

_LAST: list = [None, "", {}]  # [the last page's text, its lower-cased form, its ``present`` answers]


def page_lower(text: str) -> str:
    """``text.lower()``, remembered for the last page asked about (every module asks of the same page)."""
    if _LAST[0] is not text:
        _LAST[:] = [text, text.lower(), {}]
    return _LAST[1]


def present(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The ``words`` (lower-case) that the page ``text`` holds, in their order (worked out once per
    page and tuple of words: a module may ask for each of its sentences)."""
    lower = page_lower(text)
    answers = _LAST[2]
    got = answers.get(id(words))
    if got is None or got[0] is not words:
        got = answers[id(words)] = (words, tuple(w for w in words if w in lower))
    return got[1]


def page_odd(text: str) -> bool:
    """``prefilter.has_odd_case`` of the page ``text``, worked out once per page."""
    page_lower(text)
    answers = _LAST[2]
    got = answers.get("odd")
    if got is None:
        got = answers["odd"] = odd_case(text)
    return got


def page_may_search(rx, text: str) -> bool:
    """``prefilter.may_search(rx, text, text.lower())`` for a whole page: False only where ``rx`` has no
    match in it (a cheap test before a search of a whole page that mostly finds nothing)."""
    required = required_of(rx)
    return required is None or any_in(required, page_lower(text)) or page_odd(text)
