"""Whose interview is it, when the page names its head by a bare title: the company the page is about.

The title finders of interview.py and interview_words.py read "the chief executive of X", "X-Chef",
"l'amministratore delegato di X". Many interviews name the head by a bare title and the company apart:
"Brenner Leichtmetall aus Soest baut Batteriegehäuse ... Geschäftsführerin Annette Brenner über ...",
"Saturno Thermal Systems, il freddo ... L'amministratrice delegata Elena Morra:", "Julien Ferrand (Verkor) :",
"Verkor's co-founder and chief executive talks about ...". In an interview the answers speak for the company
the whole page is about, so when no title names it, it is the company the introduction (the sentences before
the first question) names most, counting its references back; the whole page breaks a tie.
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Mention

__all__ = ["is_question", "lead_end", "page_company"]

_MAX_LEAD = 40  # sentences: a saved page's menus and cookie banner come before the introduction


def is_question(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] ends in a question mark (closing quotes aside): the interviewer's."""
    return text[start:end].rstrip(" \t\"»”'").endswith("?")


def lead_end(text: str, sentences) -> int:
    """The index of the first question (a sentence ending in "?" after the headline), or the cap."""
    for i, s in enumerate(sentences[:_MAX_LEAD]):
        if i >= 2 and is_question(text, s.start, s.end):
            return i
    return min(_MAX_LEAD, len(sentences))


def page_company(text: str, sentences, companies: dict[int, list[Mention]]) -> Mention | None:
    """The company the introduction names most (its references back, "la empresa", "le fabricant grenoblois",
    counted: in the answers the company is "we", not its name), ties broken by the whole page; None on a tie."""
    in_lead: Counter = Counter()
    on_page: Counter = Counter()
    first: dict[str, Mention] = {}
    end = lead_end(text, sentences)
    for s_index in sorted(companies):
        for m in companies[s_index]:
            if not m.canonical or m.attrs.get("implied") or _speaker(text, m):
                continue
            if s_index < end:
                in_lead[m.canonical] += 1
                if m.source != "coref":
                    first.setdefault(m.canonical, m)
            if m.source != "coref":
                on_page[m.canonical] += 1
    owner = _possessive_title_owner(text, sentences, companies, end, on_page)
    if owner is not None:
        return owner
    ranked = sorted(first, key=lambda c: (in_lead[c], on_page[c]), reverse=True)
    if not ranked or (in_lead[ranked[0]] < 2 and (len(ranked) > 1 or on_page[ranked[0]] < 2)):
        # named once ("Nous ne serons pas le Northvolt du recyclage"): no more than a mention; unless it is
        # the only company the introduction names and the page names it again ("Die Lausitzer Anodenwerke
        # wollen Graphit herstellen. Gründerin und Chefin X über ..."), or the one it opens with
        return _opening_company(text, sentences, companies, end, on_page) if ranked and in_lead[ranked[0]] < 2 else None
    if len(ranked) > 1 and (in_lead[ranked[0]], on_page[ranked[0]]) == (in_lead[ranked[1]], on_page[ranked[1]]):
        return None  # two companies named as often: no telling whose answers these are
    return first[ranked[0]]


#: an executive's bare title in the introduction ("Geschäftsführerin Anna Beispiel über ...")
_TITLE = re.compile(
    r"\b(?:Geschäftsführer(?:in)?|(?:Vorstands)?[Cc]hef(?:in)?|Gründer(?:in)?|CEO|chief\s+executive|founder|managing\s+director"
    r"|directeur\s+général|directrice\s+générale|PDG|fondat(?:eur|rice)|amministrat(?:ore|rice)\s+delegat[oa]"
    r"|fondat(?:ore|rice)|consejer[oa]\s+delegad[oa]|director[a]?\s+general|fundador[a]?)\b")
#: what may stand before the company that opens the introduction: a few words of description, no clause
_OPENING = re.compile(r"\s*(?:[\w'’.-]+\s+){0,4}")


#: a possessive before the executive's bare title: "Deren Geschäftsführer über ...", "Its chief executive talks
#: about ...", "Son directeur général explique ...", "Il suo amministratore delegato racconta ...", "Su consejero
#: delegado explica ..." (a word of description may stand between: "Ihr neuer Chef")
_POSSESSIVE_TITLE = re.compile(
    r"\b(?:[Dd]eren|[Dd]essen|[Ii]hre?|[Ss]eine?|[Ii]ts|[Tt]heir|[Ss]on|[Ll]eur|(?:[Ii]l|[Ll]a)\s+su[oa]|[Ss]u)\s+"
    r"(?:[\w-]+\s+)?(?=" + _TITLE.pattern + ")")


def _possessive_title_owner(text: str, sentences, companies: dict[int, list[Mention]], end: int,
                            on_page: Counter) -> Mention | None:
    """The company a possessive before the head's title points back to: the last one named before it in the
    introduction ("Die Beta AG hat ihr Geschäft in der Tochter Beta Kühltechnik GmbH gebündelt. Deren
    Geschäftsführer über ..." is Beta Kühltechnik's head, though the parent's name opens the unit's and so is
    counted more often). Only a company the page names again, and only in the sentence of the title or the one
    before it."""
    for s_index in range(min(end, len(sentences))):
        sent = sentences[s_index]
        hit = _POSSESSIVE_TITLE.search(text, sent.start, sent.end)
        if hit is None:
            continue
        before = [m for i in (s_index - 1, s_index) for m in companies.get(i, ())
                  if m.canonical and m.end <= hit.start() and not m.attrs.get("implied") and m.source != "coref"
                  and not _speaker(text, m)]
        if not before:
            return None
        last = max(before, key=lambda m: m.end)
        return last if on_page[last.canonical] >= 2 else None
    return None


def _opening_company(text: str, sentences, companies: dict[int, list[Mention]], end: int, on_page: Counter) -> Mention | None:
    """The company an introduction that names each company once opens with, before an executive's bare
    title: "Die Leobener Firma Brixo baut eine Fabrik für Anodenmaterial. Geschäftsführerin Anna Beispiel
    über einen geplatzten Großkunden, Gespräche mit Kessel und ...": the others are what the talk is
    about. Only where the page names it again, and the title stands in that sentence or the next."""
    for s_index in sorted(companies):
        if s_index >= end:
            return None
        named = [m for m in companies[s_index] if m.canonical and not m.attrs.get("implied") and m.source != "coref"
                 and not _speaker(text, m)]
        if not named:
            continue
        m = min(named, key=lambda c: c.start)
        sent = sentences[s_index]
        if not _OPENING.fullmatch(text, sent.start, m.start) or on_page[m.canonical] < 2:
            return None
        nxt = sentences[s_index + 1] if s_index + 1 < len(sentences) else None
        if _TITLE.search(text, m.end, nxt.end if nxt is not None else sent.end) is None:
            return None
        return m
    return None


def _speaker(text: str, m: Mention) -> bool:
    """A name opening a line before a colon ("Marquardt: Weil ...") is who speaks, a person's name that a
    company's may share, not a company the page is about."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return not text[line_start:m.start].strip() and text[m.end:m.end + 3].lstrip(" \t").startswith(":")
