"""A partnership told of "the two companies" whose two companies are the only ones named just before
it, though not as a pair opening a sentence (that is ``pairs.py``):

* in a clause of the same sentence after one that names them: "X holds 5% of Y, and the two companies
  develop two models together", "X detiene il 5% di Y e le due società sviluppano insieme due
  modelli", "X ist an Y beteiligt; die beiden Unternehmen entwickeln gemeinsam ...";
* in the sentence after one that names exactly two companies in any order and tells a deal (a trigger
  of the lexicon): "X signed a supply contract with Y. The two companies also signed a cooperation
  agreement", "Les deux entreprises ont en outre signé un accord de coopération" (not after "X met Y
  in Paris.").

The anaphor must open its clause (after a conjunction, a comma or a semicolon, or the sentence's
start) and a partnership or joint-venture trigger of the lexicon must follow it in that clause.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from ..scan.sentences import may_hold
from ..scan.page_words import page_lower

__all__ = ["pair_clause_partners"]

#: what may stand before the anaphor in its clause: a conjunction and an adverb or two
_CLAUSE_LEAD = re.compile(
    r"(?:^|[,;:]|\b(?:and|while|whereas|und|während|et|tandis que|e|ed|mentre|y|mientras))\s*"
    r"(?:(?:also|now|both|auch|zudem|außerdem|aussi|en outre|par ailleurs|anche|inoltre|además|también|ya)\s+)?$",
    re.IGNORECASE)
_PAIR_TYPES = ("partners_with", "joint_venture")
#: how far after the anaphor the trigger may start (within its clause)
_REACH = 90
#: the trigger's own words must say the pair works together or founds a company: a bare deal noun
#: ("trouvé un accord à l'amiable", "extended their supply agreement") is another kind of deal
_COOPERATION = re.compile(
    r"partner|collabor|co-?operat|cooper|coopér|kooper|zusammen|allian|alleanz|alianz|alli[ée]|alle[ao]|alía|"
    r"together|jointly|insieme|congiunt|gemeinsam|ensemble|conjoint|junt[oa]s?\b|conjunt|memorand|"
    r"joint|venture|coentreprise|co-entreprise|société commune|società (?:comune|mista)|empresa (?:conjunta|mixta)",
    re.IGNORECASE)


def _companies(per_sentence: list[Mention]) -> list[Mention]:
    return [c for c in per_sentence if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]


def _trigger_after(lex, text: str, start: int):
    end = min(len(text), start + _REACH)
    stop = re.search(r"[;:]", text[start:end])
    if stop:
        end = start + stop.start()
    best = None
    for rx, trig in lex.triggers:
        if trig["frame"] == "SYM" and trig["type"] in _PAIR_TYPES and not trig.get("with_relative"):
            t = rx.search(text, start, end)
            if t is not None and _COOPERATION.search(t.group(0)) and (best is None or t.start() < best[0].start()):
                best = (t, trig)
    return best


def pair_clause_partners(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the anaphor, first sentence of the evidence, Found) for each pair found."""
    lex = engine.compiled(language)
    if lex.pair_anaphor is None:
        return []
    out = []
    # (speed) the sentences that may hold the anaphor, by its literals, in one walk over the page
    may = may_hold(lex.pair_anaphor, doc.text, page_lower(doc.text), [(s.start, s.end) for s in doc.sentences])
    for i, sent in enumerate(doc.sentences):
        if not may[i]:
            continue
        text = doc.text[sent.start : sent.end]
        for m in lex.pair_anaphor.finditer(text):
            if not _CLAUSE_LEAD.search(text[: m.start()]):
                continue
            here = _companies(per_sentence[i])
            if any(c.start - sent.start >= m.start() for c in here):
                continue  # the clause names a party of its own: the frames read it
            names = list(dict.fromkeys(_name(c) for c in here))
            origin = i
            if not names and m.start() <= 12 and i > 0 and doc.sentences[i - 1].story == sent.story:
                names = list(dict.fromkeys(_name(c) for c in _companies(per_sentence[i - 1])))
                origin = i - 1
                if len(names) == 2 and _opens_with_pair(doc, doc.sentences[i - 1], per_sentence[i - 1]):
                    continue  # pairs.py reads it
                prev = doc.sentences[i - 1]
                if not any(rx.search(doc.text, prev.start, prev.end) for rx, _trig in lex.triggers):
                    continue  # "X met Y in Paris. The two companies ...": no deal of the two told before
            elif origin == i and not names:
                continue
            if len(names) != 2:
                continue
            found = _trigger_after(lex, text, m.end())
            if found is None:
                continue
            t, trig = found
            status, dconf = engine.status_for(lex, text, t.start(), t.end(), trig.get("status") or "announced",
                                              [(m.start(), m.end())])
            if status is None:
                continue
            out.append((i, origin, engine.Found(trig["type"], names[0], names[1], status, 0.55 + dconf, None,
                                                (t.start(), t.end()))))
            break
    return out


_JOINED = re.compile(r"\s*(?:and|&|und|et|e|ed|y)\s+", re.IGNORECASE)


def _opens_with_pair(doc: Document, prev, comps: list[Mention]) -> bool:
    if len(comps) < 2 or len(doc.text[prev.start : comps[0].start].split()) > 3:
        return False
    return _JOINED.fullmatch(doc.text, comps[0].end, comps[1].start) is not None
