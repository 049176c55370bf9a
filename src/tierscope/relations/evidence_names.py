"""The company mentions the extractor's post-filters compare with one relation's evidence.

Each filter that checks how a relation's two parties are named in its evidence (``co_suppliers``,
``unit_owners``, ``sold_units``, ``fellow_holders``, ``venture_parents``) asks the same two things: the
page's company mentions that name a company and cover some text, and those of them that start inside
the evidence. Kept in one place so the filters read the same mentions; ``drop_relations`` is the loop the
filters that only drop relations of some types share (``possessed_lists``, ``talks_partners``, ``fellow_holders``,
``participle_buyers``), and ``drop_supplies`` its form for supplies (``brand_parties``, ``passing_names``,
``sold_goods``, ``co_suppliers``' two filters, ``unit_owners``); ``redirect_supplies`` is the loop of
those that give a supply other parties, turned round or to another company (``owner_appositions``,
``clitic_subjects``, ``relative_roles``); ``sentence_evidence`` is a whole sentence as evidence, as the
extractor and the readers that tie a pair by a sentence's words alone give it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Callable

from ..doc import Document, Evidence, Mention, Relation

__all__ = ["bracketed_aliases", "drop_relations", "drop_supplies", "in_evidence", "named_companies", "redirect_supplies",
           "sentence_evidence"]


class _Companies(list):
    """A page's company mentions with their starts, where these are in order (``in_evidence`` then
    takes a relation's by bisection rather than a walk over the page's mentions: speed)."""

    __slots__ = ("starts",)


def named_companies(doc: Document) -> list[Mention]:
    """The page's COMPANY mentions with a canonical name and a non-empty span, in the page's order.
    (Worked out once per page: a dozen filters ask of the same page, whose mentions the relation stage
    reads and never changes; the list is shared, so callers only read it.)"""
    global _LAST
    mentions = doc.mentions
    last = _LAST  # one read: another thread may replace _LAST, never change the tuple
    if last[0] is doc and last[1] is mentions and last[2] == len(mentions or ()):
        return last[3]
    out = _Companies(m for m in mentions or () if m.label == "COMPANY" and m.canonical and m.end > m.start)
    starts = [m.start for m in out]
    out.starts = starts if all(a <= b for a, b in zip(starts, starts[1:])) else None
    _LAST = (doc, mentions, len(mentions or ()), out)
    return out


# (the page, its mention list, how many mentions it held, its named companies) of the last page asked about
_LAST: tuple = (None, None, 0, None)


def bracketed_aliases(text: str, companies: list[Mention]) -> frozenset[int]:
    """Ids of the mentions that only repeat, in brackets, the company named right before them: "Électricité
    de France (EDF)", "Contemporary Amperex (CATL)". A filter that asks how each mention of a party is
    named reads the full name's phrase; the short form in brackets stands in no phrase of its own."""
    out = set()
    for prev, m in zip(companies, companies[1:]):
        if prev.canonical == m.canonical and _OPEN_BRACKET.fullmatch(text, prev.end, m.start) \
                and text[m.end : m.end + 1] in (")", "]"):
            out.add(id(m))
    return frozenset(out)


_OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")


def in_evidence(companies: list[Mention], evidence: Evidence) -> list[Mention]:
    """Those of ``companies`` that start inside ``evidence``, in the order given."""
    starts = getattr(companies, "starts", None)
    if starts is not None:
        # (sorted by start: those inside the evidence are the run between its two ends, in their order)
        return companies[bisect_left(starts, evidence.start) : bisect_left(starts, evidence.end)]
    return [m for m in companies if evidence.start <= m.start < evidence.end]


def drop_relations(
    relations: list[Relation], doc: Document, types: tuple[str, ...],
    drop: Callable[[str, list[Mention], Relation], bool],
) -> list[Relation]:
    """``relations`` less those of ``types`` for which ``drop(page text, companies in the evidence, relation)``
    holds, the others kept in their order."""
    if not any(r.type in types for r in relations):
        return relations
    companies = named_companies(doc)
    text = doc.text
    return [r for r in relations if r.type not in types or not drop(text, in_evidence(companies, r.evidence), r)]


def drop_supplies(
    relations: list[Relation], doc: Document, drop: Callable[[str, list[Mention], Relation], bool]
) -> list[Relation]:
    """``relations`` less the supplies for which ``drop(page text, companies in the evidence, relation)`` holds."""
    return drop_relations(relations, doc, ("supplies",), drop)


def redirect_supplies(
    relations: list[Relation], doc: Document,
    parties: Callable[[str, list[Mention], Relation], tuple[str, str] | None],
) -> list[Relation]:
    """``relations`` with each supply for which ``parties(page text, companies in the evidence, relation)``
    gives other (source, target) given those; one whose new parties are missing, the same company, or a
    supply the list holds already (or gained earlier in the loop) is dropped. The others are kept in
    their order."""
    if not any(r.type == "supplies" for r in relations):
        return relations
    companies = named_companies(doc)
    text = doc.text
    have = {(r.source, r.target) for r in relations if r.type == "supplies"}
    out = []
    for r in relations:
        new = parties(text, in_evidence(companies, r.evidence), r) if r.type == "supplies" else None
        if new is None or new == (r.source, r.target):
            out.append(r)
            continue
        if not new[0] or not new[1] or new[0] == new[1] or new in have:
            continue
        have.add(new)
        out.append(replace(r, source=new[0], target=new[1]))
    return out


def sentence_evidence(doc: Document, sent) -> Evidence:
    """The sentence ``sent`` as evidence, the spaces around it left out."""
    raw = doc.text[sent.start : sent.end]
    s = sent.start + len(raw) - len(raw.lstrip())
    e = sent.end - (len(raw) - len(raw.rstrip()))
    return Evidence(text=doc.text[s:e], start=s, end=e)
