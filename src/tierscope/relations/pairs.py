"""A partnership or joint venture told of "the two companies" in the sentence after the one that
names the pair, which the sentence names no more.

    "BASF and Eramet halted the project. The two companies had agreed a partnership in 2020."
    "BASF und Eramet stoppen das Projekt. Die beiden Unternehmen hatten 2020 eine Partnerschaft vereinbart."
    "BASF et Eramet arrêtent le projet. Les deux groupes avaient conclu un partenariat en 2020."
    "BASF e Eramet fermano il progetto. Le due società avevano firmato un accordo di partnership nel 2020."
    "BASF y Eramet paralizan el proyecto. Ambas compañías habían firmado una alianza en 2020."

A sentence that opens with the lexicon's pair anaphor ("the two companies", "die beiden Unternehmen",
"les deux groupes"), names fewer than two companies and holds a partnership or joint-venture trigger
speaks of the two companies the sentence before opens with, joined by a conjunction ("and", "und", "et",
"e", "y").
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name

__all__ = ["paired_partners"]

#: at most an adverb or a conjunction before the anaphor at the opening of the sentence
_LEAD = re.compile(r"\s*(?:(?:and|but|also|und|auch|zudem|et|aussi|mais|e|ma|anche|y|pero|también)\s+)?",
                   re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:and|&|und|et|e|ed|y)\s+(?:(?:the|die|der|le|la|l['’]|il|lo|el|los|las)\s*)?",
                     re.IGNORECASE)
_PAIR_TYPES = ("partners_with", "joint_venture")


def _opening_pair(doc: Document, prev, comps: list[Mention]) -> tuple[str, str] | None:
    """The two companies the sentence opens with, joined by a conjunction ("BASF and Eramet ...")."""
    if len(comps) < 2 or len(doc.text[prev.start : comps[0].start].split()) > 3:
        return None
    a, b = comps[0], comps[1]
    if _name(a) == _name(b) or not _JOINED.fullmatch(doc.text, a.end, b.start):
        return None
    if len(comps) > 2 and _JOINED.fullmatch(doc.text, b.end, comps[2].start) or len(comps) > 2 and doc.text[b.end : comps[2].start].strip() == ",":
        return None  # a list of three or more: not a pair
    return _name(a), _name(b)


def paired_partners(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the anaphor, sentence of the pair, Found) for each pair found."""
    lex = engine.compiled(language)
    if lex.pair_anaphor is None:
        return []
    out = []
    for i in range(1, len(doc.sentences)):
        sent, prev = doc.sentences[i], doc.sentences[i - 1]
        if sent.story != prev.story:
            continue
        text = doc.text[sent.start : sent.end]
        lead = _LEAD.match(text)
        m = lex.pair_anaphor.match(text, lead.end())
        if m is None:
            continue
        comps = [c for c in per_sentence[i] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
        if len({_name(c) for c in comps}) >= 2:
            continue  # the sentence names its own parties: read there
        before = [c for c in per_sentence[i - 1] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
        pair = _opening_pair(doc, prev, before)
        if pair is None:
            continue
        found = None
        for rx, trig in lex.triggers:
            if trig["frame"] == "SYM" and trig["type"] in _PAIR_TYPES and not trig.get("with_relative"):
                t = rx.search(text, m.end())
                if t is not None:
                    found = (t, trig)
                    break
        if found is None:
            continue
        t, trig = found
        status, dconf = engine.status_for(lex, text, t.start(), t.end(), trig.get("status") or "announced", [(m.start(), m.end())])
        if status is None:
            continue
        f = engine.Found(trig["type"], pair[0], pair[1], status, 0.6 + dconf, None, (t.start(), t.end()))
        out.append((i, i - 1, f))
    return out
