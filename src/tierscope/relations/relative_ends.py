"""An end told only inside a relative clause on a company ("The company, which until recently made heaters for
buses, is extending its factory"; "La empresa, que ya no fabrica calderas, amplía su fábrica") is that company's
own past, not the end of a tie told in the sentence before: the next-sentence reading
(``extractor._status_from``) asks ``ends_only_in_relatives`` before it ends the ties before it."""

from __future__ import annotations

import re

from .compiled import Compiled
from .status import cue_spans

#: a relative pronoun after a comma ("X, which", "la société, qui", "la società, che", "la empresa, que", "das
#: Unternehmen, das"), with the words of an apposition before it ("X, the supplier that")
_RELATIVE = re.compile(
    r",\s+(?:(?:the|an?|la|el|il|lo|le|l['’]|una?)\s*(?:[\w-]+\s+){0,3}?)?(?:which|who|that|qui|que|che|quien|quienes|"
    r"(?:il|la|el|los|las|i|le) (?:quale|quali|cual|cuales)|lequel|laquelle|der|die|das|dem|den|deren|dessen)\s", re.I)
#: where a relative clause ends: the next comma, ';' or ':' before a space, or the sentence end
_RELATIVE_END = re.compile(r"[,;:]\s|[.!?]\s*$")


def ends_only_in_relatives(lex: Compiled, text: str) -> bool:
    """Whether the sentence ``text`` holds end cues and every one lies inside a relative clause."""
    spans = cue_spans(lex, text, "ended")
    if not spans:
        return False
    rels = []
    for m in _RELATIVE.finditer(text):
        end = _RELATIVE_END.search(text, m.end())
        rels.append((m.start(), end.start() if end else len(text)))
    return all(any(a <= s and e <= b for a, b in rels) for s, e in spans)
