"""A list of customers or suppliers that goes on after an aside on its first member.

    "Varden supplies packs to Brixo, which fits them to its forklifts, and to Tarsel."
                                                    -> supplies Varden Brixo, supplies Varden Tarsel
    "Cells come from Maltrix, which ships them from its plant in Dorvale, Ohio, and from Kessel."
    "Forniamo da anni Brixo, che è il nostro primo cliente, e Tarsel."
    "Elle compte parmi ses clients Brixo, qui lui achète des batteries, et le carrossier Tarsel."
    "Suministra bandejas a Brixo, su principal cliente, y a Tarsel."
    "Wir beliefern Brixo, die unsere Module verbaut, und Tarsel."

Journalists hang a relative clause or an apposition on the first member of a list and then close
it with "and" and the next member, the preposition of the first repeated or left out. The frames read
the verb with the member beside it; the aside's comma ends their list, so the member after it is
lost. A supply read in the sentence whose party is followed by such an aside and "and" + a company
(the same preposition before both, or none before either; an article and up to three lower-case
words of description at most: "le carrossier britannique") gives that company the same role, with the
same other party, status and trigger. Not where the company after "and" opens a clause of its own
(a verb follows it, not a stop, a comma, a preposition or a relative), not where the aside holds a
semicolon, a colon or a bracket, and not for a company the page already ties to the other party (a tie of any type).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..doc import Document, Relation
from .engine import company_name

__all__ = ["listed_after_asides"]

_I = re.IGNORECASE

#: prepositions a list member may carry, the same before the first member and the later one
_PREPS = (r"to|from|with|for|of|a|ad|al|alla|allo|ai|agli|alle|all['’]|à|au|aux|de|d['’]|du|des|del|della|dello|dei|degli|delle"
          r"|dell['’]|di|da|dal|dalla|dallo|dai|dalle|dall['’]|con|avec|chez|para|por|desde|an|mit|von|vom|für|bei")
_ARTICLES = r"the|a|an|le|la|les|l['’]|il|lo|i|gli|el|los|las|der|die|das|dem|den|des"
_LOWER = r"(?-i:[a-zàâçéèêëîïôûùáíóúñäöüß])[\w'’-]*"
_PREP_RX = re.compile(rf"(?:{_PREPS})", _I)
_ARTICLE_RX = re.compile(rf"(?:{_ARTICLES})", _I)
_LOWER_RX = re.compile(_LOWER)
#: the words of a stretch: an elided article or preposition ("d'", "l'") apart, a word, a sign
_TOKEN = re.compile(r"[dl]['’]|[\w-]+|[^\w\s]", _I)
#: the opening of the aside: a relative pronoun, an article or a possessive (an apposition)
_ASIDE_OPEN = re.compile(
    r"\s*,\s*(?:which|who|whose|that|che|cui|il\s+quale|la\s+quale|qui|que|qu['’]|dont|lequel|laquelle|cuyo|cuya|der|die|das|dessen|deren"
    rf"|{_ARTICLES}|un|una|une|uno|ein|eine|einer|its|their|sa|son|ses|su|sus|suo|sua|il\s+suo|la\s+sua|sein|seine|ihr|ihre)\b", _I)
#: the end of the aside and the list going on: ", and" (an adverb of "also" at most after it)
_GOES_ON = re.compile(r",\s*(?:and|e|ed|et|y|und)\s+(?:(?:also|anche|aussi|également|también|auch)\s+)?", _I)
#: what follows the later member: the sentence or the clause ends, or a preposition or a relative
#: goes on describing it (not a verb: "and Tarsel said ..." opens a clause of its own)
_AFTER = re.compile(
    r"(?:\s+(?:Co|Inc|Ltd|AG|SA|SE|SpA|GmbH|NV)\b\.?)?\s*(?:$|[,.;:!?)–—-]|\b(?:for|per|pour|para|für|to|in|from|da|de|des|with|con|avec|mit|since|dal|dès"
    r"|depuis|desde|seit|which|who|che|qui|que|der|die|das|dont)\b)", _I)
_FORBIDDEN = re.compile(r"[;:()\[\]]")


def _opening(stretch: str) -> tuple[str, int]:
    """(preposition, start) of a list member's opening at the end of ``stretch``: its preposition or ""
    ("d'" read as "de"), and where the opening starts; an article may stand before the name, and up to
    three lower-case words of description after an article ("to the Korean cell maker", "et le
    carrossier britannique")."""
    toks = [(m.group(0), m.start()) for m in _TOKEN.finditer(stretch)]
    i = len(toks)
    j = i
    while j > 0 and i - j < 3 and _LOWER_RX.fullmatch(toks[j - 1][0]) and not _ARTICLE_RX.fullmatch(toks[j - 1][0]):
        j -= 1
    if j < i and j > 0 and _ARTICLE_RX.fullmatch(toks[j - 1][0]):
        i = j - 1  # a description after its article
    elif i > 0 and _ARTICLE_RX.fullmatch(toks[i - 1][0]) and not _PREP_RX.fullmatch(toks[i - 1][0]):
        i -= 1
    start = toks[i][1] if i < len(toks) else len(stretch)
    if i > 0 and _PREP_RX.fullmatch(toks[i - 1][0]):
        prep = toks[i - 1][0].casefold().replace("’", "'")
        return ("de" if prep == "d'" else prep), toks[i - 1][1]
    return "", start


def listed_after_asides(out: list[Relation], doc: Document, per_sentence) -> list[Relation]:
    """``out`` and, for each supply read within one sentence whose party is the first member of a list
    an aside interrupts, the same supply for the list's later member (``per_sentence``: the mentions of
    each sentence, ``extractor.sentence_index``)."""
    supplies = {(r.source, r.target) for r in out if r.type == "supplies"}
    tied = {frozenset((r.source, r.target)) for r in out}
    starts = [s.start for s in doc.sentences]
    extra: list[Relation] = []
    #: sentence index -> (its text, (start, end, name) of its companies, in order): once per sentence
    by_sentence: dict[int, tuple[str, list]] = {}
    for r in out:
        if r.type != "supplies" or (r.target, r.source) in supplies:
            continue  # (a pair read both ways: which way the list goes is not known)
        i = bisect_right(starts, r.evidence.start) - 1
        if i < 0 or r.evidence.end > doc.sentences[i].end:
            continue  # (read across sentences)
        if i not in by_sentence:
            sent = doc.sentences[i]
            by_sentence[i] = (doc.text[sent.start : sent.end],
                              sorted((m.start - sent.start, m.end - sent.start, company_name(m)) for m in per_sentence[i]
                                     if m.label == "COMPANY" and company_name(m)))
        text, spans = by_sentence[i]
        for role, name, other in (("target", r.target, r.source), ("source", r.source, r.target)):
            for k, span in enumerate(spans):
                if span[2] != name:
                    continue
                later = _later_member(text, spans, k, other)
                if later is None or frozenset((later, other)) in tied:
                    continue
                src, tgt = (other, later) if role == "target" else (later, other)
                extra.append(replace(r, source=src, target=tgt, confidence=max(0.3, r.confidence - 0.1)))
                tied.add(frozenset((later, other)))
    return out + extra


def _later_member(text: str, spans, k: int, other: str) -> str | None:
    """The company that goes on the list after an aside on the member ``spans[k]``, or None."""
    s, e, name = spans[k]
    if e <= s:
        return None  # (a zero-width mention: a subject left out, no list member)
    if _ASIDE_OPEN.match(text, e) is None:
        return None
    first, _ = _opening(text[max(0, s - 60) : s])
    for s2, e2, n2 in spans[k + 1 :]:
        if n2 in (name, other):
            continue  # the member or the other party named again inside the aside ("il nostro primo cliente")
        gap = text[e:s2]
        if len(gap) > 200 or _FORBIDDEN.search(gap):
            return None
        goes = None
        for goes in _GOES_ON.finditer(gap):
            pass  # (the last ", and" before the company: the aside may hold a comma of its own)
        if goes is None:
            continue  # a company inside the aside ("Y, a unit of P, and Z"): look further
        lead = gap[goes.end() :]
        second, opens = _opening(lead)
        if lead[:opens].strip() or second != first or not _AFTER.match(text, e2):
            return None
        return n2
    return None
