"""Tiny local helpers: Documents with hand-made sentences (the real splitter is another stage)."""

from __future__ import annotations

import re

from tierscope.doc import Document, Mention, Sentence
from tierscope.entities import EntityRecognizer

_RECOGNIZER = EntityRecognizer()


def make_doc(text: str, language: str, story_starts: tuple[int, ...] = ()) -> Document:
    """Sentences end at ., ! or ? followed by a space or the end; stories start at the given
    sentence indices."""
    sentences, start = [], 0
    for m in re.finditer(r"[.!?](?=\s|$)", text):
        word = text[: m.start()].split()[-1] if text[: m.start()].split() else ""
        nxt = text[m.end() : m.end() + 2].strip()[:1]
        if m.group() == "." and (len(word) == 1 or "." in word or (nxt and not nxt.isupper())):
            continue  # "C.", "S.p.A.", "N.V.", "500 Mio. €"
        sentences.append(Sentence(start, m.end()))
        start = m.end() + 1
    if text[start:].strip():
        sentences.append(Sentence(start, len(text)))
    for i, s in enumerate(sentences):
        s.story = sum(1 for b in story_starts if i >= b)
    return Document(id="t", source="test", text=text, language=language, sentences=sentences)


def run(text: str, language: str, story_starts: tuple[int, ...] = ()) -> Document:
    return _RECOGNIZER(make_doc(text, language, story_starts))


def spans(doc: Document, label: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in doc.mentions if m.label == label]


def first(doc: Document, label: str, text: str) -> Mention:
    return next(m for m in doc.mentions if m.label == label and m.text == text)
