"""The company a story is about: the first it names that it names again and again.

Filing-style news tells a holder's share with no company named, pages after the headline named it:

    "Norvik: Corvalis lance une offre. [...] Amundi a franchi le seuil de 5 % du capital."
    "Norvik taglia le stime. [...] Tikehau, che detiene il 20% della società, aderirà all'offerta."

The share is of the company the story is about: the first company its headline and text name that
they name three times or more, counting its descriptions ("the company", "la società") the entity
stage resolved. A headline set apart as a story of its own (three sentences at most, right before)
counts with the story. Funds and holdings (the gazetteer's sector "investor") are passed over: news of
a fund names the companies it holds, and the buyer of a takeover is often one ("KKR lancia un'OPA su
Eurogroup"). Holders the caller has read already are passed over too.
"""

from __future__ import annotations

from collections import Counter

from ..doc import Document, Mention
from ..entities.gazetteer import gazetteer
from .known_roles import gazetteer_name
from .engine import company_name as _name

__all__ = ["story_counts", "story_topic"]

_CACHE: dict[int, tuple[Document, dict[int, Counter]]] = {}


def _counts(doc: Document, per_sentence: list[list[Mention]]) -> dict[int, Counter]:
    """Per story: how often each company is named (left-out subjects not counted)."""
    hit = _CACHE.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    counts: dict[int, Counter] = {}
    for sent, mentions in zip(doc.sentences, per_sentence):
        c = counts.setdefault(sent.story, Counter())
        for m in mentions:
            if m.label == "COMPANY" and not m.attrs.get("implied") and (n := _name(m)):
                c[n] += 1
    _CACHE.clear()  # one document at a time
    _CACHE[id(doc)] = (doc, counts)
    return counts


def _investor(name: str) -> bool:
    entry = gazetteer().entry(gazetteer_name(name))
    return entry is not None and "investor" in entry.sectors


def story_counts(doc: Document, per_sentence: list[list[Mention]], i: int) -> Counter:
    """How often the story of sentence ``i`` (with a headline set apart before it) names each company,
    in the order they were first named; funds and holdings (the gazetteer's "investor") left out."""
    all_counts = _counts(doc, per_sentence)
    story = doc.sentences[i].story
    counts: Counter = Counter()
    if story > 0 and sum(1 for s in doc.sentences if s.story == story - 1) <= 3:
        counts.update(all_counts.get(story - 1, Counter()))  # a headline set apart
    counts.update(all_counts.get(story, Counter()))
    for name in [n for n in counts if _investor(n)]:
        del counts[name]
    return counts


def story_topic(doc: Document, per_sentence: list[list[Mention]], i: int, besides: set[str]) -> str | None:
    """The company the story of sentence ``i`` is about, none of ``besides`` (the holders), or None."""
    counts = story_counts(doc, per_sentence, i)
    for name in counts:  # (a Counter keeps the order names were first counted in)
        if counts[name] >= 3 and name not in besides:  # (funds and holdings are left out of the counts)
            return name
    return None
