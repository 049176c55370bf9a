"""The ``SentenceSplitter`` component: sentences of the main text, never inside page furniture and
never across stories."""

from __future__ import annotations

from ..doc import Document, Sentence
from .splitter import split_range, split_sentences

__all__ = ["SentenceSplitter", "split_sentences", "split_range", "text_segments"]


def text_segments(
    length: int, stories: list[tuple[int, int]], boilerplate: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """(start, end, story) pieces of the text: each story with the furniture cut out."""
    stories = stories or [(0, length)]
    furniture = sorted(boilerplate)
    out = []
    for index, (s, e) in enumerate(stories):
        cur = s
        for bs, be in furniture:
            if be <= cur or bs >= e:
                continue
            if bs > cur:
                out.append((cur, bs, index))
            cur = max(cur, be)
        if cur < e:
            out.append((cur, e, index))
    return out


class SentenceSplitter:
    name = "tierscope.sentences.v1"
    requires = ("text", "boilerplate", "stories", "language")
    produces = ("sentences",)

    def warm_up(self) -> None:
        pass  # rules only; nothing to load

    def __call__(self, doc: Document) -> Document:
        # Text the cleaner took out of HTML has one paragraph per line; plain text may be wrapped.
        from_html = doc.html is not None
        doc.sentences = [
            Sentence(s, e, story)
            for start, end, story in text_segments(len(doc.text), doc.stories, doc.boilerplate)
            for s, e in split_range(doc.text, start, end, doc.language, lines_are_paragraphs=from_html)
        ]
        return doc
