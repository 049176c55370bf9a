"""Subheadings inside a story: a short line with no closing punctuation between paragraphs ("Joint
ventures running, Arizona on track", "Bestehende Kunden, ein verlorener"). A new section goes back to
the story's subject, so a description that states nothing ("The company's three joint ventures ...")
after one is the story's topic, not the company that opened the last sentence before it.
"""

from __future__ import annotations

__all__ = ["heading_between"]

_CLOSING = tuple(".!?:;\"'»”’)…")
_MAX_WORDS = 12


def heading_between(text: str, sentences, lo: int, hi: int) -> bool:
    """Is one of the sentences strictly between indices ``lo`` and ``hi`` a subheading?"""
    for k in range(lo + 1, hi):
        s = text[sentences[k].start : sentences[k].end].strip()
        if s and not s.endswith(_CLOSING) and len(s.split()) <= _MAX_WORDS:
            return True
    return False
