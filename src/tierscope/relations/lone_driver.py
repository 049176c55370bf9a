"""The walk the lone_* readers share: a tie told with one party alone in its sentence, the other left to
the reader as the story's topic or the company the sentence before is about.

lone_deals.py, lone_contracts.py, lone_makers.py and lone_partnerships.py each read one way of telling
such a tie ("the agreement with Y", "a supply contract with Y", "the chargers come from Y", "the
partnership with Y"). What they share is set up here once: which sentences (lone_makers.lone_sentences:
after the page's first, naming a company, holding a literal of the reader's patterns), who the other
party is (lone_makers.counterpart) and the status of the sentence (engine.status_for). Each module keeps
only its party reader (which names the sentence gives, and the trigger) and what it builds of a pair.
"""

from __future__ import annotations

from typing import Callable, Iterator, NamedTuple

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .known_roles import belongs_to
from .lone_makers import counterpart, lone_sentences, story_context

__all__ = ["Lone", "lone_pairs", "lone_party", "related", "with_status"]


class Lone(NamedTuple):
    """One sentence whose party reader found its party, and the other party the story gives."""

    i: int  # the sentence's index
    sent: object  # the sentence
    text: str  # its text
    comps: list  # its named companies
    reading: object  # what the module's reader returned (its party, its trigger)
    other: str  # the other party: the story's topic or the company of the sentence before
    origin: int  # the other party's sentence
    sectors: object  # the page's sectors (lone_makers.story_context), for a reader that weighs the chain


def lone_party(comps: list[Mention]) -> str | None:
    """The sentence's one company, its parent in an apposition aside ("Y, a unit of Z"); None when it
    names another."""
    party = _name(comps[0])
    if any(_name(c) != party and not belongs_to(party, _name(c)) for c in comps):
        return None
    return party


def related(a: str, b: str) -> bool:
    """Whether one of the two companies belongs to the other's group: no tie between them is told."""
    return belongs_to(a, b) or belongs_to(b, a)


def lone_pairs(doc: Document, per_sentence: list[list[Mention]], patterns, read: Callable, names: Callable,
               upstream: bool | None = None, trials: bool = False) -> Iterator[Lone]:
    """A ``Lone`` for each sentence that may hold one of ``patterns`` where ``read(sent, text, comps)``
    finds a reading (None: not told here) and ``counterpart`` finds the other party of ``names(reading)``
    (``upstream`` as counterpart's; ``trials`` as lone_sentences')."""
    topics, sectors = story_context(doc, per_sentence)
    for i, sent, text, comps in lone_sentences(doc, per_sentence, patterns, trials=trials):
        reading = read(sent, text, comps)
        if reading is None:
            continue
        found = counterpart(doc, per_sentence, i, names(reading), topics, sectors, upstream=upstream)
        if found is None:
            continue
        yield Lone(i, sent, text, comps, reading, found[0], found[1], sectors)


def with_status(lex, pair: Lone, lo: int, hi: int, spans, found: Callable):
    """(sentence, other party's sentence, ``found(status, its confidence)``) with the status told in
    ``pair.text[lo:hi]`` around the party ``spans``; None where status_for drops the assertion."""
    status, dconf = engine.status_for(lex, pair.text, lo, hi, "active", spans)
    if status is None:
        return None
    return pair.i, pair.origin, found(status, dconf)
