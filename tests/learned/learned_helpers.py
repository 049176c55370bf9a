"""Pages for the learned parts' tests, written without the pipeline so that a test controls exactly
which companies each sentence names (sentences and companies are the tests' own, invented)."""

from __future__ import annotations

import re

from tierscope.doc import Document, Mention, Sentence


def page(sentences: list[str], companies: list[tuple[str, list[str]]], lang: str = "en",
         refs: dict[str, str] | None = None) -> Document:
    """Sentences joined by a space; every occurrence of a name is a gazetteer mention with its sectors;
    ``refs``: a phrase that points back to a company (a coreference mention)."""
    text = " ".join(sentences)
    d = Document(id="t", source="test", text=text, language=lang)
    pos = 0
    for i, sent in enumerate(sentences):
        d.sentences.append(Sentence(start=pos, end=pos + len(sent)))
        for name, sectors in companies:
            for m in re.finditer(re.escape(name), sent):
                d.mentions.append(Mention(start=pos + m.start(), end=pos + m.end(), text=name, label="COMPANY",
                                          canonical=name, sentence=i, source="gazetteer",
                                          attrs={"known": True, "sectors": sectors}))
        for phrase, name in (refs or {}).items():
            for m in re.finditer(re.escape(phrase), sent):
                d.mentions.append(Mention(start=pos + m.start(), end=pos + m.end(), text=phrase, label="COMPANY",
                                          canonical=name, sentence=i, source="coref", attrs={}))
        pos += len(sent) + 1
    d.mentions.sort(key=lambda m: m.start)
    return d
