"""A reported deal denied by a party the story names by a description, or denied in its headline.

    "Last week a daily wrote that Kestrel was in talks with Brixo. [...] The carmaker denied it on Tuesday."
    "Brixo denies any turn to Kestrel" (headline) ... "A daily wrote that Brixo was in talks with Kestrel."

``later_denials.deny_later`` takes a denial from the third sentence on only where a party speaks by name;
journalists as often let the party speak by the description they gave it ("the carmaker", "la compañía",
"le constructeur", "der Konzern"), and in an interview by "we". And a story whose news is the denial tells
it in its headline, then the report it answers in the body. So a rumoured tie becomes ``denied``:

* ``deny_described``: where a sentence from the second to the eighth after the report, in its story, has a
  denial cue that no negation turns round, a party of the tie (or the group above one) referred to by a
  description (a coreference the entity stage resolved) before the cue, and no other company named;
* ``deny_in_headline``: where a headline of the page (a line of its own with no full stop) before the report
  has a denial cue with a party (or the group above one) named by name as its subject, right before the cue
  ("Brixo denies", "Brixo lo niega"; not "The rumour of Brixo and the denial about Tamsin"), in the cue's clause (a
  headline joins two news with a comma: "X speeds up, Brixo denies any turn to Kestrel"), and that clause
  names no company but the tie's.

Pages of one language only, as ``later_denials``.
"""

from __future__ import annotations

import re

from .compiled import compiled
from .denial_parties import speaking_for
from .engine import company_name
from .headline_names import is_headline
from .later_denials import REACH, _negated, _own_report
from .status import cue_spans

__all__ = ["deny_described", "deny_in_headline"]


def _rumoured(found, i: int):
    return [f for f, _ in found.get(i, ()) if f.status == "rumoured"]


def deny_described(doc, per_sentence, found, langs) -> None:
    """Rumoured links become "denied" where a later sentence of the story denies them by a party told by
    its description (module docstring)."""
    if len(langs) != 1:
        return
    lex = compiled(langs[0])
    for i in sorted(found):
        rumoured = _rumoured(found, i)
        if not rumoured:
            continue
        story = doc.sentences[i].story
        for j in range(i + 2, min(len(doc.sentences), i + 1 + REACH)):
            if doc.sentences[j].story != story:
                break
            sent = doc.sentences[j]
            text = doc.text[sent.start : sent.end]
            cues = cue_spans(lex, text, "denied")
            if not cues or _negated(lex.status["negation"], text, cues[0][0]):
                continue
            comps = [m for m in per_sentence[j] if m.label == "COMPANY"]
            described = {company_name(m) for m in comps if m.source == "coref" and m.end - sent.start <= cues[0][0]}
            if not described:
                continue
            named = {company_name(m) for m in comps if m.source != "coref"}
            names = named | described
            if _own_report(lex, text, cues[0][0], [(m.start - sent.start, m.end - sent.start) for m in comps]):
                continue
            for f in rumoured:
                sides = speaking_for({f.source, f.target}, found, names, described)
                if described & sides and names <= sides:
                    f.status = "denied"


#: what may stand between a headline's subject and its denial cue: a pronoun or an adverb, no comma nor a
#: conjunction ("Brixo denies", "Brixo lo niega", "Brixo weist ... zurück"; not "The rumour of Brixo and the denial")
_SUBJECT_GAP = re.compile(r"\s*(?:[\w'’]+\s+){0,2}")
_JOIN = re.compile(r"(?i)\b(?:and|und|et|e|y|ed)\b")


def _subject_of(text: str, end: int, cue: int) -> bool:
    """Whether the name ending at ``end`` is the subject of the cue at ``cue``: at most two words between,
    none a conjunction."""
    return end <= cue and _SUBJECT_GAP.fullmatch(text, end, cue) is not None and _JOIN.search(text, end, cue) is None


#: where a headline's clause opens: after a comma, a semicolon, a colon or a dash between two news
_CLAUSE_OPEN = re.compile(r"[,;:]\s|\s[–—-]\s")


def deny_in_headline(doc, per_sentence, found, langs) -> None:
    """Rumoured links become "denied" where a headline before them denies them (module docstring)."""
    if len(langs) != 1:
        return
    lex = compiled(langs[0])
    heads = [k for k, s in enumerate(doc.sentences) if is_headline(doc.text, s.start, s.end)]
    if not heads:
        return
    for i in sorted(found):
        rumoured = _rumoured(found, i)
        if not rumoured:
            continue
        for k in heads:
            if k >= i:
                break
            sent = doc.sentences[k]
            text = doc.text[sent.start : sent.end]
            cues = cue_spans(lex, text, "denied")
            if not cues or _negated(lex.status["negation"], text, cues[0][0]):
                continue
            cue = cues[0][0]
            lo = max((m.end() for m in _CLAUSE_OPEN.finditer(text, 0, cue)), default=0)
            nxt = _CLAUSE_OPEN.search(text, cues[0][1])
            hi = nxt.start() if nxt else len(text)
            comps = [m for m in per_sentence[k] if m.label == "COMPANY" and lo <= m.start - sent.start < hi]
            names = {company_name(m) for m in comps}
            speakers = {company_name(m) for m in comps if m.source != "coref" and _subject_of(text, m.end - sent.start, cue)}
            for f in rumoured:
                sides = speaking_for({f.source, f.target}, found, names, speakers)
                if speakers & sides and names <= sides:
                    f.status = "denied"
